package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.micro.TicketLifecycleIT.assertProblem;

import jakarta.json.Json;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestServer.Extension.class)
class BadInputIT {

    private TestServer server;
    private Fixtures fixtures;
    private Fixtures.Customer customer;

    @BeforeEach
    void setUp(TestServer server) {
        this.server = server;
        this.fixtures = new Fixtures(server);
        this.customer = fixtures.customer();
    }

    @Test
    void badTicketBodiesAre400AndPersistNothing() {
        var c = customer.client();
        String longSubject = "x".repeat(201);
        List<String> bodies = List.of(
                "{\"licenceId\": 1, \"subject\": \"unterminated",
                "not json at all",
                "[]",
                "{\"licenceId\": \"abc\", \"subject\": \"s\", \"message\": \"m\"}",
                "{\"licenceId\": " + customer.licenceId() + ", \"subject\": 5, \"message\": {}}",
                "{\"licenceId\": " + customer.licenceId()
                        + ", \"subject\": \"s\", \"message\": \"m\", \"priority\": \"high\"}",
                "{\"subject\": \"s\", \"message\": \"m\"}",
                "{\"licenceId\": " + customer.licenceId() + ", \"subject\": \"" + longSubject
                        + "\", \"message\": \"m\"}",
                "{\"licenceId\": " + customer.licenceId() + ", \"subject\": \"  \", \"message\": \"m\"}",
                "{\"licenceId\": -4, \"subject\": \"s\", \"message\": \"m\"}",
                "");
        for (String body : bodies) {
            var answer = c.post("/api/tickets", body);
            assertProblem(400, answer);
        }
        assertEquals(0, c.get("/api/tickets").json().getInt("total"), "no ticket was created");
    }

    @Test
    void validationProblemsNameEachFieldAndWhy() {
        var answer = customer.client()
                .post(
                        "/api/tickets",
                        "{\"licenceId\": " + customer.licenceId() + ", \"subject\": \"" + "y".repeat(300) + "\"}");
        assertProblem(400, answer);
        var fields = answer.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("subject", "message"), fields, answer::toString);
        answer.json()
                .getJsonArray("errors")
                .forEach(e -> assertTrue(!e.asJsonObject().getString("reason").isBlank()));
    }

    @Test
    void bodiesOfTheWrongShapeNameTheOffendingField() {
        var c = customer.client();
        assertField(
                "licenceId",
                c.post("/api/tickets", "{\"licenceId\": \"abc\", \"subject\": \"s\", \"message\": \"m\"}"));
        assertField(
                "priority",
                c.post(
                        "/api/tickets",
                        "{\"licenceId\": " + customer.licenceId()
                                + ", \"subject\": \"s\", \"message\": \"m\", \"priority\": \"high\"}"));
        assertField(
                "role",
                fixtures.admin()
                        .post(
                                "/api/staff",
                                "{\"username\":\"someone\",\"password\":\"long-enough\","
                                        + "\"role\":\"overlord\",\"displayName\":\"X\"}"));
        assertField("page", c.get("/api/tickets?page=2147483647&size=100"));
        assertField("page", c.get("/api/tickets?page=abc"));
        assertField("size", c.get("/api/tickets?size=ten"));
        assertField(
                "start", server.anonymous().get("/api/calendar/due?start=%2B999999999-12-31T23:00:00Z&duration=PT1H"));
        assertField(
                "endsAt",
                fixtures.admin()
                        .post(
                                "/api/customers/" + customer.id() + "/subscriptions",
                                "{\"startsAt\":\"2026-01-01T00:00:00Z\",\"endsAt\":\"+20000-01-01T00:00:00Z\"}"));
    }

    @Test
    void badQueryParametersAre400NamingTheParameter() {
        var c = customer.client();
        assertField("status", c.get("/api/tickets?status=LOST"));
        assertField("size", c.get("/api/tickets?size=101"));
        assertField("size", c.get("/api/tickets?size=0"));
        assertField("page", c.get("/api/tickets?page=-1"));
        var anonymous = server.anonymous();
        assertField("start", anonymous.get("/api/calendar/due?start=yesterday&duration=PT1H"));
        assertField("start", anonymous.get("/api/calendar/due?start=2026-13-01T00:00:00Z&duration=PT1H"));
        assertField("duration", anonymous.get("/api/calendar/due?start=2026-01-05T09:00:00Z&duration=16h"));
        assertField("duration", anonymous.get("/api/calendar/due?start=2026-01-05T09:00:00Z&duration=-PT1H"));
        assertField("start", anonymous.get("/api/calendar/due?duration=PT1H"));
        assertField(
                "to", anonymous.get("/api/calendar/business-time?from=2026-01-05T09:00:00Z&to=2026-01-04T09:00:00Z"));
        var admin = fixtures.admin();
        assertField(
                "date",
                admin.put(
                        "/api/calendar/holidays/2026-02-30",
                        Json.createObjectBuilder().add("name", "x").build()));
        assertField("role", admin.get("/api/staff?role=boss"));
    }

    @Test
    void unknownEnumValuesAndDuplicatesAreRefused() {
        var admin = fixtures.admin();
        assertProblem(
                400,
                admin.post(
                        "/api/staff",
                        "{\"username\":\"someone\",\"password\":\"long-enough\","
                                + "\"role\":\"overlord\",\"displayName\":\"X\"}"));
        var taken = admin.post(
                "/api/customers",
                Json.createObjectBuilder()
                        .add("name", "Dup")
                        .add("email", "dup@example.com")
                        .add("username", customer.username())
                        .add("password", "long-enough")
                        .build());
        assertProblem(409, taken);
        assertProblem(
                400,
                admin.post(
                        "/api/customers",
                        Json.createObjectBuilder()
                                .add("name", "Bad mail")
                                .add("email", "not-an-email")
                                .add("username", TestServer.unique("u"))
                                .add("password", "long-enough")
                                .build()));
        assertProblem(
                400,
                admin.post(
                        "/api/customers/" + customer.id() + "/subscriptions",
                        "{\"startsAt\":\"2026-01-01T00:00:00Z\",\"endsAt\":\"2025-01-01T00:00:00Z\"}"));
        assertProblem(
                400,
                admin.post(
                        "/api/customers/" + customer.id() + "/subscriptions",
                        "{\"startsAt\":\"last monday\",\"endsAt\":\"2025-01-01T00:00:00Z\"}"));
        assertEquals(
                0,
                customer.client()
                        .get("/api/customers/" + customer.id() + "/subscriptions")
                        .array()
                        .size());
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        assertProblem(404, server.anonymous().get("/api/no-such-thing"));
        assertProblem(405, customer.client().send405());
    }

    static void assertField(String field, ProservClient.Answer answer) {
        assertProblem(400, answer);
        var errors = answer.json().getJsonArray("errors");
        assertTrue(
                errors != null
                        && errors.stream()
                                .anyMatch(
                                        e -> e.asJsonObject().getString("field").equals(field)),
                () -> "expected an error on " + field + ": " + answer);
    }
}
