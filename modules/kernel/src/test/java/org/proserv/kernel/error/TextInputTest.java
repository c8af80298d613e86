package org.proserv.kernel.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextInputTest {

    @Test
    void requiredTextIsStrippedAndBlankIsRefusedNamingTheField() {
        assertEquals("shop", TextInput.required("name", "  shop \n"));
        for (String missing : new String[] {null, "", " \t"}) {
            var e = assertThrows(ProservException.class, () -> TextInput.required("name", missing));
            assertEquals(ProblemCategory.VALIDATION, e.category());
            assertEquals("name", e.fieldErrors().get(0).field());
        }
    }

    @Test
    void optionalTextIsStrippedAndBlankIsNone() {
        assertEquals("a note", TextInput.optional(" a note "));
        assertNull(TextInput.optional("  "));
        assertNull(TextInput.optional(null));
    }
}
