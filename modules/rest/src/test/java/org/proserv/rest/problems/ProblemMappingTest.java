package org.proserv.rest.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.proserv.kernel.error.FieldError;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;

/**
 * Every error leaves the API as an RFC 9457 problem document. The mappers are plain classes, so they are called
 * directly; Jersey's runtime delegate and Parsson (test scope) build the responses.
 */
class ProblemMappingTest {

    private static JsonObject body(Response response) {
        assertInstanceOf(String.class, response.getEntity(), "the problem is written as a JSON string");
        try (var reader = Json.createReader(new StringReader((String) response.getEntity()))) {
            return reader.readObject();
        }
    }

    private static void assertProblemJson(Response response) {
        assertEquals("application/problem+json", response.getMediaType().toString());
    }

    @Nested
    class BusinessFailures {

        private final ProservExceptionMapper mapper = new ProservExceptionMapper();

        @ParameterizedTest(name = "{0} -> {1} {2}")
        @CsvSource({
            "VALIDATION,       400, urn:proserv:problem:validation",
            "UNAUTHORIZED,     401, urn:proserv:problem:unauthorized",
            "PAYMENT_REQUIRED, 402, urn:proserv:problem:payment-required",
            "FORBIDDEN,        403, urn:proserv:problem:forbidden",
            "NOT_FOUND,        404, urn:proserv:problem:not-found",
            "CONFLICT,         409, urn:proserv:problem:conflict",
            "UNPROCESSABLE,    422, urn:proserv:problem:unprocessable",
        })
        void eachCategoryHasItsStatusAndProblemType(ProblemCategory category, int status, String type) {
            Response response = mapper.toResponse(new ProservException(category, "what went wrong"));

            assertEquals(status, response.getStatus());
            assertProblemJson(response);
            JsonObject problem = body(response);
            assertEquals(type, problem.getString("type"));
            assertEquals(category.title(), problem.getString("title"));
            assertEquals(status, problem.getInt("status"));
            assertEquals("what went wrong", problem.getString("detail"));
            assertFalse(problem.containsKey("errors"), "no field errors, no errors member");
        }

        @Test
        void fieldErrorsAreListedInOrderWithFieldAndReason() {
            var e = new ProservException(
                    ProblemCategory.VALIDATION,
                    "2 invalid fields",
                    List.of(
                            new FieldError("subject", "must not be blank"),
                            new FieldError("licenceId", "no such licence")));

            JsonObject problem = body(mapper.toResponse(e));

            var errors = problem.getJsonArray("errors");
            assertEquals(2, errors.size());
            assertEquals("subject", errors.getJsonObject(0).getString("field"));
            assertEquals("must not be blank", errors.getJsonObject(0).getString("reason"));
            assertEquals("licenceId", errors.getJsonObject(1).getString("field"));
            assertEquals("no such licence", errors.getJsonObject(1).getString("reason"));
        }

        @Test
        void extensionPropertiesBecomeTopLevelMembersOfTheirJsonType() {
            var e = ProservException.conflict("Cannot assign ticket 12 while it is CLOSED")
                    .with("ticketStatus", "CLOSED")
                    .with("withdrawalsLeft", 2)
                    .with("price", new BigDecimal("34.50"))
                    .with("ratio", 0.25);

            JsonObject problem = body(mapper.toResponse(e));

            assertEquals("CLOSED", problem.getString("ticketStatus"));
            assertEquals(
                    JsonValue.ValueType.NUMBER, problem.get("withdrawalsLeft").getValueType());
            assertEquals(2, problem.getInt("withdrawalsLeft"));
            assertEquals(
                    0,
                    new BigDecimal("34.50")
                            .compareTo(problem.getJsonNumber("price").bigDecimalValue()),
                    "a fractional number keeps its fraction: " + problem.get("price"));
            assertEquals(0.25, problem.getJsonNumber("ratio").doubleValue());
        }

        @Test
        void aListPropertyBecomesAJsonArrayInItsOrder() {
            var e = ProservException.conflict("Upgrade order 7 is PAID").with("allowedSteps", List.of("schedule", "x"));

            var steps = body(mapper.toResponse(e)).getJsonArray("allowedSteps");

            assertEquals(List.of("schedule", "x"), steps.getValuesAs(JsonString::getString));
        }

        @Test
        void anUnauthorizedProblemAsksForABearerToken() {
            Response response = mapper.toResponse(
                    new ProservException(ProblemCategory.UNAUTHORIZED, "Unknown username or wrong password"));

            assertEquals(401, response.getStatus());
            assertEquals("Bearer", response.getHeaderString("WWW-Authenticate"));
            assertProblemJson(response);
            assertEquals("urn:proserv:problem:unauthorized", body(response).getString("type"));
        }

        @Test
        void otherProblemsCarryNoAuthenticationChallenge() {
            Response response = mapper.toResponse(ProservException.forbidden("Only staff may assign tickets"));

            assertNull(response.getHeaderString("WWW-Authenticate"));
        }
    }

