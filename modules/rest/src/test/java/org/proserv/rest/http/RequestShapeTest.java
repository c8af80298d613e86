package org.proserv.rest.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proserv.kernel.error.ProservException;
import org.proserv.rest.tickets.TicketResource;

/** The HTTP-level rules every request meets before an operation reads it. */
class RequestShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "garbage", ";;;/", "application/json;;", "application/json, application/json"})
    void aContentTypeThatIsNotOneMediaTypeIsA400(String value) {
        var refusal = RequestShapeFilter.contentType(List.of(value)).orElseThrow();
        assertEquals(400, refusal.status());
        assertTrue(refusal.detail().contains("application/json"), refusal::detail);
    }

    @Test
    void aRepeatedContentTypeIsA400() {
        assertEquals(
                400,
                RequestShapeFilter.contentType(List.of("application/json", "application/json"))
                        .orElseThrow()
                        .status());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/json",
                "application/json; charset=UTF-8",
                "application/json;",
                "text/plain",
                "application/merge-patch+json;charset=\"utf-8\""
            })
    void aSingleMediaTypePasses(String value) {
        assertTrue(RequestShapeFilter.contentType(List.of(value)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "1e3", "", "9223372036854775808", "0x10"})
    void aNumericPathParameterMustBeANumber(String id) throws NoSuchMethodException {
        var values = new MultivaluedHashMap<String, String>();
        values.add("id", id);
        var refused = assertThrows(ProservException.class, () -> PathParameterFilter.check(ticketGet(), values));
        assertEquals("id", refused.fieldErrors().get(0).field());
    }

    @Test
    void aNumberInThePathPasses() throws NoSuchMethodException {
        var values = new MultivaluedHashMap<String, String>();
        values.add("id", "42");
        assertDoesNotThrow(() -> PathParameterFilter.check(ticketGet(), values));
    }

    private static Method ticketGet() throws NoSuchMethodException {
        return TicketResource.class.getMethod("get", long.class);
    }
}
