package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.micro.BadInputIT.assertField;
import static org.proserv.micro.TicketLifecycleIT.assertProblem;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Request bodies are read strictly (a JSON value must fit its field's type exactly, nothing is coerced) and every
 * refusal, including those of the HTTP layer, is a problem+json document.
 */
@ExtendWith(TestServer.Extension.class)
class StrictInputIT {

    private TestServer server;
    private Fixtures fixtures;
    private Fixtures.Customer customer;
    private ProservClient admin;

    @BeforeEach
    void setUp(TestServer server) {
        this.server = server;
        this.fixtures = new Fixtures(server);
        this.customer = fixtures.customer();
        this.admin = fixtures.admin();
    }

    @Test
    void numbersThatDoNotFitTheirFieldAreRefusedNotWrapped() {
        String adjustments = "/api/customers/" + customer.id() + "/points/adjustments";
        for (String points : List.of("4294967306", "1e300", "1.9", "-9223372036854775809", "1.55e1")) {
            assertField("points", admin.post(adjustments, "{\"points\": " + points + ", \"note\": \"goodwill\"}"));
        }
        assertEquals(0, fixtures.balance(customer).getInt("balance"), "no adjustment was stored");
        for (String cents : List.of("1e300", "9223372036854775808", "10.5")) {
            assertField(
                    "priceCents",
                    admin.post("/api/support/point-packs", "{\"points\": 10, \"priceCents\": " + cents + "}"));
        }
    }

    @Test
    void wrongJsonTypesAreRefusedNamingTheFieldAndTheExpectedType() {
        var c = customer.client();
        long licence = customer.licenceId();
        for (String subject : List.of("123", "true", "[\"x\"]", "{}")) {
            var answer = c.post(
                    "/api/tickets",
                    "{\"licenceId\": " + licence + ", \"subject\": " + subject + ", \"message\": \"m\"}");
            assertField("subject", answer);
            assertTrue(answer.json().getString("detail").contains("string"), answer::toString);
        }
        for (String id : List.of("\"" + licence + "\"", "[" + licence + "]", "1.5", "true")) {
            var answer = c.post("/api/tickets", "{\"licenceId\": " + id + ", \"subject\": \"s\", \"message\": \"m\"}");
            assertField("licenceId", answer);
            assertTrue(answer.json().getString("detail").contains("whole number"), answer::toString);
        }
        for (String flag : List.of("\"yes\"", "\"true\"", "1", "null")) {
            assertField(
                    "hotRush",
                    c.post(
                            "/api/tickets",
                            "{\"licenceId\": " + licence + ", \"subject\": \"s\", \"message\": \"m\", \"hotRush\": "
                                    + flag + "}"));
        }
        assertEquals(0, c.get("/api/tickets").json().getInt("total"), "no ticket was created");
    }

    @Test
    void refusalsSpeakTheApiLanguageAndStayShort() {
        String huge = "Q".repeat(100_000);
        List<ProservClient.Answer> answers = List.of(
                admin.post(
                        "/api/staff",
                        "{\"username\":\"someone\",\"password\":\"long-enough\",\"role\":\"" + huge
                                + "\",\"displayName\":\"X\"}"),
                admin.post("/api/products", "{\"name\": 5}"),
                admin.post("/api/products", "{\"name\": \"x\", \"" + huge + "\": 1}"),
                customer.client().post("/api/tickets", "{\"licenceId\": " + huge.replace('Q', '9') + "}"),
                customer.client().post("/api/tickets", "{\"subject\": \"" + huge + "}"));
        for (var answer : answers) {
            assertProblem(400, answer);
            assertTrue(
                    answer.body().length() < 2_000,
                    () -> "answer of " + answer.body().length() + " chars");
            assertFalse(
                    answer.body().contains("org.proserv")
                            || answer.body().contains("java.")
                            || answer.body().contains("$")
                            || answer.body().contains("Exception"),
                    answer::toString);
        }
        var role = answers.get(0).json();
        assertTrue(
                role.getString("detail").contains("role")
                        && role.getString("detail").contains("admin"),
                role::toString);
    }

    @Test
    void anEmptyBodyIsRequiredByName() {
        var answer = customer.client().post("/api/tickets", "");
        assertField("body", answer);
        assertTrue(answer.json().getString("detail").contains("is required"), answer::toString);
    }

    @Test
    void badContentTypesAreProblemsSayingWhatIsExpected() {
        String body = "{\"licenceId\": " + customer.licenceId() + ", \"subject\": \"s\", \"message\": \"m\"}";
        String token = "Authorization: Bearer " + customer.client().bearer();
        for (List<String> contentType : List.of(
                List.of("Content-Type:"),
                List.of("Content-Type: garbage"),
                List.of("Content-Type: ;;;/"),
                List.of("Content-Type: text/plain"),
                List.of("Content-Type: application/json", "Content-Type: application/json"))) {
            var headers = new ArrayList<>(contentType);
            headers.add(token);
            var answer = RawHttp.send(server.anonymous().base(), "POST", "/api/tickets", headers, body);
            assertTrue(answer.status() == 400 || answer.status() == 415, () -> contentType + ": " + answer);
            assertProblem(answer.status(), answer);
            assertTrue(answer.json().getString("detail").contains("application/json"), answer::toString);
        }
        assertEquals(0, customer.client().get("/api/tickets").json().getInt("total"), "no ticket was created");
    }

    @Test
    void aPathIdThatIsNotANumberIs400NamingTheParameter() {
        var answer = customer.client().get("/api/tickets/abc");
        assertField("id", answer);
        assertField(
                "id",
                admin.put(
                        "/api/support/point-packs/1x",
                        Json.createObjectBuilder()
                                .add("points", 10)
                                .add("priceCents", 100)
                                .build()));
    }

    @Test
    void matrixParametersInThePathAreRefused() {
        var before = admin.get("/api/support/point-packs").array();
        var pack = before.get(0).asJsonObject();
        long id = pack.getJsonNumber("id").longValue();
        var answer = admin.put(
                "/api/support/point-packs/" + id + ";DROP",
                Json.createObjectBuilder()
                        .add("points", pack.getInt("points"))
                        .add("priceCents", 1)
                        .build());
        assertProblem(400, answer);
        assertProblem(400, admin.get("/api/support;x=1/point-packs"));
        assertEquals(before, admin.get("/api/support/point-packs").array(), "nothing was repriced");
    }

    @Test
    void oversizedOrMalformedRequestLinesAndHeadersAreProblemsToo() {
        var base = server.anonymous().base();
        List<ProservClient.Answer> answers = List.of(
                RawHttp.send(base, "GET", "/api/products?q=" + "a".repeat(10_000), List.of(), (String) null),
                RawHttp.send(base, "GET", "/api/products", List.of("X-Filler: " + "a".repeat(10_000)), (String) null),
                RawHttp.send(
                        base, "GET", "/api/me", List.of("Authorization: Bearer " + "a".repeat(10_000)), (String) null),
                RawHttp.send(base, "GET", "/api/products", List.of("X-Name: caf\u00e9 \u2603"), (String) null));
        for (int i = 0; i < answers.size(); i++) {
            var answer = answers.get(i);
            String which = "request " + i + ": " + answer.status() + " " + answer.contentType() + " " + answer.body();
            assertTrue(answer.status() >= 400 && answer.status() < 500, which);
            assertTrue(answer.isProblem(), which);
            assertProblem(answer.status(), answer);
        }
        // refused by the servlet container before any application code: a plain 400, without body
        assertEquals(
                400,
                RawHttp.send(base, "GET", "/api/tickets/1%00", List.of(), (String) null)
                        .status());
    }
}