    @Nested
    class UnexpectedFailures {

        private final UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();

        @Test
        void aBusinessFailureWrappedInAnEjbExceptionKeepsItsOwnStatus() {
            var business = ProservException.notFound("Ticket", 12).with("ticketId", 12);

            Response response = mapper.toResponse(new EJBException(business));

            assertEquals(404, response.getStatus());
            assertProblemJson(response);
            JsonObject problem = body(response);
            assertEquals("urn:proserv:problem:not-found", problem.getString("type"));
            assertEquals("Ticket 12 does not exist", problem.getString("detail"));
            assertEquals(12, problem.getInt("ticketId"));
        }

        @Test
        void aWrappedUnauthorizedFailureStillAsksForABearerToken() {
            var business = new ProservException(ProblemCategory.UNAUTHORIZED, "Unknown username or wrong password");

            Response response = mapper.toResponse(new EJBException(business));

            assertEquals(401, response.getStatus());
            assertEquals("Bearer", response.getHeaderString("WWW-Authenticate"));
        }

        @Test
        void aWrappedJaxRsRefusalKeepsItsStatus() {
            Response response = mapper.toResponse(new RuntimeException(new NotFoundException()));

            assertEquals(404, response.getStatus());
            assertProblemJson(response);
        }

        @Test
        void aLostOptimisticLockRaceIsAConflictTheClientMayRetry() {
            Response response = mapper.toResponse(new EJBException(new OptimisticLockException("row changed")));

            assertEquals(409, response.getStatus());
            assertProblemJson(response);
            JsonObject problem = body(response);
            assertEquals("urn:proserv:problem:conflict", problem.getString("type"));
            assertEquals(409, problem.getInt("status"));
        }

        @Test
        void aProviderSpecificOptimisticLockExceptionIsAConflictToo() {
            Response response = mapper.toResponse(
                    new EJBException(new IllegalStateException("commit failed", new OptimisticLockException())));

            assertEquals(409, response.getStatus());
        }

        @Test
        void anOptimisticLockExceptionRecognisedByNameIsAConflict() {
            // JPA providers throw their own types (e.g. EclipseLink's) that are no jakarta.persistence one.
            Response response =
                    mapper.toResponse(new PersistenceException("commit failed", new VendorOptimisticLockException()));

            assertEquals(409, response.getStatus());
        }

        @Test
        void anythingElseIsA500ThatLeaksNothing() {
            String secret = "connection to jdbc:postgresql://db.internal:5432/proserv failed for user proserv";

            Response response = quietly(() -> mapper.toResponse(new EJBException(new IllegalStateException(secret))));

            assertEquals(500, response.getStatus());
            assertProblemJson(response);
            JsonObject problem = body(response);
            assertEquals(500, problem.getInt("status"));
            assertEquals("about:blank", problem.getString("type"));
            assertEquals("Internal Server Error", problem.getString("title"));
            String entity = (String) response.getEntity();
            assertFalse(entity.contains("jdbc"), entity);
            assertFalse(entity.contains("IllegalStateException"), entity);
            assertFalse(entity.contains("EJBException"), entity);
        }

        /** A provider's own exception type: only its name says what it is. */
        static final class VendorOptimisticLockException extends RuntimeException {}

        /** Runs {@code call} with the mapper's error log switched off; the log itself is not under test. */
        private static Response quietly(Supplier<Response> call) {
            Logger log = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
            Level level = log.getLevel();
            log.setLevel(Level.OFF);
            try {
                return call.get();
            } finally {
                log.setLevel(level);
            }
        }
    }

    @Nested
    class ProblemDocuments {

        @ParameterizedTest
        @ValueSource(strings = {"type", "title", "status", "detail", "instance", "errors"})
        void anExtensionMayNotHideAStandardMember(String name) {
            Map<String, Object> extension = Map.of(name, "spoofed");

            assertThrows(
                    IllegalArgumentException.class,
                    () -> Problem.body(
                            "urn:proserv:problem:conflict", "Conflict", 409, "detail", List.of(), extension));
        }

        @Test
        void anAbsentDetailIsLeftOut() {
            JsonObject problem = Problem.body("about:blank", "Not Found", 404, null, List.of(), Map.of());

            assertFalse(problem.containsKey("detail"));
            assertEquals(404, problem.getInt("status"));
        }

        @Test
        void anHttpProblemIsTypedByItsStatus() {
            Response response = Problem.http(405, "Method not allowed here");

            assertEquals(405, response.getStatus());
            assertProblemJson(response);
            JsonObject problem = body(response);
            assertEquals("about:blank", problem.getString("type"));
            assertEquals("Method Not Allowed", problem.getString("title"));
        }

        @Test
        void integralNumbersStayIntegral() {
            JsonObject problem = Problem.body("about:blank", "Conflict", 409, null, List.of(), Map.of("count", 3L));

            JsonNumber count = problem.getJsonNumber("count");
            assertTrue(count.isIntegral());
            assertEquals("3", count.toString());
        }
    }
}
