package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** API clients (registration, client-credentials tokens, scopes, rotation, revocation) and the SLA report. */
@ExtendWith(TestServer.Extension.class)
class ApiClientsIT {

    private TestServer server;
    private Fixtures fixtures;

    @BeforeEach
    void setUp(TestServer server) {
        this.server = server;
        this.fixtures = new Fixtures(server);
    }

    private record Client(long id, String clientId, String secret) {}

    private Client register(String... scopes) {
        var list = Json.createArrayBuilder();
        for (String scope : scopes) {
            list.add(scope);
        }
        var answer = fixtures.admin()
                .post(
                        "/api/clients",
                        Json.createObjectBuilder()
                                .add("name", TestServer.unique("integrator"))
                                .add("scopes", list)
                                .build());
        assertEquals(201, answer.status(), answer::toString);
        var client = answer.json().getJsonObject("client");
        return new Client(
                client.getJsonNumber("id").longValue(),
                client.getString("clientId"),
                answer.json().getString("clientSecret"));
    }

    private static String basic(String id, String secret) {
        String pair =
                URLEncoder.encode(id, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private ProservClient.Answer tokenRequest(String authorization, String form) {
        var client = server.anonymous();
        if (authorization != null) {
            client = client.withHeader("Authorization", authorization);
        }
        return client.postForm("/api/auth/token", form);
    }

    private ProservClient.Answer token(Client client, String form) {
        return tokenRequest(basic(client.clientId(), client.secret()), form);
    }

    private ProservClient as(Client client) {
        var answer = token(client, "grant_type=client_credentials");
        assertEquals(200, answer.status(), answer::toString);
        return server.anonymous().withToken(answer.json().getString("access_token"));
    }

    private static void assertOAuthError(ProservClient.Answer answer, int status, String error) {
        assertEquals(status, answer.status(), answer::toString);
        assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
        assertEquals(error, answer.json().getString("error"), answer::toString);
        assertFalse(answer.json().getString("error_description").isBlank());
        assertEquals("no-store", answer.header("Cache-Control"));
    }

    private static void assertMissingScope(ProservClient.Answer answer, String scope) {
        assertEquals(403, answer.status(), answer::toString);
        assertTrue(answer.isProblem(), answer::toString);
        assertEquals("urn:proserv:problem:insufficient-scope", answer.json().getString("type"));
        assertEquals(scope, answer.json().getString("requiredScope"));
        assertTrue(answer.json().getString("detail").contains(scope), answer::toString);
        assertTrue(answer.header("WWW-Authenticate").contains("insufficient_scope"), answer::toString);
    }

    @Test
    void aClientGetsATokenOfItsScopesCallsWhatTheyAllowAndIsRefusedAfterRevocation() {
        var customer = fixtures.customer();
        long ticket = fixtures.openTicket(customer, "Seen by an integrator")
                .getJsonNumber("id")
                .longValue();
        var client = register("tickets:read", "reports:read");

        var shown = fixtures.admin().get("/api/clients/" + client.id());
        assertEquals(200, shown.status(), shown::toString);
        assertFalse(shown.body().contains(client.secret()), "the secret is shown once only");
        assertFalse(shown.json().containsKey("clientSecret"));
        assertEquals(
                List.of("tickets:read", "reports:read"),
                shown.json().getJsonArray("scopes").getValuesAs(JsonString::getString));

        var issued = token(client, "grant_type=client_credentials");
        assertEquals(200, issued.status(), issued::toString);
        assertEquals("Bearer", issued.json().getString("token_type"));
        assertEquals(900, issued.json().getInt("expires_in"), "the clients' lifetime, 15 minutes by default");
        assertEquals("tickets:read reports:read", issued.json().getString("scope"));
        assertEquals("no-store", issued.header("Cache-Control"));
        var integrator = server.anonymous().withToken(issued.json().getString("access_token"));

        // what its scopes allow, for every customer
        var read = integrator.get("/api/tickets/" + ticket);
        assertEquals(200, read.status(), read::toString);
        assertEquals(ticket, read.json().getJsonNumber("id").longValue());
        assertEquals(200, integrator.get("/api/tickets/" + ticket + "/history").status());
        assertEquals(200, integrator.get("/api/tickets").status());
        // a scope it lacks: 403 naming it
        assertMissingScope(integrator.get("/api/customers/" + customer.id() + "/points"), "points:read");
        // operations of other roles stay closed whatever the scopes
        assertEquals(403, integrator.get("/api/clients").status());
        assertEquals(
                403,
                integrator
                        .post("/api/tickets/" + ticket + "/messages", "{\"body\":\"hi\"}")
                        .status());

        // the form's credentials do as well as HTTP Basic; a token of fewer scopes than the client holds
        var narrow = tokenRequest(
                null,
                "grant_type=client_credentials&scope=reports%3Aread&client_id=" + client.clientId() + "&client_secret="
                        + URLEncoder.encode(client.secret(), StandardCharsets.UTF_8));
        assertEquals(200, narrow.status(), narrow::toString);
        assertEquals("reports:read", narrow.json().getString("scope"));
        assertMissingScope(
                server.anonymous()
                        .withToken(narrow.json().getString("access_token"))
                        .get("/api/tickets/" + ticket),
                "tickets:read");

        // rotation: the old secret signs in no more, the new one does, tokens already issued run out as they were
        var rotated = fixtures.admin().post("/api/clients/" + client.id() + "/secret-rotation", "");
        assertEquals(200, rotated.status(), rotated::toString);
        String newSecret = rotated.json().getString("clientSecret");
        assertNotEquals(client.secret(), newSecret);
        assertOAuthError(token(client, "grant_type=client_credentials"), 401, "invalid_client");
        var fresh = new Client(client.id(), client.clientId(), newSecret);
        var afterRotation = as(fresh);
        assertEquals(200, afterRotation.get("/api/tickets/" + ticket).status());
        assertEquals(200, integrator.get("/api/tickets/" + ticket).status());

        // revocation: every token refused from the next request on, and no new one
        var revoked = fixtures.admin().post("/api/clients/" + client.id() + "/revocation", "");
        assertEquals(200, revoked.status(), revoked::toString);
        assertFalse(revoked.json().getBoolean("active"));
        for (var holder : List.of(integrator, afterRotation)) {
            var refused = holder.get("/api/tickets/" + ticket);
            assertEquals(401, refused.status(), refused::toString);
            assertTrue(refused.isProblem(), refused::toString);
        }
        assertOAuthError(token(fresh, "grant_type=client_credentials"), 401, "invalid_client");
        assertEquals(
                409,
                fixtures.admin()
                        .post("/api/clients/" + client.id() + "/secret-rotation", "")
                        .status());
    }

    @Test
    void thePaymentSystemPaysWithPaymentsWriteAndAnIntegratorReadsTheFeedWithEventsRead() {
        var alice = fixtures.customer();
        var quinn = fixtures.staff("quote_manager");
        long request = alice.client()
                .post(
                        "/api/project-requests",
                        Json.createObjectBuilder()
                                .add("kind", "DEVELOPMENT")
                                .add("title", "Labels for the payment system")
                                .add("desiredFeatures", "Print a label from the order page")
                                .add("product", Fixtures.PRODUCT)
                                .add("productVersion", Fixtures.VERSION)
                                .build())
                .id();
        var usd = Json.createObjectBuilder().add("amount", "300.00").add("currency", "USD");
        var quoted = quinn.client()
                .post(
                        "/api/project-requests/" + request + "/quotes",
                        Json.createObjectBuilder()
                                .add(
                                        "items",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("description", "Labels")
                                                        .add("hours", 6)
                                                        .add("price", usd)))
                                .add("timeframeDays", 10)
                                .add(
                                        "base",
                                        Json.createObjectBuilder()
                                                .add("product", Fixtures.PRODUCT)
                                                .add("version", Fixtures.VERSION)
                                                .add("modules", Json.createArrayBuilder())
                                                .add("skin", "Classic"))
                                .add("parts", Json.createArrayBuilder())
                                .build());
        assertEquals(201, quoted.status(), quoted::toString);
        var accepted = alice.client()
                .post(
                        "/api/quotes/" + quoted.id() + "/acceptance",
                        Json.createObjectBuilder().add("version", 1).build());
        assertEquals(201, accepted.status(), accepted::toString);
        long invoice = accepted.json()
                .getJsonArray("invoices")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        var payment = Json.createObjectBuilder()
                .add(
                        "amount",
                        Json.createObjectBuilder().add("amount", "300.00").add("currency", "USD"))
                .add("reference", "psp-4711")
                .build();

        var reader = as(register("events:read"));
        var payer = as(register("payments:write"));
        assertMissingScope(reader.post("/api/invoices/" + invoice + "/payments", payment), "payments:write");
        assertMissingScope(payer.get("/api/events"), "events:read");

        var paid = payer.withHeader("Idempotency-Key", TestServer.unique("psp"))
                .post("/api/invoices/" + invoice + "/payments", payment);
        assertEquals(201, paid.status(), paid::toString);
        var again = quinn.client().post("/api/invoices/" + invoice + "/payments", payment);
        assertEquals(409, again.status(), "the payment system's payment is the invoice's one payment: " + again);

        // the integrator sees the payment in the feed, like staff: every customer's events
        boolean seen = false;
        long after = 0;
        for (int pages = 0; pages < 1000 && !seen; pages++) {
            var page = reader.get("/api/events?types=invoice.paid&size=100&after=" + after);
            assertEquals(200, page.status(), page::toString);
            seen = page.json().getJsonArray("events").stream()
                    .map(JsonValue::asJsonObject)
                    .anyMatch(e -> e.getJsonNumber("aggregateId").longValue() == invoice);
            if (!page.json().getBoolean("more")) {
                break;
            }
            after = page.json().getJsonNumber("next").longValue();
        }
        assertTrue(seen, "invoice.paid of invoice " + invoice + " in the API client's feed");
    }

    @Test
    void theTokenEndpointAnswersClientCredentialsErrorsAsOAuthDefinesThem() {
        var client = register("tickets:read");
        var wrong = tokenRequest(basic(client.clientId(), client.secret() + "x"), "grant_type=client_credentials");
        assertOAuthError(wrong, 401, "invalid_client");
        assertTrue(wrong.header("WWW-Authenticate").startsWith("Basic"), wrong::toString);
        assertOAuthError(
                tokenRequest(basic("pc_unknown", client.secret()), "grant_type=client_credentials"),
                401,
                "invalid_client");
        assertOAuthError(tokenRequest(null, "grant_type=client_credentials"), 401, "invalid_client");
        assertOAuthError(token(client, "grant_type=password"), 400, "unsupported_grant_type");
        assertOAuthError(token(client, "scope=tickets%3Aread"), 400, "invalid_request");
        assertOAuthError(
                token(client, "grant_type=client_credentials&grant_type=client_credentials"), 400, "invalid_request");
        assertOAuthError(
                token(client, "grant_type=client_credentials&client_id=" + client.clientId()), 400, "invalid_request");
        assertOAuthError(token(client, "grant_type=client_credentials&scope=payments%3Awrite"), 400, "invalid_scope");
        assertOAuthError(token(client, "grant_type=client_credentials&scope=tickets%3Adelete"), 400, "invalid_scope");
        // people still sign in with JSON at the same address
        assertEquals(
                200,
                server.anonymous()
                        .post(
                                "/api/auth/token",
                                Json.createObjectBuilder()
                                        .add("username", "admin")
                                        .add("password", TestServer.ADMIN_PASSWORD)
                                        .build())
                        .status());
    }

    @Test
    void registrationIsForAdminsAndRefusesUnknownScopesAndAccountsCannotTakeTheClientsRole() {
        var unknown = fixtures.admin()
                .post(
                        "/api/clients",
                        Json.createObjectBuilder()
                                .add("name", "Bad")
                                .add("scopes", Json.createArrayBuilder().add("tickets:delete"))
                                .build());
        assertEquals(400, unknown.status(), unknown::toString);
        assertTrue(unknown.isProblem());
        assertEquals(
                "scopes", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        var none = fixtures.admin()
                .post(
                        "/api/clients",
                        Json.createObjectBuilder()
                                .add("name", "Bad")
                                .add("scopes", Json.createArrayBuilder())
                                .build());
        assertEquals(400, none.status(), none::toString);
        var numbers = fixtures.admin().post("/api/clients", "{\"name\":\"Bad\",\"scopes\":[1]}");
        assertEquals(400, numbers.status(), numbers::toString);
        var dispatcher = fixtures.staff("dispatcher");
        assertEquals(403, dispatcher.client().get("/api/clients").status());
        var asAccount = fixtures.admin()
                .post(
                        "/api/staff",
                        Json.createObjectBuilder()
                                .add("username", TestServer.unique("robot"))
                                .add("password", "a-long-password")
                                .add("role", "api_client")
                                .add("displayName", "Robot")
                                .build());
        assertEquals(400, asAccount.status(), asAccount::toString);
        assertEquals(
                "role", asAccount.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void theSlaReportCountsTheDeadlinesTheTestMetAndBreachedAndAgreesAcrossGroupings() {
        Instant from = Fixtures.instant(fixtures.admin().get("/api/admin/clock").json(), "now");
        var customer = fixtures.customer();
        var dispatcher = fixtures.staff("dispatcher");
        var engineer = fixtures.staff("engineer");
        long met = id(fixtures.openTicket(customer, "Answered in time"));
        long late = id(fixtures.openTicket(customer, "Answered late"));
        fixtures.assign(dispatcher, met, engineer);
        fixtures.assign(dispatcher, late, engineer);
        fixtures.message(engineer.client(), met, "Done");

        server.advanceClock(Duration.ofDays(5));
        var sweep = fixtures.admin().post("/api/admin/sweeps/sla-breaches", "");
        assertEquals(200, sweep.status(), sweep::toString);
        long pending = id(fixtures.openTicket(customer, "Not answered yet"));
        fixtures.assign(dispatcher, pending, engineer);
        Instant to = Fixtures.instant(fixtures.admin().get("/api/admin/clock").json(), "now")
                .plusSeconds(60);

        String range = "from=" + from + "&to=" + to;
        var byEngineer = report(dispatcher.client(), range + "&groupBy=engineer");
        var row = byEngineer.getJsonArray("rows").stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> engineer.username().equals(r.getString("key", null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + engineer.username() + ": " + byEngineer));
        assertEquals(3, row.getInt("tickets"), row::toString);
        assertEquals(1, row.getInt("firstResponseMet"), row::toString);
        assertEquals(1, row.getInt("firstResponseBreached"), row::toString);
        assertEquals(1, row.getInt("firstResponsePending"), row::toString);
        assertEquals(
                "50.0",
                row.getJsonNumber("firstResponseBreachedPercent")
                        .bigDecimalValue()
                        .toPlainString());
        assertNotNull(row.getJsonNumber("firstResponseMedianSeconds"), row::toString);

        // every grouping counts the same tickets of the range
        long[] totals = totals(byEngineer);
        for (String grouping : List.of("day", "week", "month", "category", "hotrush")) {
            var other = report(dispatcher.client(), range + "&groupBy=" + grouping);
            assertEquals(
                    List.of(totals[0], totals[1], totals[2]),
                    List.of(totals(other)[0], totals(other)[1], totals(other)[2]),
                    grouping + ": " + other);
        }
        var days = report(engineer.client(), range + "&groupBy=day").getJsonArray("rows");
        assertEquals(from, Fixtures.instant(days.getJsonObject(0), "from"), "the first day cut to the range");
        assertEquals(to, Fixtures.instant(days.getJsonObject(days.size() - 1), "to"));
        assertTrue(days.size() >= 5, "every day of the range, empty ones included: " + days);

        // CSV on request, for API clients with reports:read too; refused to customers and without the scope
        var reporter = as(register("reports:read"));
        var csv = reporter.withHeader("Accept", "text/csv").get("/api/reports/sla?" + range + "&groupBy=engineer");
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.body().startsWith("key,from,to,tickets,firstResponseMet,firstResponseBreached"), csv.body());
        assertTrue(csv.body().contains("\r\n" + engineer.username() + ",,,3,1,1,1,50.0,0,"), csv.body());
        assertEquals(
                403,
                customer.client()
                        .get("/api/reports/sla?" + range + "&groupBy=day")
                        .status());
        assertMissingScope(
                as(register("tickets:read")).get("/api/reports/sla?" + range + "&groupBy=day"), "reports:read");

        // the desk's figures on /metrics, read from the database: the breach this test made is counted
        var metrics = fixtures.admin().get("/metrics");
        assertEquals(200, metrics.status(), metrics::toString);
        assertTrue(gauge(metrics.body(), "proserv_sla_breaches", "") >= 1, metrics.body());
        assertTrue(gauge(metrics.body(), "proserv_tickets", "status=\"assigned\"") >= 1, "the pending ticket");
        assertTrue(gauge(metrics.body(), "proserv_points_spent", "") >= 0);

        // bad input names the parameter
        assertBadParameter(dispatcher.client().get("/api/reports/sla?" + range + "&groupBy=quarter"), "groupBy");
        assertBadParameter(
                dispatcher.client().get("/api/reports/sla?from=" + to + "&to=" + from + "&groupBy=day"), "to");
        assertBadParameter(
                dispatcher.client().get("/api/reports/sla?from=yesterday&to=" + to + "&groupBy=day"), "from");
        assertBadParameter(
                dispatcher
                        .client()
                        .get("/api/reports/sla?from=" + from + "&to=" + from.plus(Duration.ofDays(401))
                                + "&groupBy=day"),
                "to");
    }

    /** The value of a gauge in Prometheus text, on the line of its name holding {@code label}. */
    private static double gauge(String text, String name, String label) {
        return text.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " " + label + " in:\n" + text));
    }

    private static JsonObject report(ProservClient who, String query) {
        var answer = who.get("/api/reports/sla?" + query);
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    private static long[] totals(JsonObject report) {
        long[] sums = new long[3];
        for (var value : report.getJsonArray("rows")) {
            var row = value.asJsonObject();
            sums[0] += row.getInt("tickets");
            sums[1] += row.getInt("firstResponseMet");
            sums[2] += row.getInt("firstResponseBreached");
        }
        return sums;
    }

    private static void assertBadParameter(ProservClient.Answer answer, String field) {
        assertEquals(400, answer.status(), answer::toString);
        assertTrue(answer.isProblem(), answer::toString);
        assertEquals(
                field, answer.json().getJsonArray("errors").getJsonObject(0).getString("field"), answer::toString);
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }
}
