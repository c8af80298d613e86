package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.micro.TicketLifecycleIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestServer.Extension.class)
class PointsIT {

    private TestServer server;
    private Fixtures fixtures;
    private Fixtures.Staff dispatcher;

    @BeforeEach
    void setUp(TestServer server) {
        this.server = server;
        this.fixtures = new Fixtures(server);
        this.dispatcher = fixtures.staff("dispatcher");
    }

    @Test
    void spendingTakesTheOldestLotFirst() {
        var customer = fixtures.customer(false);
        long older = fixtures.buy(customer, 60).getJsonNumber("id").longValue();
        server.advanceClock(Duration.ofMinutes(1));
        long newer = fixtures.buy(customer, 120).getJsonNumber("id").longValue();
        long ticket = ticketOf(customer);

        var spent = spend(customer, ticket, 100, "two lots");
        assertEquals(201, spent.status(), spent::toString);
        var entries = spent.array();
        assertEquals(
                List.of(older, newer),
                entries.stream()
                        .map(e -> e.asJsonObject().getJsonNumber("lotId").longValue())
                        .toList());
        assertEquals(
                List.of(-60, -40),
                entries.stream().map(e -> e.asJsonObject().getInt("points")).toList());

        var balance = fixtures.balance(customer);
        assertEquals(80, balance.getInt("balance"));
        assertEquals(List.of(0, 80), remaining(balance));

        var refused = spend(customer, ticket, 81, "too much");
        assertProblem(402, refused);
        assertEquals(80, fixtures.balance(customer).getInt("balance"), "a refused spend changes nothing");
    }

    @Test
    void aLotExpiresExactlyAtItsExpiryOnceEvenWithConcurrentSweepsAfterDowntime() throws Exception {
        var customer = fixtures.customer(false);
        var lot = fixtures.buy(customer, 60);
        Instant expiresAt = Instant.parse(lot.getString("expiresAt"));
        Instant purchasedAt = Instant.parse(lot.getString("purchasedAt"));
        assertEquals(
                purchasedAt.atZone(ZoneOffset.ofHours(4)).plusYears(2).toInstant(),
                expiresAt,
                "two years in the support calendar's zone");
        spend(customer, ticketOf(customer), 10, "some use");

        server.advanceClock(Duration.between(serverNow(), expiresAt.minusSeconds(31 * 24 * 3600)));
        sweep("point-expiry-warnings");
        assertTrue(fixtures.balance(customer).getInt("available") == 50);
        assertEquals(
                0,
                customer.client()
                        .get("/api/customers/" + customer.id() + "/notices")
                        .json()
                        .getJsonArray("items")
                        .size(),
                "31 days ahead: no warning yet");
        server.advanceClock(Duration.ofDays(2));
        sweep("point-expiry-warnings");
        sweep("point-expiry-warnings");
        var notices = customer.client()
                .get("/api/customers/" + customer.id() + "/notices")
                .json()
                .getJsonArray("items");
        assertEquals(1, notices.size(), "warned once: " + notices);
        assertEquals(50, notices.getJsonObject(0).getInt("points"));
        assertEquals(
                1,
                customer.client()
                        .get("/api/customers/" + customer.id() + "/points/expiring")
                        .array()
                        .size());

        server.advanceClock(Duration.between(serverNow(), expiresAt.minusSeconds(5)));
        sweep("point-expiry");
        assertEquals(50, fixtures.balance(customer).getInt("available"), "not expired before expiresAt");

        // the expiry instant passes while nobody sweeps, then several sweeps run at once
        server.advanceClock(Duration.ofDays(3));
        assertEquals(0, fixtures.balance(customer).getInt("available"), "an expired lot cannot be spent");
        concurrently(4, () -> fixtures.admin().post("/api/admin/sweeps/point-expiry", ""))
                .forEach(a -> assertEquals(200, a.status(), a::toString));
        sweep("point-expiry");

        var ledger = ledger(customer);
        var expiries = ledger.stream()
                .filter(e -> e.getString("kind").equals("EXPIRY"))
                .toList();
        assertEquals(1, expiries.size(), "one expiry entry: " + ledger);
        assertEquals(-50, expiries.get(0).getInt("points"));
        var balance = fixtures.balance(customer);
        assertEquals(0, balance.getInt("balance"));
        assertTrue(balance.getJsonArray("lots").getJsonObject(0).getBoolean("expired"));
    }

