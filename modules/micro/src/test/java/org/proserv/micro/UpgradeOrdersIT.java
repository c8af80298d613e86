package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.micro.PointsIT.concurrently;
import static org.proserv.micro.TicketLifecycleIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Upgrade orders over HTTP: the basic path through every gate with a rejected check and its rework, the custom path
 * with both checks, staff (admin included) refused at every gate, payment by invoice before any work, the gate reminder
 * sent once however often the sweep runs, bad versions refused, and a customer seeing only their own orders.
 */
@ExtendWith(TestServer.Extension.class)
class UpgradeOrdersIT {

    private TestServer server;
    private Fixtures fixtures;
    private Fixtures.Staff specialist;
    private Fixtures.Staff pm;
    private Fixtures.Staff engineer;
    private String product;
    private long patchFor101;
    private long patchFor200;

    @BeforeEach
    void setUp(TestServer server) {
        this.server = server;
        this.fixtures = new Fixtures(server);
        this.specialist = fixtures.staff("upgrade_specialist");
        this.pm = fixtures.staff("project_manager");
        this.engineer = fixtures.staff("installation_engineer");
        this.product = TestServer.unique("Shop");
        long productId = fixtures.catalogueVersion(product, "1.0", "1.0.0");
        fixtures.catalogueVersion(product, "1.0", "1.0.1");
        fixtures.catalogueVersion(product, "2.0", "2.0.0");
        var erin = fixtures.staff("engineer");
        patchFor101 = patch(erin, productId, "1.0.1");
        patchFor200 = patch(erin, productId, "2.0.0");
        patch(erin, productId, "1.0.0");
    }

