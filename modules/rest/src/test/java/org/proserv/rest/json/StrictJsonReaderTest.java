package org.proserv.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proserv.kernel.error.FieldError;
import org.proserv.kernel.error.ProservException;
import org.proserv.rest.points.CatalogueResource.PackPrice;
import org.proserv.rest.points.PointsResource.Adjustment;
import org.proserv.rest.releases.PatchPlanResource.PlanRequest;
import org.proserv.rest.staff.StaffResource.NewStaff;
import org.proserv.rest.tickets.TicketResource.LiveChatRequest;
import org.proserv.rest.tickets.TicketResource.NewTicket;

/** Request bodies are bound only when every value has exactly its field's type; the API's own DTOs are used. */
class StrictJsonReaderTest {

    private final StrictJsonReader reader = new StrictJsonReader();

    @ParameterizedTest
    @ValueSource(strings = {"4294967306", "1e300", "1.9", "-2147483649", "1.55e1", "\"10\"", "[10]", "true", "{}"})
    void aPointsAdjustmentMustBeAnIntThatFits(String points) {
        var refused = refusal(Adjustment.class, "{\"points\": " + points + ", \"note\": \"goodwill\"}");
        assertEquals("points", refused.fieldErrors().get(0).field());
        assertTrue(
                refused.fieldErrors().get(0).reason().startsWith("must be a whole number from -2147483648"),
                refused::getMessage);
    }

    @Test
    void integersWrittenAnotherWayAreKeptExactly() {
        assertEquals(10, read(Adjustment.class, "{\"points\": 1e1, \"note\": \"n\"}").points);
        assertEquals(-7, read(Adjustment.class, "{\"points\": -7.000, \"note\": \"n\"}").points);
        assertEquals(
                Long.MAX_VALUE,
                read(PackPrice.class, "{\"points\": 1, \"priceCents\": 9223372036854775807}").priceCents);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e300", "9223372036854775808", "10.5", "1e999999999"})
    void aPriceInCentsMustBeALongThatFits(String cents) {
        assertEquals(
                "priceCents",
                refusal(PackPrice.class, "{\"points\": 1, \"priceCents\": " + cents + "}")
                        .fieldErrors()
                        .get(0)
                        .field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "true", "[\"x\"]", "{\"a\": 1}"})
    void aStringFieldTakesOnlyAString(String subject) {
        var refused = refusal(NewTicket.class, "{\"licenceId\": 1, \"subject\": " + subject + ", \"message\": \"m\"}");
        assertEquals(
                List.of("subject"),
                refused.fieldErrors().stream().map(FieldError::field).toList());
        assertTrue(refused.getMessage().contains("must be a string"), refused::getMessage);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"yes\"", "\"true\"", "0", "null"})
    void aBooleanTakesOnlyTrueOrFalse(String flag) {
        var refused = refusal(
                NewTicket.class,
                "{\"licenceId\": 1, \"subject\": \"s\", \"message\": \"m\", " + "\"hotRush\": " + flag + "}");
        assertEquals("hotRush", refused.fieldErrors().get(0).field());
    }

    @Test
    void aWellTypedBodyIsBound() {
        var ticket =
                read(NewTicket.class, "{\"licenceId\": 7, \"subject\": \"s\", \"message\": \"m\", \"hotRush\": true}");
        assertEquals(7L, ticket.licenceId);
        assertTrue(ticket.hotRush);
        var chat = read(
                LiveChatRequest.class,
                "{\"tool\": \"t\", \"contactId\": \"c\", " + "\"preferredAt\": \"2026-01-05T09:00:00Z\"}");
        assertEquals(Instant.parse("2026-01-05T09:00:00Z"), chat.preferredAt);
    }

    @Test
    void anUnknownFieldIsNamed() {
        var refused = refusal(
                NewTicket.class,
                "{\"licenceId\": 1, \"subject\": \"s\", \"message\": \"m\", " + "\"priority\": \"high\"}");
        assertEquals(
                new FieldError("priority", "is not a field of this request"),
                refused.fieldErrors().get(0));
    }