    @Test
    void concurrentSpendsAndRefundsNeverTakeALotBelowZero() throws Exception {
        for (long seed : new long[] {1, 2, 3}) {
            var customer = fixtures.customer(false);
            for (int points : new int[] {300, 120, 60}) {
                fixtures.buy(customer, points);
            }
            var lots = fixtures.balance(customer).getJsonArray("lots").stream()
                    .map(l -> l.asJsonObject().getJsonNumber("id").longValue())
                    .toList();
            long ticket = ticketOf(customer);
            var random = new Random(seed);
            List<Callable<ProservClient.Answer>> requests = new ArrayList<>();
            for (int i = 0; i < 56; i++) {
                if (i % 8 == 0) {
                    long lot = lots.get(random.nextInt(lots.size()));
                    requests.add(() -> customer.client()
                            .post(
                                    "/api/customers/" + customer.id() + "/points/refunds",
                                    Json.createObjectBuilder().add("lotId", lot).build()));
                } else {
                    int points = 1 + random.nextInt(40);
                    requests.add(() -> spend(customer, ticket, points, "load"));
                }
            }
            var answers = concurrently(requests);
            answers.forEach(a ->
                    assertTrue(a.status() == 201 || a.status() == 402 || a.status() == 409, () -> "unexpected " + a));
            int spent = answers.stream()
                    .filter(a -> a.status() == 201 && a.body().startsWith("["))
                    .flatMap(a -> a.array().stream())
                    .mapToInt(e -> e.asJsonObject().getInt("points"))
                    .sum();
            int refunded = answers.stream()
                    .filter(a -> a.status() == 201 && a.body().startsWith("{"))
                    .mapToInt(a -> a.json().getInt("points"))
                    .sum();

            var balance = fixtures.balance(customer);
            remaining(balance).forEach(r -> assertTrue(r >= 0, "no lot below zero: " + balance));
            var ledger = ledger(customer);
            int sum = ledger.stream().mapToInt(e -> e.getInt("points")).sum();
            assertEquals(sum, balance.getInt("balance"), "balance is the sum of the ledger");
            assertEquals(480 + spent + refunded, sum, "every accepted spend and refund is in the ledger, once");
            assertEquals(remaining(balance).stream().mapToInt(Integer::intValue).sum(), sum);
        }
    }

    @Test
    void idempotencyKeysReplayTheFirstAnswerAndRefuseAnotherBody() throws Exception {
        var customer = fixtures.customer(false);
        var packs = customer.client().get("/api/support/point-packs").array();
        long pack60 = packFor(packs, 60);
        long pack120 = packFor(packs, 120);
        String path = "/api/customers/" + customer.id() + "/points/purchases";
        var keyed = customer.client().withHeader("Idempotency-Key", "buy-" + customer.username());

        var first = keyed.post(
                path, Json.createObjectBuilder().add("packId", pack60).build());
        var retry = keyed.post(
                path, Json.createObjectBuilder().add("packId", pack60).build());
        assertEquals(201, first.status(), first::toString);
        assertEquals(first.status(), retry.status());
        assertEquals(first.body(), retry.body(), "the retry gets the original response");
        assertEquals(60, fixtures.balance(customer).getInt("balance"), "and no second effect");

        var otherBody = keyed.post(
                path, Json.createObjectBuilder().add("packId", pack120).build());
        assertProblem(422, otherBody);
        assertEquals(60, fixtures.balance(customer).getInt("balance"));

        var racing = customer.client().withHeader("Idempotency-Key", "race-" + customer.username());
        var answers = concurrently(
                8,
                () -> racing.post(
                        path, Json.createObjectBuilder().add("packId", pack120).build()));
        String winner = answers.stream()
                .filter(a -> a.status() == 201)
                .findFirst()
                .orElseThrow()
                .body();
        for (var answer : answers) {
            assertTrue(
                    answer.status() == 201 && answer.body().equals(winner)
                            || answer.status() == 409
                                    && answer.json().getString("reason").equals("idempotency-key-in-flight"),
                    () -> "a duplicate either replays the first answer or is told it is in flight: " + answer);
        }
        assertEquals(180, fixtures.balance(customer).getInt("balance"), "eight requests, one purchase");
    }