    @Test
    void theBasicPathPassesEveryGateOnlyWithTheCustomerAndReworksARejectedCheck() throws Exception {
        var alice = fixtures.customer();
        var shop = alice.client();

        // the request shows the upgrade pack: the patches after 1.0.0 up to 2.0.0
        var created = shop.post("/api/upgrades", upgrade("1.0.0", "2.0.0", false));
        assertEquals(201, created.status(), created::toString);
        long order = created.id();
        var pack = created.json().getJsonObject("upgradePack");
        assertEquals(List.of("1.0.1", "2.0.0"), strings(pack, "versions"));
        assertEquals(
                List.of(patchFor101, patchFor200),
                pack.getJsonArray("patches").stream()
                        .map(p -> p.asJsonObject().getJsonNumber("id").longValue())
                        .toList());
        assertEquals("REQUESTED", created.json().getString("status"));
        assertTrue(waitsOnNoGate(created.json()), created::toString);

        // steps out of order: 409 naming the allowed steps as a JSON array; the wrong role: 403
        var early = engineer.client().post("/api/upgrades/" + order + "/schedule", schedule(Duration.ofDays(1)));
        assertRule(409, "step-out-of-order", early);
        assertEquals(List.of("estimate"), strings(early.json(), "allowedSteps"));
        assertProblem(403, pm.client().post("/api/upgrades/" + order + "/estimate", estimate("450.00", true)));

        // examination and estimate: the order waits on the customer's confirmation, and says since when
        var estimated = specialist.client().post("/api/upgrades/" + order + "/estimate", estimate("450.00", true));
        assertEquals(200, estimated.status(), estimated::toString);
        var view = estimated.json();
        assertEquals("AWAITING_CONFIRMATION", view.getString("status"));
        assertEquals("CONFIRMATION", view.getJsonObject("waitingOn").getString("gate"));
        assertTrue(serverNowWithin(view.getJsonObject("waitingOn").getString("since")), view::toString);
        assertTrue(view.getJsonObject("estimate").getBoolean("minorDesignChanges"));
        assertEquals(List.of("confirmation"), strings(view, "allowedSteps"));
        assertStaffRefusedAt(order, "CONFIRMATION");

        // the customer rejects the estimate: back to examination, a new estimate, history kept
        assertField(400, "notes", decide(shop, order, "CONFIRMATION", "REJECT", null));
        var rejected = decide(shop, order, "CONFIRMATION", "REJECT", "Too expensive for us");
        assertEquals(200, rejected.status(), rejected::toString);
        assertEquals("REQUESTED", rejected.json().getString("status"));
        specialist.client().post("/api/upgrades/" + order + "/estimate", estimate("380.00", false));
        var confirmed = decide(shop, order, "CONFIRMATION", "PASS", null);
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals("AWAITING_PAYMENT", confirmed.json().getString("status"));
        long invoice = confirmed.json().getJsonNumber("invoiceId").longValue();

        // no work before payment; the invoice is the customer's, for the estimate; paying it moves the order
        assertRule(
                409,
                "step-out-of-order",
                engineer.client().post("/api/upgrades/" + order + "/schedule", schedule(Duration.ofDays(1))));
        var bill = shop.get("/api/invoices/" + invoice).json().getJsonObject("invoice");
        assertEquals("380.00", bill.getJsonObject("amount").getString("amount"));
        var paid = fixtures.admin()
                .withHeader("Idempotency-Key", TestServer.unique("pay"))
                .post(
                        "/api/invoices/" + invoice + "/payments",
                        Json.createObjectBuilder()
                                .add("amount", money("380.00"))
                                .build());
        assertEquals(201, paid.status(), paid::toString);
        assertEquals("PAID", shop.get("/api/upgrades/" + order).json().getString("status"));

        // scheduled, the basic upgrade on the vendor's servers, the customer's check (staff refused), rejected
        assertEquals(
                200,
                engineer.client()
                        .post("/api/upgrades/" + order + "/schedule", schedule(Duration.ofDays(1)))
                        .status());
        assertEquals(200, done(specialist.client(), order, "basic-upgrade-done").status());
        assertStaffRefusedAt(order, "RESULT_CHECK");
        var reworked = decide(shop, order, "RESULT_CHECK", "REJECT", "The cart page is blank");
        assertEquals("SCHEDULED", reworked.json().getString("status"));
        assertTrue(waitsOnNoGate(reworked.json()), reworked::toString);
        assertEquals(200, done(specialist.client(), order, "basic-upgrade-done").status());
        assertEquals(200, decide(shop, order, "RESULT_CHECK", "PASS", null).status());

        // the upload confirmation, staff refused; then the upload with data synchronization
        assertStaffRefusedAt(order, "UPLOAD_CONFIRMATION");
        assertRule(409, "step-out-of-order", done(engineer.client(), order, "upload-done"));
        assertEquals(
                200, decide(shop, order, "UPLOAD_CONFIRMATION", "PASS", null).status());
        var finished = done(engineer.client(), order, "upload-done");
        assertEquals("DONE", finished.json().getString("status"));
        assertEquals(
                List.of(
                        "request",
                        "estimate",
                        "confirmation",
                        "estimate",
                        "confirmation",
                        "payment",
                        "schedule",
                        "basic-upgrade-done",
                        "result-check",
                        "basic-upgrade-done",
                        "result-check",
                        "upload-confirmation",
                        "upload-done"),
                finished.json().getJsonArray("history").stream()
                        .map(h -> h.asJsonObject().getString("step"))
                        .toList());
        var rejection = finished.json().getJsonArray("history").getJsonObject(8);
        assertEquals("REJECTED", rejection.getString("outcome"));
        assertEquals("The cart page is blank", rejection.getString("notes"));
        assertEquals(1, inbox(shop, "UPGRADE_DONE", order).size());
        assertEquals(5, inbox(shop, "UPGRADE_GATE_REACHED", order).size(), "each time a gate was reached");
    }

