package org.proserv.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.proserv.platform.accounts.Role;

class InboxTest {

    private static final Instant NOW = Instant.parse("2026-03-04T07:00:00Z");

    @Test
    void aNoticeHasExactlyOneRecipient() {
        assertThrows(IllegalArgumentException.class, () -> new Recipient(1L, "dora", null));
        assertThrows(IllegalArgumentException.class, () -> new Recipient(null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Recipient(1L, null, Role.director));
        assertEquals(7L, Recipient.customer(7).customerId());
        assertEquals(Role.director, Recipient.role(Role.director).role());
    }

    @Test
    void customersAreAddressedByTheirCustomerIdNotByTheCustomerRole() {
        assertThrows(IllegalArgumentException.class, () -> Recipient.role(Role.customer));
    }

    @Test
    void aMessageLongerThanTheColumnIsCutNotLost() {
        var notice = new Notice(Recipient.staff("dora"), "TASK_BEHIND", "task:1", "x".repeat(1500), NOW);

        String message = notice.message();
        assertEquals(Notice.MAX_MESSAGE, message.length());
        assertTrue(message.endsWith("…"));
    }
}