    @Test
    void onlyAnUntouchedRecentLotIsRefunded() {
        var customer = fixtures.customer(false);
        long untouched = fixtures.buy(customer, 60).getJsonNumber("id").longValue();
        server.advanceClock(Duration.ofMinutes(1));
        long used = fixtures.buy(customer, 120).getJsonNumber("id").longValue();
        spend(customer, ticketOf(customer), 70, "uses both");

        var usedRefund = refund(customer, used);
        assertProblem(409, usedRefund);
        assertEquals("lot-used", usedRefund.json().getString("reason"));
        var ok = refund(customer, untouched);
        assertProblem(409, ok);
        assertEquals("lot-used", ok.json().getString("reason"), "FIFO took the older lot first");

        long fresh = fixtures.buy(customer, 300).getJsonNumber("id").longValue();
        server.advanceClock(Duration.ofDays(31));
        var late = refund(customer, fresh);
        assertProblem(409, late);
        assertEquals("refund-window-passed", late.json().getString("reason"));

        long another = fixtures.buy(customer, 60).getJsonNumber("id").longValue();
        var refunded = refund(customer, another);
        assertEquals(201, refunded.status(), refunded::toString);
        assertEquals(-60, refunded.json().getInt("points"));
        assertEquals("REFUND", refunded.json().getString("kind"));
    }

    @Test
    void pointsArePrivateAndAdjustmentsAreForStaff() {
        var alice = fixtures.customer(false);
        var bob = fixtures.customer(false);
        fixtures.buy(alice, 60);
        assertProblem(404, bob.client().get("/api/customers/" + alice.id() + "/points"));
        assertProblem(404, bob.client().get("/api/customers/" + alice.id() + "/points/ledger"));
        assertProblem(
                404,
                bob.client()
                        .post(
                                "/api/customers/" + alice.id() + "/points/purchases",
                                Json.createObjectBuilder().add("packId", 1).build()));
        assertProblem(
                403,
                alice.client()
                        .post(
                                "/api/customers/" + alice.id() + "/points/adjustments",
                                Json.createObjectBuilder()
                                        .add("points", 1000)
                                        .add("note", "free points")
                                        .build()));
        assertProblem(
                403,
                alice.client()
                        .post("/api/customers/" + alice.id() + "/points/spends", spendBody(1, ticketOf(alice), "x")));
        assertProblem(
                403,
                alice.client()
                        .put(
                                "/api/support/categories/GENERAL_QUESTION",
                                Json.createObjectBuilder()
                                        .add("points", 1)
                                        .add("pricing", "FIXED")
                                        .build()));

        var granted = dispatcher
                .client()
                .post(
                        "/api/customers/" + alice.id() + "/points/adjustments",
                        Json.createObjectBuilder()
                                .add("points", 15)
                                .add("note", "goodwill")
                                .build());
        assertEquals(201, granted.status(), granted::toString);
        assertEquals(75, fixtures.balance(alice).getInt("balance"));
        assertEquals(
                60,
                alice
                        .client()
                        .get("/api/customers/" + alice.id() + "/points/ledger")
                        .json()
                        .getJsonArray("items")
                        .stream()
                        .filter(e -> e.asJsonObject().getString("kind").equals("PURCHASE"))
                        .findFirst()
                        .orElseThrow()
                        .asJsonObject()
                        .getInt("points"));
        var price = alice.client().get("/api/support/point-packs").array().stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getInt("points") == 1200)
                .findFirst()
                .orElseThrow()
                .getJsonObject("price");
        assertEquals(money(67333, "673.33", "USD"), price);
        var grantedLot = fixtures.balance(alice).getJsonArray("lots").stream()
                .map(JsonValue::asJsonObject)
                .filter(l -> l.getString("origin").equals("ADJUSTMENT"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                money(0, "0.00", "USD"),
                grantedLot.getJsonObject("price"),
                "granted points cost nothing, in the configured currency");
        assertFalse(alice.client().get("/api/support/categories").array().isEmpty());
    }

    @Test
    void aPackIsPricedInItsOwnCurrencyAndItsLotsKeepWhatWasPaid() {
        var admin = fixtures.admin();
        var created = admin.post(
                "/api/support/point-packs",
                Json.createObjectBuilder()
                        .add("points", 7)
                        .add(
                                "price",
                                Json.createObjectBuilder()
                                        .add("amount", "30.00")
                                        .add("currency", "EUR"))
                        .build());
        assertEquals(201, created.status(), created::toString);
        assertEquals(money(3000, "30.00", "EUR"), created.json().getJsonObject("price"));
        long pack = created.id();

        var customer = fixtures.customer(false);
        var bought = customer.client()
                .post(
                        "/api/customers/" + customer.id() + "/points/purchases",
                        Json.createObjectBuilder().add("packId", pack).build());
        assertEquals(201, bought.status(), bought::toString);
        assertEquals(money(3000, "30.00", "EUR"), lotPrice(customer, bought.id()));

        var inCents = admin.put(
                "/api/support/point-packs/" + pack,
                Json.createObjectBuilder()
                        .add("points", 7)
                        .add("priceCents", 1999)
                        .build());
        assertEquals(200, inCents.status(), inCents::toString);
        assertEquals(
                money(1999, "19.99", "USD"),
                inCents.json().getJsonObject("price"),
                "cents are in the configured currency");
        var inYen = admin.put(
                "/api/support/point-packs/" + pack,
                Json.createObjectBuilder()
                        .add("points", 7)
                        .add(
                                "price",
                                Json.createObjectBuilder().add("amount", "3000").add("currency", "JPY"))
                        .build());
        assertEquals(money(3000, "3000", "JPY"), inYen.json().getJsonObject("price"));
        assertEquals(money(3000, "30.00", "EUR"), lotPrice(customer, bought.id()), "the lot keeps what was paid");
        assertEquals(200, admin.delete("/api/support/point-packs/" + pack).status(), "taken off sale again");
    }