    @Test
    void theCustomPathReimplementsAfterTheBasicUpgradeAndChecksTheCustomFeaturesBeforeTheUpload() {
        var bob = fixtures.customer();
        var shop = bob.client();
        var created = shop.post("/api/upgrades", upgrade("1.0.1", "2.0.0", true));
        assertEquals(201, created.status(), created::toString);
        long order = created.id();
        assertTrue(created.json().getBoolean("customPath"));
        assertEquals(List.of("estimate", "reimplementation-estimate"), strings(created.json(), "allowedSteps"));

        // the specialist's estimate marks the third-party module; the project manager's adds the re-implementation
        var first = specialist
                .client()
                .post(
                        "/api/upgrades/" + order + "/estimate",
                        Json.createObjectBuilder(estimate("400.00", false))
                                .add(
                                        "thirdParty",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("modification", 2)
                                                        .add("reason", "Acme reviews is third-party software")))
                                .build());
        assertEquals(200, first.status(), first::toString);
        assertEquals("REQUESTED", first.json().getString("status"), "waits for the project manager");
        var acme = first.json().getJsonArray("customModifications").getJsonObject(2);
        assertTrue(acme.getBoolean("thirdParty"));
        assertEquals("Acme reviews is third-party software", acme.getString("excludedReason"));
        assertProblem(
                403,
                specialist.client().post("/api/upgrades/" + order + "/reimplementation-estimate", reimplementation()));
        var both = pm.client().post("/api/upgrades/" + order + "/reimplementation-estimate", reimplementation());
        assertEquals(200, both.status(), both::toString);
        assertEquals("AWAITING_CONFIRMATION", both.json().getString("status"));
        assertEquals(
                "650.00",
                both.json().getJsonObject("estimate").getJsonObject("total").getString("amount"));

        long invoice = decide(shop, order, "CONFIRMATION", "PASS", null)
                .json()
                .getJsonNumber("invoiceId")
                .longValue();
        assertEquals(
                201,
                fixtures.admin()
                        .post(
                                "/api/invoices/" + invoice + "/payments",
                                Json.createObjectBuilder()
                                        .add("amount", money("650.00"))
                                        .build())
                        .status());
        engineer.client().post("/api/upgrades/" + order + "/schedule", schedule(Duration.ofHours(2)));
        done(engineer.client(), order, "basic-upgrade-done");
        var checked = decide(shop, order, "RESULT_CHECK", "PASS", null);
        assertEquals("REIMPLEMENTING", checked.json().getString("status"));
        assertRule(409, "step-out-of-order", decide(shop, order, "UPLOAD_CONFIRMATION", "PASS", null));

