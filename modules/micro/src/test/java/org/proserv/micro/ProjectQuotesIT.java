package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.micro.PointsIT.concurrently;
import static org.proserv.micro.TicketLifecycleIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Projects from a request for a quote to its payment: the discussion, quote versions, validity to the second,
 * acceptance, the payment plan's invoices, idempotent and concurrent payments, an additional quote; who may do what,
 * and that a customer sees only their own.
 */
@ExtendWith(TestServer.Extension.class)
class ProjectQuotesIT {

    private TestServer server;
    private Fixtures fixtures;
    private Fixtures.Staff quinn;

    @BeforeEach
    void setUp(TestServer server) {
        this.server = server;
        this.fixtures = new Fixtures(server);
        this.quinn = fixtures.staff("quote_manager");
    }

    @Test
    void fromRequestThroughRevisionExpiryAcceptanceAndPaymentToAnAdditionalQuote() throws Exception {
        var alice = fixtures.customer();
        var shop = alice.client();

        // the request, with everything the quote manager needs, and its free discussion in order
        var created = shop.post("/api/project-requests", request("DEVELOPMENT", "Shipping labels"));
        assertEquals(201, created.status(), created::toString);
        long request = created.id();
        var read = created.json();
        assertEquals(alice.id(), read.getJsonNumber("customerId").longValue());
        assertEquals(List.of("https://carrier.example/manual.pdf"), strings(read.getJsonArray("integrationManuals")));
        assertEquals(
                "a freelancer",
                read.getJsonArray("earlierCustomizations").getJsonObject(0).getString("by"));
        assertEquals(201, message(shop, request, "Return labels too?").status());
        assertEquals(
                201, message(quinn.client(), request, "Yes; which carrier?").status());
        assertEquals(201, message(shop, request, "UPS").status());
        var discussion =
                shop.get("/api/project-requests/" + request + "/messages").array();
        assertEquals(
                List.of(1, 2, 3),
                discussion.stream().map(m -> m.asJsonObject().getInt("seq")).toList());
        assertEquals(
                List.of(false, true, false),
                discussion.stream()
                        .map(m -> m.asJsonObject().getBoolean("fromStaff"))
                        .toList());

        // v1, then new details: v2 at a higher price, v1 superseded and still readable
        var v1 = quinn.client().post("/api/project-requests/" + request + "/quotes", quote(parts("600.00", "300.00")));
        assertEquals(201, v1.status(), v1::toString);
        long quote = v1.id();
        var sent = v1.json().getJsonObject("newest");
        assertEquals("900.00", sent.getJsonObject("total").getString("amount"));
        assertEquals(
                Instant.parse(sent.getString("sentAt"))
                        .atZone(ZoneOffset.ofHours(4))
                        .plusMonths(2)
                        .toInstant(),
                Instant.parse(sent.getString("validUntil")),
                "valid two calendar months in the calendar's zone");
        assertTrue(sent.getString("guaranteeScope").contains("not guaranteed for any other version"));
        var v2 = quinn.client().post("/api/quotes/" + quote + "/revisions", quote(parts("600.00", "400.00")));
        assertEquals(201, v2.status(), v2::toString);
        assertEquals(2, v2.json().getJsonObject("newest").getInt("number"));
        var first = shop.get("/api/quotes/" + quote + "/versions/1").json();
        assertEquals("SUPERSEDED", first.getString("status"));
        assertEquals("900.00", first.getJsonObject("total").getString("amount"));
        assertEquals(
                List.of("SENT", "SUPERSEDED", "SENT"),
                shop.get("/api/quotes/" + quote).json().getJsonArray("history").stream()
                        .map(h -> h.asJsonObject().getString("status"))
                        .toList());
        assertRule(409, "quote-superseded", accept(shop, quote, 1));

        // another quote, sent a little later, for the expiry at its validUntil
        long other = shop.post("/api/project-requests", request("DESIGN_INTEGRATION", "Integrate our design"))
                .id();
        var late = quinn.client().post("/api/project-requests/" + other + "/quotes", quote(List.of()));
        assertEquals(201, late.status(), late::toString);
        long lateQuote = late.id();

        // one second before v2's validUntil it is accepted; the plan's parts are its invoices
        Instant validUntil = Instant.parse(v2.json().getJsonObject("newest").getString("validUntil"));
        server.advanceClock(Duration.between(serverNow(), validUntil.minusSeconds(1)));
        var accepted = accept(shop, quote, 2);
        assertEquals(201, accepted.status(), accepted::toString);
        long project =
                accepted.json().getJsonObject("project").getJsonNumber("id").longValue();
        var invoices = accepted.json().getJsonArray("invoices");
        assertEquals(
                List.of("600.00", "400.00"),
                invoices.stream()
                        .map(i -> i.asJsonObject().getJsonObject("amount").getString("amount"))
                        .toList());
        assertRule(409, "quote-already-accepted", accept(shop, quote, 2));
        assertRule(409, "quote-accepted", quinn.client().post("/api/quotes/" + quote + "/revisions", quote(List.of())));

        // at the other quote's validUntil it is refused, before any sweep; the sweep then tells the customer once
        Instant otherUntil = Instant.parse(late.json().getJsonObject("newest").getString("validUntil"));
        server.advanceClock(Duration.between(serverNow(), otherUntil));
        assertRule(409, "quote-expired", accept(shop, lateQuote, 1));
        assertEquals("EXPIRED", shop.get("/api/quotes/" + lateQuote).json().getString("status"));
        concurrently(3, () -> fixtures.admin().post("/api/admin/sweeps/quote-expiry", ""))
                .forEach(a -> assertEquals(200, a.status(), a::toString));
        sweep();
        assertEquals(1, inbox(shop, "QUOTE_EXPIRED").size(), "told once");
        assertEquals(
                "EXPIRED",
                shop.get("/api/quotes/" + lateQuote).json().getJsonArray("history").stream()
                        .map(h -> h.asJsonObject().getString("status"))
                        .reduce((a, b) -> b)
                        .orElseThrow());

        // payments: exact amount only, once, whatever arrives at the same moment
        long part1 = invoices.getJsonObject(0).getJsonNumber("id").longValue();
        long part2 = invoices.getJsonObject(1).getJsonNumber("id").longValue();
        var wrong = pay(quinn.client(), part1, "600.01", null);
        assertRule(422, "exact-amount-due", wrong);
        assertEquals(
                "amount", wrong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        String key = "pay-" + UUID.randomUUID();
        var duplicates = concurrently(6, () -> pay(quinn.client(), part1, "600.00", key));
        var paid = duplicates.stream().filter(a -> a.status() == 201).toList();
        assertFalse(paid.isEmpty(), duplicates::toString);
        duplicates.stream().filter(a -> a.status() != 201).forEach(a -> assertEquals(409, a.status(), a::toString));
        assertEquals(
                1,
                paid.stream()
                        .map(a -> a.json()
                                .getJsonObject("payment")
                                .getJsonNumber("id")
                                .longValue())
                        .collect(Collectors.toSet())
                        .size(),
                "every answer names the one payment");
        long payment =
                paid.get(0).json().getJsonObject("payment").getJsonNumber("id").longValue();
        var replay = pay(quinn.client(), part1, "600.00", key);
        assertEquals(201, replay.status(), replay::toString);
        assertEquals(
                payment,
                replay.json().getJsonObject("payment").getJsonNumber("id").longValue());
        assertRule(409, "invoice-already-paid", pay(quinn.client(), part1, "600.00", "another-" + key));
        var invoice = shop.get("/api/invoices/" + part1).json();
        assertEquals("PAID", invoice.getJsonObject("invoice").getString("status"));
        assertEquals(
                payment, invoice.getJsonObject("payment").getJsonNumber("id").longValue());

        var admin = fixtures.admin();
        var racing = concurrently(List.of(
                () -> pay(quinn.client(), part2, "400.00", "a-" + key),
                () -> pay(admin, part2, "400.00", "b-" + key),
                () -> pay(quinn.client(), part2, "400.00", null),
                () -> pay(admin, part2, "400.00", null)));
        assertEquals(1, racing.stream().filter(a -> a.status() == 201).count(), racing::toString);
        racing.stream().filter(a -> a.status() != 201).forEach(a -> assertRule(409, "invoice-already-paid", a));
        assertEquals(
                1,
                inbox(shop, "INVOICE_PAID").stream()
                        .filter(n -> n.contains("invoice " + part2))
                        .count());

        // new details after payment: an additional quote of the project, its own invoice, the paid ones unchanged
        var additional = quinn.client().post("/api/projects/" + project + "/quotes", quote(List.of()));
        assertEquals(201, additional.status(), additional::toString);
        assertTrue(additional.json().getBoolean("additional"));
        var extra = accept(shop, additional.id(), 1);
        assertEquals(201, extra.status(), extra::toString);
        assertEquals(
                project,
                extra.json().getJsonObject("project").getJsonNumber("id").longValue());
        var detail = shop.get("/api/projects/" + project).json();
        assertEquals(2, detail.getJsonArray("quotes").size());
        assertEquals(
                List.of("PAID:600.00", "PAID:400.00", "ISSUED:300.00"),
                detail.getJsonArray("invoices").stream()
                        .map(JsonValue::asJsonObject)
                        .map(i -> i.getString("status") + ":"
                                + i.getJsonObject("amount").getString("amount"))
                        .toList());
        assertEquals(
                2,
                shop.get("/api/quotes/" + quote).json().getJsonArray("versions").size());
    }

    @Test
    void designCreationIsInvoicedFortyThenSixtyPercentAndAdditionalQuotesWaitForPayment() {
        var customer = fixtures.customer();
        long request = customer.client()
                .post("/api/project-requests", request("DESIGN_CREATION", "A new skin"))
                .id();
        var quote = quinn.client().post("/api/project-requests/" + request + "/quotes", quote(List.of(), "333.33"));
        assertEquals(201, quote.status(), quote::toString);
        assertEquals(
                List.of("133.33", "200.00"),
                quote.json().getJsonObject("newest").getJsonArray("paymentPlan").stream()
                        .map(p -> p.asJsonObject().getJsonObject("amount").getString("amount"))
                        .toList());
        var accepted = accept(customer.client(), quote.id(), 1);
        assertEquals(201, accepted.status(), accepted::toString);
        assertEquals(
                List.of("133.33", "200.00"),
                accepted.json().getJsonArray("invoices").stream()
                        .map(i -> i.asJsonObject().getJsonObject("amount").getString("amount"))
                        .toList());
        long project =
                accepted.json().getJsonObject("project").getJsonNumber("id").longValue();
        assertRule(
                409,
                "additional-quote-after-payment",
                quinn.client().post("/api/projects/" + project + "/quotes", quote(List.of())));

        var split =
                quinn.client().post("/api/project-requests/" + request + "/quotes", quote(parts("300.00", "300.00")));
        assertProblem(400, split);
        assertEquals(
                "parts", split.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aCustomerSeesOnlyTheirOwnAndEachRoleOnlyItsSteps() {
        var alice = fixtures.customer();
        var bob = fixtures.customer();
        long request = alice.client()
                .post("/api/project-requests", request("DEVELOPMENT", "Mine"))
                .id();
        var quote = quinn.client().post("/api/project-requests/" + request + "/quotes", quote(List.of()));
        long quoteId = quote.id();
        var developer = fixtures.staff("developer");
        var director = fixtures.staff("director");

        // another customer's objects do not exist for bob
        for (var answer : List.of(
                bob.client().get("/api/project-requests/" + request),
                bob.client().get("/api/project-requests/" + request + "/messages"),
                message(bob.client(), request, "hello"),
                bob.client().get("/api/quotes/" + quoteId),
                bob.client().get("/api/quotes/" + quoteId + "/versions/1"),
                accept(bob.client(), quoteId, 1))) {
            assertProblem(404, answer);
        }
        assertEquals(
                0, bob.client().get("/api/quotes").json().getJsonArray("items").size());
        assertEquals(
                0,
                bob.client()
                        .get("/api/project-requests")
                        .json()
                        .getJsonArray("items")
                        .size());

        // roles: only quote managers write quotes, only the customer accepts, only billing staff record payments
        assertProblem(403, developer.client().post("/api/project-requests/" + request + "/quotes", quote(List.of())));
        assertProblem(403, alice.client().post("/api/project-requests/" + request + "/quotes", quote(List.of())));
        assertProblem(403, accept(quinn.client(), quoteId, 1));
        assertProblem(403, accept(fixtures.admin(), quoteId, 1));
        var accepted = accept(alice.client(), quoteId, 1);
        assertEquals(201, accepted.status(), accepted::toString);
        long project =
                accepted.json().getJsonObject("project").getJsonNumber("id").longValue();
        long invoice = accepted.json()
                .getJsonArray("invoices")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertProblem(403, pay(director.client(), invoice, "300.00", null));
        assertProblem(403, pay(alice.client(), invoice, "300.00", null));
        assertProblem(403, pay(developer.client(), invoice, "300.00", null));
        assertProblem(404, bob.client().get("/api/projects/" + project));
        assertProblem(404, bob.client().get("/api/invoices/" + invoice));
        assertEquals(200, developer.client().get("/api/projects/" + project).status());
        assertEquals(
                "ISSUED",
                alice.client()
                        .get("/api/invoices/" + invoice)
                        .json()
                        .getJsonObject("invoice")
                        .getString("status"));

        // bad input is named and changes nothing
        var unknownVersion = alice.client()
                .post(
                        "/api/project-requests",
                        Json.createObjectBuilder(request("DEVELOPMENT", "x"))
                                .add("productVersion", "99.99")
                                .build());
        assertProblem(400, unknownVersion);
        assertEquals(
                "productVersion",
                unknownVersion.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        var stringHours = quinn.client()
                .post(
                        "/api/project-requests/" + request + "/quotes",
                        quote(List.of()).toString().replace("\"hours\":12", "\"hours\":\"12\""));
        assertProblem(400, stringHours);
        var tooPrecise = pay(quinn.client(), invoice, "300.001", null);
        assertProblem(400, tooPrecise);
        var unknownField = quinn.client()
                .post(
                        "/api/invoices/" + invoice + "/payments",
                        "{\"amount\":{\"amount\":\"300.00\",\"currency\":\"USD\"},\"discount\":true}");
        assertProblem(400, unknownField);
        assertEquals(
                "ISSUED",
                alice.client()
                        .get("/api/invoices/" + invoice)
                        .json()
                        .getJsonObject("invoice")
                        .getString("status"));
        assertEquals(
                1,
                alice.client()
                        .get("/api/quotes?requestId=" + request)
                        .json()
                        .getJsonArray("items")
                        .size());
    }

    private static JsonObject request(String kind, String title) {
        return Json.createObjectBuilder()
                .add("kind", kind)
                .add("title", title)
                .add("desiredFeatures", "Print a shipping label from the order page")
                .add("workflows", "Order paid -> label printed -> parcel shipped")
                .add("integrationManuals", Json.createArrayBuilder().add("https://carrier.example/manual.pdf"))
                .add("storeUrl", "https://shop.example")
                .add("product", Fixtures.PRODUCT)
                .add("productVersion", Fixtures.VERSION)
                .add("similarSites", Json.createArrayBuilder().add("https://other.example/labels"))
                .add("otherPrograms", Json.createArrayBuilder().add("Mailchimp"))
                .add(
                        "earlierCustomizations",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("by", "a freelancer")
                                        .add("what", "changed the checkout template")))
                .build();
    }

    private static List<JsonObject> parts(String... amounts) {
        return Arrays.stream(amounts)
                .map(a -> Json.createObjectBuilder()
                        .add("scope", "part of " + a)
                        .add("amount", money(a))
                        .build())
                .toList();
    }

    /** A quote whose total is the parts' sum, or 300.00 without parts. */
    private static JsonObject quote(List<JsonObject> parts) {
        long cents = parts.stream()
                .mapToLong(p ->
                        Math.round(Double.parseDouble(p.getJsonObject("amount").getString("amount")) * 100))
                .sum();
        return quote(parts, cents == 0 ? "300.00" : String.format("%d.%02d", cents / 100, cents % 100));
    }

    private static JsonObject quote(List<JsonObject> parts, String total) {
        var partArray = Json.createArrayBuilder();
        parts.forEach(partArray::add);
        return Json.createObjectBuilder()
                .add(
                        "items",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("description", "The work")
                                        .add("hours", 12)
                                        .add("price", money(total))))
                .add("timeframeDays", 20)
                .add(
                        "base",
                        Json.createObjectBuilder()
                                .add("product", Fixtures.PRODUCT)
                                .add("version", Fixtures.VERSION)
                                .add("modules", Json.createArrayBuilder().add("One Page Checkout"))
                                .add("skin", "Classic"))
                .add("parts", partArray)
                .build();
    }

    private static JsonObject money(String amount) {
        return Json.createObjectBuilder()
                .add("amount", amount)
                .add("currency", "USD")
                .build();
    }

    private static ProservClient.Answer message(ProservClient who, long request, String body) {
        return who.post(
                "/api/project-requests/" + request + "/messages",
                Json.createObjectBuilder().add("body", body).build());
    }

    private static ProservClient.Answer accept(ProservClient who, long quote, int version) {
        return who.post(
                "/api/quotes/" + quote + "/acceptance",
                Json.createObjectBuilder().add("version", version).build());
    }

    private static ProservClient.Answer pay(ProservClient who, long invoice, String amount, String key) {
        var client = key == null ? who : who.withHeader("Idempotency-Key", key);
        return client.post(
                "/api/invoices/" + invoice + "/payments",
                Json.createObjectBuilder().add("amount", money(amount)).build());
    }

    private static void assertRule(int status, String rule, ProservClient.Answer answer) {
        assertProblem(status, answer);
        assertEquals(rule, answer.json().getString("rule", null), answer::toString);
    }

    private List<String> inbox(ProservClient who, String kind) {
        return who.get("/api/inbox?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(n -> n.getString("kind").equals(kind))
                .map(n -> n.getString("message"))
                .toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private Instant serverNow() {
        return Instant.parse(fixtures.admin().get("/api/admin/clock").json().getString("now"));
    }

    private void sweep() {
        var answer = fixtures.admin().post("/api/admin/sweeps/quote-expiry", "");
        assertEquals(200, answer.status(), answer::toString);
    }
}