    @Test
    void aPriceThatIsNotExactMoneyIsRefusedNamingTheFieldAndChangesNothing() {
        var admin = fixtures.admin();
        int before = admin.get("/api/support/point-packs").array().size();
        assertPriceRefused("price.amount", "34.505", "USD");
        assertPriceRefused("price.amount", "34.5.0", "USD");
        assertPriceRefused("price.amount", "12.5", "JPY");
        assertPriceRefused("price.amount", "1000000.01", "USD");
        assertPriceRefused("price.currency", "34.50", "usd");
        assertPriceRefused("price.currency", "34.50", "ABC");
        assertPriceRefused("price", Json.createObjectBuilder().add("points", 7).build());
        assertPriceRefused(
                "price",
                Json.createObjectBuilder()
                        .add("points", 7)
                        .add("priceCents", 3450)
                        .add(
                                "price",
                                Json.createObjectBuilder()
                                        .add("amount", "34.50")
                                        .add("currency", "USD"))
                        .build());
        assertPriceRefused(
                "price",
                Json.createObjectBuilder()
                        .add("points", 7)
                        .add(
                                "price",
                                Json.createObjectBuilder()
                                        .add("amount", "-1.00")
                                        .add("currency", "USD"))
                        .build());
        assertEquals(before, admin.get("/api/support/point-packs").array().size(), "no pack was put on sale");
    }

    private void assertPriceRefused(String field, String amount, String currency) {
        assertPriceRefused(
                field,
                Json.createObjectBuilder()
                        .add("points", 7)
                        .add(
                                "price",
                                Json.createObjectBuilder().add("amount", amount).add("currency", currency))
                        .build());
    }

    private void assertPriceRefused(String field, JsonObject body) {
        var answer = fixtures.admin().post("/api/support/point-packs", body);
        assertProblem(400, answer);
        assertTrue(
                answer.json().getJsonArray("errors").stream()
                        .anyMatch(e -> e.asJsonObject().getString("field").equals(field)),
                () -> "expected an error on " + field + " for " + body + ": " + answer);
    }

    private JsonObject lotPrice(Fixtures.Customer customer, long lot) {
        return fixtures.balance(customer).getJsonArray("lots").stream()
                .map(JsonValue::asJsonObject)
                .filter(l -> l.getJsonNumber("id").longValue() == lot)
                .findFirst()
                .orElseThrow()
                .getJsonObject("price");
    }

    /** The one JSON form of money in every response. */
    static JsonObject money(long cents, String amount, String currency) {
        return Json.createObjectBuilder()
                .add("cents", cents)
                .add("amount", amount)
                .add("currency", currency)
                .build();
    }