        assertEquals(200, done(pm.client(), order, "reimplementation-done").status());
        assertStaffRefusedAt(order, "CUSTOM_CHECK");
        assertEquals(
                "REIMPLEMENTING",
                decide(shop, order, "CUSTOM_CHECK", "REJECT", "Gift wrapping is missing")
                        .json()
                        .getString("status"));
        done(pm.client(), order, "reimplementation-done");
        assertEquals(
                "AWAITING_UPLOAD_CONFIRMATION",
                decide(shop, order, "CUSTOM_CHECK", "PASS", null).json().getString("status"));
        assertStaffRefusedAt(order, "UPLOAD_CONFIRMATION");
        decide(shop, order, "UPLOAD_CONFIRMATION", "PASS", null);
        assertEquals(
                "DONE", done(engineer.client(), order, "upload-done").json().getString("status"));
    }

    @Test
    void aCustomerWaitingAtAGateLongerThanSevenDaysIsRemindedOnce() throws Exception {
        var carol = fixtures.customer();
        long order = carol.client()
                .post("/api/upgrades", upgrade("1.0.0", "1.0.1", false))
                .id();
        var atGate = specialist.client().post("/api/upgrades/" + order + "/estimate", estimate("200.00", false));
        Instant since = Instant.parse(atGate.json().getJsonObject("waitingOn").getString("since"));

        // a moment before seven days have passed: not yet (the boundary instant itself is held in UpgradeOrderTest)
        server.advanceClock(
                Duration.between(serverNow(), since.plus(Duration.ofDays(7)).minusSeconds(5)));
        sweep();
        assertEquals(0, inbox(carol.client(), "UPGRADE_GATE_REMINDER", order).size());

        server.advanceClock(Duration.ofSeconds(6));
        concurrently(3, () -> fixtures.admin().post("/api/admin/sweeps/upgrade-gate-reminders", ""))
                .forEach(a -> assertEquals(200, a.status(), a::toString));
        sweep();
        assertEquals(1, inbox(carol.client(), "UPGRADE_GATE_REMINDER", order).size(), "reminded once");
        var waiting = carol.client().get("/api/upgrades/" + order).json().getJsonObject("waitingOn");
        assertEquals("CONFIRMATION", waiting.getString("gate"));
        assertTrue(waiting.containsKey("remindedAt") && !waiting.isNull("remindedAt"), waiting::toString);
    }

    @Test
    void badVersionsAreRefusedNamingTheFieldAndACustomerSeesOnlyTheirOwnOrders() {
        var dave = fixtures.customer();
        var eve = fixtures.customer();
        var older = dave.client().post("/api/upgrades", upgrade("2.0.0", "1.0.1", false));
        assertField(400, "targetVersion", older);
        assertField(400, "targetVersion", dave.client().post("/api/upgrades", upgrade("1.0.0", "9.9.9", false)));
        assertField(400, "currentVersion", dave.client().post("/api/upgrades", upgrade("0.0.1", "2.0.0", false)));
        var unknownField = Json.createObjectBuilder(upgrade("1.0.0", "2.0.0", false))
                .add("discount", 50)
                .build();
        assertProblem(400, dave.client().post("/api/upgrades", unknownField));
        assertProblem(403, specialist.client().post("/api/upgrades", upgrade("1.0.0", "2.0.0", false)));

        long order = dave.client()
                .post("/api/upgrades", upgrade("1.0.0", "2.0.0", false))
                .id();
        assertProblem(404, eve.client().get("/api/upgrades/" + order));
        specialist.client().post("/api/upgrades/" + order + "/estimate", estimate("100.00", false));
        assertProblem(404, decide(eve.client(), order, "CONFIRMATION", "PASS", null));
        assertEquals(
                "AWAITING_CONFIRMATION",
                dave.client().get("/api/upgrades/" + order).json().getString("status"));
        assertTrue(
                eve.client().get("/api/upgrades").json().getJsonArray("items").isEmpty());
        assertEquals(
                List.of(order),
                dave.client().get("/api/upgrades").json().getJsonArray("items").stream()
                        .map(o -> o.asJsonObject().getJsonNumber("id").longValue())
                        .toList());
        assertTrue(
                eve.client()
                        .get("/api/upgrades?customerId=" + dave.id())
                        .json()
                        .getJsonArray("items")
                        .isEmpty(),
                "a customer's list is their own whatever they ask");
    }

    // ---- helpers

    /** Every staff role, admin included, is refused at the gate, passing or rejecting; nothing moves. */
    private void assertStaffRefusedAt(long order, String gate) {
        var before = fixtures.admin().get("/api/upgrades/" + order).json().getString("status");
        for (var staff : List.of(fixtures.admin(), specialist.client(), pm.client(), engineer.client())) {
            assertProblem(403, decide(staff, order, gate, "PASS", null));
            assertProblem(403, decide(staff, order, gate, "REJECT", "not mine to reject"));
        }
        assertEquals(
                before, fixtures.admin().get("/api/upgrades/" + order).json().getString("status"));
    }

    private long patch(Fixtures.Staff who, long productId, String version) {
        var answer = who.client()
                .post(
                        "/api/patches",
                        Json.createObjectBuilder()
                                .add("productId", productId)
                                .add("kind", "BUG_FIX")
                                .add("title", "Fix for " + version + " " + TestServer.unique("p"))
                                .add("versions", Json.createArrayBuilder().add(version))
                                .add("manualOnly", false)
                                .add("files", Json.createArrayBuilder())
                                .add("prerequisites", Json.createArrayBuilder())
                                .build());
        assertEquals(201, answer.status(), answer::toString);
        return answer.id();
    }

    private JsonObject upgrade(String current, String target, boolean custom) {
        var body = Json.createObjectBuilder()
                .add("product", product)
                .add("currentVersion", current)
                .add("targetVersion", target)
                .add("storeUrl", "https://shop.example.com");
        if (custom) {
            JsonArrayBuilder mods = Json.createArrayBuilder()
                    .add(modification("FEATURE", "Gift wrapping"))
                    .add(modification("SKIN", "Winter skin"))
                    .add(modification("FEATURE", "Acme reviews"));
            body.add("customModifications", mods).add("reimplementationWanted", true);
        }
        return body.build();
    }

    private static JsonObject modification(String kind, String name) {
        return Json.createObjectBuilder().add("kind", kind).add("name", name).build();
    }

    private static JsonObject estimate(String price, boolean minorDesign) {
        return Json.createObjectBuilder()
                .add("price", money(price))
                .add("minorDesignChanges", minorDesign)
                .add("notes", "Examined on a copy of the store")
                .build();
    }

    private static JsonObject reimplementation() {
        return Json.createObjectBuilder()
                .add("featuresPrice", money("180.00"))
                .add("designPrice", money("70.00"))
                .build();
    }

    private JsonObject schedule(Duration fromNow) {
        return Json.createObjectBuilder()
                .add("scheduledFor", serverNow().plus(fromNow).toString())
                .build();
    }

    private static JsonObject money(String amount) {
        return Json.createObjectBuilder()
                .add("amount", amount)
                .add("currency", "USD")
                .build();
    }

    private static ProservClient.Answer decide(
            ProservClient who, long order, String gate, String decision, String notes) {
        var body = Json.createObjectBuilder().add("gate", gate).add("decision", decision);
        if (notes != null) {
            body.add("notes", notes);
        }
        return who.post("/api/upgrades/" + order + "/gate-decisions", body.build());
    }

    private static ProservClient.Answer done(ProservClient who, long order, String step) {
        return who.post(
                "/api/upgrades/" + order + "/" + step,
                Json.createObjectBuilder().build());
    }

    private static void assertRule(int status, String rule, ProservClient.Answer answer) {
        assertProblem(status, answer);
        assertEquals(rule, answer.json().getString("rule", null), answer::toString);
    }

    private static void assertField(int status, String field, ProservClient.Answer answer) {
        assertProblem(status, answer);
        assertEquals(
                field, answer.json().getJsonArray("errors").getJsonObject(0).getString("field"), answer::toString);
    }

    private static List<String> strings(JsonObject json, String name) {
        return json.getJsonArray(name).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private List<JsonObject> inbox(ProservClient who, String kind, long order) {
        return who.get("/api/inbox?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(n -> n.getString("kind").equals(kind))
                .filter(n -> n.getString("subject").equals("upgrade-order:" + order))
                .toList();
    }

    private static boolean waitsOnNoGate(JsonObject order) {
        return !order.containsKey("waitingOn") || order.isNull("waitingOn");
    }

    private boolean serverNowWithin(String since) {
        var at = Instant.parse(since);
        return !at.isAfter(serverNow()) && at.isAfter(serverNow().minusSeconds(60));
    }

    private Instant serverNow() {
        return Instant.parse(fixtures.admin().get("/api/admin/clock").json().getString("now"));
    }

    private void sweep() {
        var answer = fixtures.admin().post("/api/admin/sweeps/upgrade-gate-reminders", "");
        assertEquals(200, answer.status(), answer::toString);
    }
}