    @Test
    void nestedListsAreCheckedElementByElement() {
        var refused = refusal(
                PlanRequest.class,
                "{\"productId\": 1, \"version\": \"1.0\", "
                        + "\"appliedPatches\": [1, \"2\"], \"modifiedFiles\": [{\"path\": 5}]}");
        assertEquals(
                List.of("appliedPatches[1]", "modifiedFiles[0].path"),
                refused.fieldErrors().stream().map(FieldError::field).toList());
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnesAndQuotesOnlyAPrefix() {
        var refused = refusal(
                NewStaff.class,
                "{\"username\": \"u\", \"password\": \"p\", \"displayName\": \"d\", " + "\"role\": \""
                        + "Q".repeat(100_000) + "\"}");
        assertEquals("role", refused.fieldErrors().get(0).field());
        assertTrue(refused.getMessage().contains("customer, dispatcher, engineer, quote_manager"), refused::getMessage);
        // the allowed values in full, the refused one only by its first characters
        assertTrue(refused.getMessage().length() < 300, refused::getMessage);
        assertFalse(refused.getMessage().contains("org.proserv"), refused::getMessage);
    }

    @Test
    void aBadInstantIsNamed() {
        var refused = refusal(LiveChatRequest.class, "{\"tool\": \"t\", \"contactId\": \"c\", \"preferredAt\": 5}");
        assertEquals("preferredAt", refused.fieldErrors().get(0).field());
        assertEquals(
                "preferredAt",
                refusal(
                                LiveChatRequest.class,
                                "{\"tool\": \"t\", \"contactId\": \"c\", " + "\"preferredAt\": \"tomorrow\"}")
                        .fieldErrors()
                        .get(0)
                        .field());
    }

    @Test
    void anEmptyBodyIsRequiredWhenTheOperationNeedsOne() {
        var refused = assertThrows(ProservException.class, () -> read(NewTicket.class, " ", notNull()));
        assertEquals(
                new FieldError("body", "is required: send a JSON object with the request's fields"),
                refused.fieldErrors().get(0));
        assertNull(read(NewTicket.class, "", new Annotation[0]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"subject\": \"a\", \"subject\": \"b\"}", "{\"subject\": ", "not json", "[]", "5"})
    void malformedOrAmbiguousDocumentsAreRefused(String body) {
        var refused = refusal(NewTicket.class, body);
        assertFalse(refused.getMessage().contains("org.proserv"), refused::getMessage);
    }

    @Test
    void aNumberOfTooManyDigitsIsRefusedAsInput() {
        var refused = refusal(Adjustment.class, "{\"points\": " + "9".repeat(100_000) + ", \"note\": \"n\"}");
        assertTrue(refused.getMessage().length() < 300, refused::getMessage);
    }

    @Test
    void onlyTheApplicationsOwnBodyTypesAreRead() {
        assertTrue(StrictJsonReader.isReadable(NewTicket.class));
        assertTrue(StrictJsonReader.isReadable(List.class));
        assertFalse(StrictJsonReader.isReadable(String.class));
        assertFalse(StrictJsonReader.isReadable(JsonObject.class));
        assertFalse(StrictJsonReader.isReadable(InputStream.class));
    }

    @Test
    void aHugeBodyIsRefusedUnread() {
        var refused = assertThrows(
                WebApplicationException.class,
                () -> read(
                        NewTicket.class,
                        "{\"subject\": \"" + "x".repeat(StrictJsonReader.MAX_BODY_BYTES) + "\"}",
                        notNull()));
        assertEquals(413, refused.getResponse().getStatus());
    }

    private <T> ProservException refusal(Class<T> type, String json) {
        return assertThrows(ProservException.class, () -> read(type, json));
    }

    private <T> T read(Class<T> type, String json) {
        return read(type, json, notNull());
    }

    @SuppressWarnings("unchecked")
    private <T> T read(Class<T> type, String json, Annotation[] annotations) {
        try {
            return (T) reader.readFrom(
                    type,
                    annotations,
                    MediaType.APPLICATION_JSON_TYPE,
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Annotation[] notNull() {
        return new Annotation[] {
            new NotNull() {
                @Override
                public Class<? extends Annotation> annotationType() {
                    return NotNull.class;
                }

                @Override
                public String message() {
                    return "";
                }

                @Override
                public Class<?>[] groups() {
                    return new Class<?>[0];
                }

                @Override
                @SuppressWarnings("unchecked")
                public Class<? extends Payload>[] payload() {
                    return new Class[0];
                }
            }
        };
    }
}