    @Test
    void aManualSpendNamesARealTicketOfTheCustomerAndAReasonAndIsForAdminsAndDispatchers() {
        var alice = fixtures.customer(false);
        var bob = fixtures.customer(false);
        fixtures.buy(alice, 120);
        fixtures.buy(bob, 60);
        long aliceTicket = ticketOf(alice);
        long bobTicket = ticketOf(bob);
        String path = "/api/customers/" + alice.id() + "/points/spends";

        assertInvalid("ticketId", dispatcher.client().post(path, spendBody(10, 999_999L, "extra work")));
        assertInvalid("ticketId", dispatcher.client().post(path, spendBody(10, bobTicket, "extra work")));
        assertInvalid("ticketId", dispatcher.client().post(path, spendBody(10, null, "extra work")));
        assertInvalid("reason", dispatcher.client().post(path, spendBody(10, aliceTicket, null)));
        assertInvalid("reason", dispatcher.client().post(path, spendBody(10, aliceTicket, "   ")));
        assertInvalid("reason", dispatcher.client().post(path, spendBody(10, aliceTicket, "x".repeat(501))));
        assertProblem(403, fixtures.staff("engineer").client().post(path, spendBody(10, aliceTicket, "extra work")));
        assertProblem(403, alice.client().post(path, spendBody(10, aliceTicket, "extra work")));
        assertEquals(120, fixtures.balance(alice).getInt("balance"), "a refused spend changes nothing");
        assertEquals(1, ledger(alice).size());

        var byDispatcher = dispatcher.client().post(path, spendBody(15, aliceTicket, "  monitoring the debug log  "));
        assertEquals(201, byDispatcher.status(), byDispatcher::toString);
        var entry = byDispatcher.array().getJsonObject(0);
        assertEquals(-15, entry.getInt("points"));
        assertEquals(aliceTicket, entry.getJsonNumber("ticketId").longValue());
        assertEquals("monitoring the debug log", entry.getString("note"), "the reason is kept on the ledger entry");
        var byAdmin = fixtures.admin().post(path, spendBody(5, aliceTicket, "x".repeat(500)));
        assertEquals(201, byAdmin.status(), byAdmin::toString);
        assertEquals(100, fixtures.balance(alice).getInt("balance"));
        var charges = alice.client()
                .get("/api/tickets/" + aliceTicket)
                .json()
                .getJsonObject("charge")
                .getJsonArray("entries");
        assertEquals(2, charges.size(), "the ticket shows what was spent on it: " + charges);
    }

    private static JsonObject spendBody(int points, Long ticketId, String reason) {
        var body = Json.createObjectBuilder().add("points", points);
        if (ticketId != null) {
            body.add("ticketId", ticketId);
        }
        if (reason != null) {
            body.add("reason", reason);
        }
        return body.build();
    }

    private static void assertInvalid(String field, ProservClient.Answer answer) {
        assertProblem(400, answer);
        var errors = answer.json().getJsonArray("errors");
        assertTrue(
                errors != null
                        && errors.stream()
                                .anyMatch(
                                        e -> e.asJsonObject().getString("field").equals(field)),
                () -> "names " + field + ": " + answer);
    }

    /** A ticket of the customer's own, for manual spends to name (the customer needs points to open it). */
    private long ticketOf(Fixtures.Customer customer) {
        return fixtures.openTicket(customer, "Extra work").getJsonNumber("id").longValue();
    }

    private ProservClient.Answer spend(Fixtures.Customer customer, long ticket, int points, String reason) {
        return dispatcher
                .client()
                .post("/api/customers/" + customer.id() + "/points/spends", spendBody(points, ticket, reason));
    }

    private ProservClient.Answer refund(Fixtures.Customer customer, long lot) {
        return customer.client()
                .post(
                        "/api/customers/" + customer.id() + "/points/refunds",
                        Json.createObjectBuilder().add("lotId", lot).build());
    }

    private List<JsonObject> ledger(Fixtures.Customer customer) {
        List<JsonObject> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            var items = customer.client()
                    .get("/api/customers/" + customer.id() + "/points/ledger?size=100&page=" + page)
                    .json()
                    .getJsonArray("items");
            items.forEach(i -> all.add(i.asJsonObject()));
            if (items.size() < 100) {
                return all;
            }
        }
    }

    private static List<Integer> remaining(JsonObject balance) {
        return balance.getJsonArray("lots").stream()
                .map(l -> l.asJsonObject().getInt("remaining"))
                .toList();
    }

    private static long packFor(JsonArray packs, int points) {
        return packs.stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getInt("points") == points)
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private Instant serverNow() {
        return Instant.parse(fixtures.admin().get("/api/admin/clock").json().getString("now"));
    }

    private void sweep(String name) {
        var answer = fixtures.admin().post("/api/admin/sweeps/" + name, "");
        assertEquals(200, answer.status(), answer::toString);
    }

    static List<ProservClient.Answer> concurrently(int times, Callable<ProservClient.Answer> request) throws Exception {
        List<Callable<ProservClient.Answer>> requests = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            requests.add(request);
        }
        return concurrently(requests);
    }

    static List<ProservClient.Answer> concurrently(List<Callable<ProservClient.Answer>> requests) throws Exception {
        var pool = Executors.newFixedThreadPool(requests.size());
        try {
            var start = new CountDownLatch(1);
            List<Future<ProservClient.Answer>> futures = new ArrayList<>();
            for (var request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<ProservClient.Answer> answers = new ArrayList<>();
            for (var future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
