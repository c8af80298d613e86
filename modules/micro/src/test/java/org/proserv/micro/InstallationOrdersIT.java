package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.micro.TicketLifecycleIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Installation orders, third-party installations and featured stores through the API: paid in points (oldest lot first,
 * once) or by invoice (paid through the payments API), waiting for a top-up and resumed by it, cancelled with the
 * points given back, priced at least at the minimum, and each customer seeing only their own.
 */
@ExtendWith(TestServer.Extension.class)
class InstallationOrdersIT {

    private static final String ORDERS = "/api/installations/orders";

    private TestServer server;
    private Fixtures fixtures;
    private Fixtures.Staff engineer;

    @BeforeEach
    void setUp(TestServer server) {
        this.server = server;
        this.fixtures = new Fixtures(server);
        this.engineer = fixtures.staff("installation_engineer");
    }

    @Test
    void aPointsOrderTakesTheOldestLotsFirstOnceAndRunsToDone() {
        var customer = fixtures.customer(false);
        long older = fixtures.buy(customer, 120).getJsonNumber("id").longValue();
        server.advanceClock(Duration.ofMinutes(1));
        long newer = fixtures.buy(customer, 60).getJsonNumber("id").longValue();

        var body = Json.createObjectBuilder().add("payment", "POINTS").build();
        var keyed = customer.client().withHeader("Idempotency-Key", "install-once");
        var placed = keyed.post(ORDERS, body);
        assertEquals(201, placed.status(), placed::toString);
        var order = placed.json();
        assertEquals("PAID", order.getString("status"));
        assertEquals(150, order.getInt("pricePoints"));
        var again = keyed.post(ORDERS, body);
        assertEquals(order.getInt("id"), again.json().getInt("id"), "the same key places one order");

        var spends = ledger(customer).stream()
                .filter(e -> e.getString("kind").equals("SPEND"))
                .toList();
        assertEquals(
                List.of(older, newer),
                spends.stream()
                        .map(e -> e.getJsonNumber("lotId").longValue())
                        .sorted()
                        .toList());
        assertEquals(-120, pointsOn(spends, older), "the older lot first, emptied");
        assertEquals(-30, pointsOn(spends, newer));
        assertEquals(30, fixtures.balance(customer).getInt("balance"), "150 taken once");
        assertTrue(spends.stream().allMatch(e -> e.getString("reference").equals("installation-order:" + id(order))));

        long id = id(order);
        assertProblem(409, step(engineer, id, "start", JsonValue.EMPTY_JSON_OBJECT));
        var assigned = step(
                engineer,
                id,
                "assignment",
                Json.createObjectBuilder().add("engineer", engineer.username()).build());
        assertEquals(engineer.username(), assigned.json().getString("engineer"));
        var scheduled = step(
                engineer,
                id,
                "schedule",
                Json.createObjectBuilder()
                        .add(
                                "scheduledFor",
                                serverNow().plus(Duration.ofDays(2)).toString())
                        .build());
        assertEquals("SCHEDULED", scheduled.json().getString("status"), scheduled::toString);
        var started = step(engineer, id, "start", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals("IN_PROGRESS", started.json().getString("status"), started::toString);

        var late = step(customer.client(), id, "cancellation", JsonValue.EMPTY_JSON_OBJECT);
        assertProblem(409, late);
        assertEquals(List.of("DONE"), strings(late.json().getJsonArray("allowed")), "names the allowed next");
        assertEquals("IN_PROGRESS", late.json().getString("currentStatus"));

        var message = customer.client()
                .post(
                        ORDERS + "/" + id + "/messages",
                        Json.createObjectBuilder()
                                .add("body", "The server password is in the ticket")
                                .build());
        assertEquals(201, message.status(), message::toString);
        engineer.client()
                .post(
                        ORDERS + "/" + id + "/messages",
                        Json.createObjectBuilder()
                                .add("body", "Thanks, installing now")
                                .build());
        var messages = customer.client().get(ORDERS + "/" + id + "/messages").array();
        assertEquals(
                List.of(true, false),
                messages.stream()
                        .map(m -> m.asJsonObject().getBoolean("fromCustomer"))
                        .toList());

        var done = step(engineer, id, "completion", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals("DONE", done.json().getString("status"), done::toString);
        var history = customer.client().get(ORDERS + "/" + id + "/history").array();
        assertEquals(
                List.of("ORDERED", "PAID", "PAID", "SCHEDULED", "IN_PROGRESS", "DONE"),
                history.stream().map(h -> h.asJsonObject().getString("to")).toList());
    }

    @Test
    void shortOfPointsTheOrderWaitsAndATopUpPaysItInItsTransaction() {
        var customer = fixtures.customer(false);
        fixtures.buy(customer, 60);
        var placed = customer.client()
                .post(
                        ORDERS,
                        Json.createObjectBuilder().add("payment", "POINTS").build());
        assertEquals(201, placed.status(), placed::toString);
        assertEquals("AWAITING_TOP_UP", placed.json().getString("status"));
        assertEquals(60, fixtures.balance(customer).getInt("balance"), "nothing taken while short");
        long id = id(placed.json());

        fixtures.buy(customer, 120);

        var order = customer.client().get(ORDERS + "/" + id).json();
        assertEquals("PAID", order.getString("status"), "resumed by the top-up");
        assertEquals(30, fixtures.balance(customer).getInt("balance"));
        fixtures.buy(customer, 120);
        assertEquals(150, fixtures.balance(customer).getInt("balance"), "paid once, not by every top-up");
    }

    @Test
    void cancellingBeforeTheWorkGivesThePointsBackAsLedgerEntries() {
        var customer = fixtures.customer(false);
        fixtures.buy(customer, 300);
        long id = id(customer.client()
                .post(
                        ORDERS,
                        Json.createObjectBuilder().add("payment", "POINTS").build())
                .json());
        assertEquals(150, fixtures.balance(customer).getInt("balance"));

        var cancelled = step(
                customer.client(),
                id,
                "cancellation",
                Json.createObjectBuilder().add("note", "Not needed any more").build());
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals(150, cancelled.json().getInt("refundedPoints"));
        assertEquals(300, fixtures.balance(customer).getInt("balance"));
        var returns = ledger(customer).stream()
                .filter(e -> e.getString("kind").equals("RETURN"))
                .toList();
        assertEquals(1, returns.size(), returns::toString);
        assertEquals(150, returns.get(0).getInt("points"));

        assertProblem(409, step(customer.client(), id, "cancellation", JsonValue.EMPTY_JSON_OBJECT));
        assertEquals(300, fixtures.balance(customer).getInt("balance"), "given back once");
    }

    @Test
    void anInvoiceOrderIsPaidThroughThePaymentsApiAndAnUnpaidOneIsVoidedOnCancellation() {
        var customer = fixtures.customer();
        long ticket = ticketOf(customer);
        var placed = engineer.client()
                .post(
                        ORDERS,
                        Json.createObjectBuilder()
                                .add("customerId", customer.id())
                                .add("payment", "INVOICE")
                                .add("ticketId", ticket)
                                .build());
        assertEquals(201, placed.status(), placed::toString);
        var order = placed.json();
        assertEquals("ORDERED", order.getString("status"));
        assertEquals(ticket, order.getJsonNumber("ticketId").longValue());
        assertEquals("150.00", order.getJsonObject("price").getString("amount"));
        long invoice = order.getJsonNumber("invoiceId").longValue();

        var wrong = fixtures.admin().post("/api/invoices/" + invoice + "/payments", payment("149.99"));
        assertEquals(422, wrong.status(), wrong::toString);
        assertEquals(
                "ORDERED",
                customer.client().get(ORDERS + "/" + id(order)).json().getString("status"));
        var paid = fixtures.admin().post("/api/invoices/" + invoice + "/payments", payment("150.00"));
        assertEquals(201, paid.status(), paid::toString);
        assertEquals(
                "PAID", customer.client().get(ORDERS + "/" + id(order)).json().getString("status"));

        var cancelled = step(customer.client(), id(order), "cancellation", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals("CANCELLED", cancelled.json().getString("status"), cancelled::toString);
        assertEquals("150.00", cancelled.json().getJsonObject("refundOwed").getString("amount"));

        var unpaid = customer.client()
                .post(
                        ORDERS,
                        Json.createObjectBuilder().add("payment", "INVOICE").build())
                .json();
        long unpaidInvoice = unpaid.getJsonNumber("invoiceId").longValue();
        step(customer.client(), id(unpaid), "cancellation", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(
                "VOID",
                fixtures.admin()
                        .get("/api/invoices/" + unpaidInvoice)
                        .json()
                        .getJsonObject("invoice")
                        .getString("status"));
        assertProblem(409, fixtures.admin().post("/api/invoices/" + unpaidInvoice + "/payments", payment("150.00")));

        var foreign = fixtures.customer();
        assertProblem(
                400,
                foreign.client()
                        .post(
                                ORDERS,
                                Json.createObjectBuilder()
                                        .add("payment", "INVOICE")
                                        .add("ticketId", ticket)
                                        .build()));
    }

    @Test
    void aThirdPartyInstallationIsPricedAtLeastAtTheMinimumAndChargedOnceOnAcceptance() throws Exception {
        var customer = fixtures.customer(false);
        fixtures.buy(customer, 300);
        var requested = customer.client()
                .post(
                        "/api/installations/third-party",
                        Json.createObjectBuilder()
                                .add("software", "WordPress")
                                .add("version", "6.4")
                                .add("vendorUrl", "https://wordpress.org")
                                .add("distribution", "https://wordpress.org/latest.zip")
                                .build());
        assertEquals(201, requested.status(), requested::toString);
        var order = requested.json();
        assertEquals("Request for a 3-rd party software installation", order.getString("title"));
        assertEquals("REQUESTED", order.getString("status"));
        long id = id(order);

        assertProblem(409, step(customer.client(), id, "acceptance", JsonValue.EMPTY_JSON_OBJECT));
        var low = step(
                engineer,
                id,
                "price",
                Json.createObjectBuilder().add("points", 99).build());
        assertProblem(400, low);
        assertEquals(100, low.json().getInt("minimum"));
        assertEquals(
                "points", low.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(
                "REQUESTED", customer.client().get(ORDERS + "/" + id).json().getString("status"));

        assertEquals(
                "PRICED",
                step(
                                engineer,
                                id,
                                "price",
                                Json.createObjectBuilder().add("points", 100).build())
                        .json()
                        .getString("status"));
        assertEquals(
                "DECLINED",
                step(customer.client(), id, "decline", JsonValue.EMPTY_JSON_OBJECT)
                        .json()
                        .getString("status"));
        assertEquals(300, fixtures.balance(customer).getInt("balance"), "declined: nothing charged");
        step(
                engineer,
                id,
                "price",
                Json.createObjectBuilder().add("points", 120).build());
        assertProblem(403, step(engineer, id, "acceptance", JsonValue.EMPTY_JSON_OBJECT));

        var answers = concurrently(4, () -> step(customer.client(), id, "acceptance", JsonValue.EMPTY_JSON_OBJECT));
        assertEquals(1, answers.stream().filter(a -> a.status() == 200).count(), answers::toString);
        answers.stream().filter(a -> a.status() != 200).forEach(a -> assertProblem(409, a));
        assertEquals("PAID", customer.client().get(ORDERS + "/" + id).json().getString("status"));
        assertEquals(180, fixtures.balance(customer).getInt("balance"), "120 charged once");
    }

    @Test
    void featuredStoresAreAcceptedOrDeclinedAndTheAcceptedListedPublicly() {
        var customer = fixtures.customer();
        String url = "https://" + TestServer.unique("shop") + ".example.com/";
        var submitted = customer.client()
                .post(
                        "/api/featured-stores/requests",
                        Json.createObjectBuilder()
                                .add("storeUrl", url)
                                .add("feedback", "We love it")
                                .build());
        assertEquals(201, submitted.status(), submitted::toString);
        long id = id(submitted.json());
        assertProblem(
                409,
                customer.client()
                        .post(
                                "/api/featured-stores/requests",
                                Json.createObjectBuilder().add("storeUrl", url).build()));
        var bad = customer.client()
                .post(
                        "/api/featured-stores/requests",
                        Json.createObjectBuilder()
                                .add("storeUrl", "ftp://store")
                                .build());
        assertProblem(400, bad);
        assertEquals(
                "storeUrl", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        assertFalse(listed(url), "not listed before a decision");
        assertProblem(
                403,
                customer.client()
                        .post(
                                "/api/featured-stores/requests/" + id + "/decision",
                                Json.createObjectBuilder().add("accept", true).build()));
        var accepted = engineer.client()
                .post(
                        "/api/featured-stores/requests/" + id + "/decision",
                        Json.createObjectBuilder()
                                .add("accept", true)
                                .add("note", "Nice design")
                                .build());
        assertEquals("ACCEPTED", accepted.json().getString("status"), accepted::toString);
        assertTrue(listed(url));
        assertProblem(
                409,
                engineer.client()
                        .post(
                                "/api/featured-stores/requests/" + id + "/decision",
                                Json.createObjectBuilder().add("accept", false).build()));

        String other = "https://" + TestServer.unique("shop") + ".example.com/";
        long declined = id(customer.client()
                .post(
                        "/api/featured-stores/requests",
                        Json.createObjectBuilder().add("storeUrl", other).build())
                .json());
        var decision = engineer.client()
                .post(
                        "/api/featured-stores/requests/" + declined + "/decision",
                        Json.createObjectBuilder()
                                .add("accept", false)
                                .add("note", "Not live yet")
                                .build());
        assertEquals("DECLINED", decision.json().getString("status"));
        assertEquals(
                "Not live yet",
                customer.client()
                        .get("/api/featured-stores/requests/" + declined)
                        .json()
                        .getString("note"));
        assertFalse(listed(other));
        assertProblem(404, fixtures.customer().client().get("/api/featured-stores/requests/" + declined));
    }

    @Test
    void aCustomerSeesOnlyTheirOwnOrdersAndEachStepHasItsRoles() {
        var owner = fixtures.customer(false);
        var other = fixtures.customer(false);
        long id = id(owner.client()
                .post(
                        ORDERS,
                        Json.createObjectBuilder().add("payment", "POINTS").build())
                .json());

        assertProblem(404, other.client().get(ORDERS + "/" + id));
        assertProblem(404, other.client().get(ORDERS + "/" + id + "/history"));
        assertProblem(
                404,
                other.client()
                        .post(
                                ORDERS + "/" + id + "/messages",
                                Json.createObjectBuilder().add("body", "hello").build()));
        assertProblem(404, step(other.client(), id, "cancellation", JsonValue.EMPTY_JSON_OBJECT));
        assertTrue(other.client().get(ORDERS).json().getJsonArray("items").stream()
                .noneMatch(o -> o.asJsonObject().getInt("id") == id));
        assertProblem(
                404,
                other.client()
                        .post(
                                ORDERS,
                                Json.createObjectBuilder()
                                        .add("customerId", owner.id())
                                        .add("payment", "POINTS")
                                        .build()));

        var dispatcher = fixtures.staff("dispatcher");
        assertProblem(403, dispatcher.client().get(ORDERS + "/" + id));
        var specialist = fixtures.staff("upgrade_specialist");
        assertEquals(200, specialist.client().get(ORDERS + "/" + id).status());
        assertProblem(
                403,
                specialist
                        .client()
                        .post(
                                ORDERS + "/" + id + "/assignment",
                                Json.createObjectBuilder()
                                        .add("engineer", engineer.username())
                                        .build()));
        assertProblem(
                403,
                owner.client()
                        .post(
                                ORDERS + "/" + id + "/assignment",
                                Json.createObjectBuilder()
                                        .add("engineer", engineer.username())
                                        .build()));
        var notAnEngineer = engineer.client()
                .post(
                        ORDERS + "/" + id + "/assignment",
                        Json.createObjectBuilder()
                                .add("engineer", dispatcher.username())
                                .build());
        assertProblem(400, notAnEngineer);
        assertProblem(
                400,
                engineer.client()
                        .post(
                                ORDERS,
                                Json.createObjectBuilder()
                                        .add("payment", "POINTS")
                                        .build()));
        assertProblem(
                400,
                owner.client()
                        .post(
                                ORDERS,
                                Json.createObjectBuilder()
                                        .add("payment", "CASH")
                                        .build()));
        assertProblem(400, owner.client().post(ORDERS, "{\"payment\":\"POINTS\",\"ticketId\":\"7\"}"));
        assertProblem(401, server.anonymous().get(ORDERS));
        assertEquals(200, server.anonymous().get("/api/featured-stores").status());
    }

    private ProservClient.Answer step(Fixtures.Staff staff, long id, String step, JsonObject body) {
        return step(staff.client(), id, step, body);
    }

    private static ProservClient.Answer step(ProservClient client, long id, String step, JsonObject body) {
        return client.post(ORDERS + "/" + id + "/" + step, body);
    }

    private boolean listed(String url) {
        return server.anonymous().get("/api/featured-stores?size=100").json().getJsonArray("items").stream()
                .anyMatch(s -> s.asJsonObject().getString("storeUrl").equals(url));
    }

    private List<JsonObject> ledger(Fixtures.Customer customer) {
        return customer
                .client()
                .get("/api/customers/" + customer.id() + "/points/ledger?size=100")
                .json()
                .getJsonArray("items")
                .stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static int pointsOn(List<JsonObject> entries, long lot) {
        return entries.stream()
                .filter(e -> e.getJsonNumber("lotId").longValue() == lot)
                .mapToInt(e -> e.getInt("points"))
                .sum();
    }

    private long ticketOf(Fixtures.Customer customer) {
        var ticket = customer.client()
                .post(
                        "/api/tickets",
                        Json.createObjectBuilder()
                                .add("licenceId", customer.licenceId())
                                .add("subject", "Please install")
                                .add("message", "We would like the installation service")
                                .build());
        assertEquals(201, ticket.status(), ticket::toString);
        return ticket.id();
    }

    private static JsonObject payment(String amount) {
        return Json.createObjectBuilder()
                .add("amount", Json.createObjectBuilder().add("amount", amount).add("currency", "USD"))
                .build();
    }

    private Instant serverNow() {
        return Instant.parse(fixtures.admin().get("/api/admin/clock").json().getString("now"));
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> ((JsonString) v).getString()).toList();
    }

    private static List<ProservClient.Answer> concurrently(int n, Callable<ProservClient.Answer> call)
            throws Exception {
        var pool = Executors.newFixedThreadPool(n);
        try {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<ProservClient.Answer>>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            var answers = new ArrayList<ProservClient.Answer>();
            for (var f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
