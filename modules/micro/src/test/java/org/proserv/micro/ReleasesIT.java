package org.proserv.micro;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.micro.TicketLifecycleIT.assertProblem;

/**
 * The releases context over HTTP: versions and their status, patches and the guarantee rule, patch
 * plans, the security view, upgrade packs, the bug tracker and the ideas board. Every test makes a
 * product of its own; dates are relative to the server's clock.
 */
@ExtendWith(TestServer.Extension.class)
class ReleasesIT {

    private TestServer server;
    private Fixtures fixtures;
    private ProservClient admin;
    private ProservClient anonymous;
    private Instant now;

    @BeforeEach
    void setUp(TestServer server) {
        this.server = server;
        this.fixtures = new Fixtures(server);
        this.admin = fixtures.admin();
        this.anonymous = server.anonymous();
        this.now = serverNow();
    }

    private Instant serverNow() {
        return Instant.parse(admin.get("/api/admin/clock").json().getString("now"));
    }

    /** A product with branches 4.6, 4.7 and 5.0 and versions released the given days ago. */
    private long product(Map<String, Long> versionsDaysAgo) {
        var created = admin.post("/api/products", Json.createObjectBuilder().add("name", TestServer.unique("Cart")).build());
        assertEquals(201, created.status(), created::toString);
        long id = created.id();
        for (String branch : List.of("4.6", "4.7", "5.0")) {
            var answer = admin.post("/api/products/" + id + "/branches", Json.createObjectBuilder().add("name", branch).build());
            assertEquals(201, answer.status(), answer::toString);
        }
        versionsDaysAgo.forEach((version, days) -> addVersion(id, version, now.minus(Duration.ofDays(days))));
        return id;
    }

    private void addVersion(long product, String version, Instant releasedAt) {
        var answer = admin.post("/api/products/" + product + "/versions", Json.createObjectBuilder()
                .add("branch", version.substring(0, 3)).add("name", version).add("releasedAt", releasedAt.toString()).build());
        assertEquals(201, answer.status(), answer::toString);
    }

    private long standardProduct() {
        return product(Map.of("4.6.5", 800L, "4.7.11", 200L, "4.7.12", 20L, "5.0.0", 5L));
    }

    private static Map<String, JsonObject> byName(jakarta.json.JsonArray versions) {
        return versions.stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(v -> v.getString("name"), v -> v));
    }

    private JsonObject publish(ProservClient who, long product, String kind, String severity, List<String> versions,
                               Map<String, String> files, List<Long> prerequisites, boolean manualOnly, int expected) {
        var body = Json.createObjectBuilder().add("productId", product).add("kind", kind)
                .add("title", "Fix " + TestServer.unique("p")).add("versions", array(versions))
                .add("manualOnly", manualOnly);
        if (severity != null) {
            body.add("severity", severity);
        }
        var fileArray = Json.createArrayBuilder();
        files.forEach((path, checksum) -> fileArray.add(Json.createObjectBuilder().add("path", path).add("checksum", checksum)));
        body.add("files", fileArray);
        var pre = Json.createArrayBuilder();
        prerequisites.forEach(pre::add);
        body.add("prerequisites", pre);
        var answer = who.post("/api/patches", body.build());
        assertEquals(expected, answer.status(), answer::toString);
        return answer.json();
    }

    private static JsonArrayBuilder array(List<String> values) {
        var array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    @Test
    void versionsArePublicWithTheirStatusComputedFromTheClock() {
        long product = standardProduct();
        // one version one hour short of its first anniversary (counted in calendar years, UTC)
        Instant almostAYear = now.atZone(ZoneOffset.UTC).minusYears(1).plusHours(1).toInstant();
        addVersion(product, "4.7.10", almostAYear);

        var versions = anonymous.get("/api/products/" + product + "/versions");
        assertEquals(200, versions.status(), versions::toString);
        assertEquals(List.of("5.0.0", "4.7.12", "4.7.11", "4.7.10", "4.6.5"), versions.array().stream()
                .map(v -> v.asJsonObject().getString("name")).toList(), "newest first");
        var states = byName(versions.array());
        assertEquals("latest", states.get("5.0.0").getString("status"));
        assertEquals("obsolete", states.get("4.7.12").getString("status"));
        assertEquals("obsolete", states.get("4.7.10").getString("status"));
        assertEquals("outOfGuarantee", states.get("4.6.5").getString("status"));
        assertEquals("5.0.0", states.get("4.6.5").getString("upgradeTo"));
        assertFalse(states.get("4.7.12").containsKey("upgradeTo"));

        server.advanceClock(Duration.ofHours(2));
        var later = byName(anonymous.get("/api/products/" + product + "/versions").array());
        assertEquals("outOfGuarantee", later.get("4.7.10").getString("status"), "a year and an hour later");
        assertEquals("4.7.12", later.get("4.7.10").getString("upgradeTo"), "the newest supported release of its branch");
        assertEquals("outOfGuarantee", anonymous.get("/api/products/" + product + "/versions/4.7.10").json().getString("status"));
        assertProblem(404, anonymous.get("/api/products/" + product + "/versions/9.9.9"));
    }

    @Test
    void aTicketOnAnOutOfGuaranteeVersionOpensAndShowsItsLabel() {
        long product = standardProduct();
        String productName = admin.get("/api/products/" + product).json().getString("name");
        var customer = fixtures.customer(true, productName, "4.6.5");
        var ticket = fixtures.openTicket(customer, "Old store");
        var label = ticket.getJsonObject("versionLabel");
        assertEquals("outOfGuarantee", label.getString("status"));
        assertTrue(label.containsKey("upgradeTo"), ticket::toString);
    }

    @Test
    void onlyAdminsManageTheCatalogue() {
        long product = standardProduct();
        var customer = fixtures.customer();
        assertProblem(401, anonymous.post("/api/products", "{\"name\":\"X\"}"));
        assertProblem(403, customer.client().post("/api/products", "{\"name\":\"X\"}"));
        assertProblem(403, fixtures.staff("engineer").client().post("/api/products/" + product + "/branches", "{\"name\":\"6.0\"}"));
        assertProblem(409, admin.post("/api/products/" + product + "/branches", "{\"name\":\"4.7\"}"));
        assertProblem(409, admin.post("/api/products/" + product + "/versions", Json.createObjectBuilder()
                .add("branch", "4.7").add("name", "4.7.12").add("releasedAt", now.toString()).build()));
        var future = admin.post("/api/products/" + product + "/versions", Json.createObjectBuilder()
                .add("branch", "4.7").add("name", "4.7.13").add("releasedAt", now.plus(Duration.ofDays(3)).toString()).build());
        assertProblem(400, future);
        assertEquals("releasedAt", future.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(400, admin.post("/api/products/" + product + "/versions", Json.createObjectBuilder()
                .add("branch", "9.9").add("name", "9.9.0").add("releasedAt", now.toString()).build()));
    }

    @Test
    void theGuaranteeRuleRefusesBugFixesForOldVersionsButNotSecurityFixes() {
        long product = standardProduct();
        var engineer = fixtures.staff("engineer").client();
        var customer = fixtures.customer().client();
        publish(customer, product, "BUG_FIX", null, List.of("4.7.12"), Map.of(), List.of(), false, 403);
        var body = Json.createObjectBuilder().add("productId", product).add("kind", "BUG_FIX").add("title", "t")
                .add("versions", array(List.of("4.7.12"))).build();
        assertProblem(401, anonymous.post("/api/patches", body));

        var refused = engineer.post("/api/patches", Json.createObjectBuilder().add("productId", product).add("kind", "BUG_FIX")
                .add("title", "Cart fix").add("versions", array(List.of("4.6.5", "4.7.12"))).build());
        assertProblem(409, refused);
        assertEquals("no-bug-fix-out-of-guarantee", refused.json().getString("rule"));
        assertEquals("4.6.5", refused.json().getString("versions"));

        var security = publish(engineer, product, "SECURITY", "CRITICAL", List.of("4.6.5", "4.7.12", "5.0.0"),
                Map.of("classes/Session.php", "0123abcd"), List.of(), false, 201);
        var exception = security.getJsonObject("guaranteeException");
        assertEquals(List.of("4.6.5"), exception.getJsonArray("versions").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("CRITICAL", exception.getString("severity"));
        assertProblem(400, engineer.post("/api/patches", Json.createObjectBuilder().add("productId", product)
                .add("kind", "SECURITY").add("title", "No severity").add("versions", array(List.of("5.0.0"))).build()));

        // the security view: what 4.7.11 has, and what only newer versions got
        var ownFix = publish(engineer, product, "SECURITY", "LOW", List.of("4.7.11"), Map.of(), List.of(), false, 201);
        var view = anonymous.get("/api/products/" + product + "/versions/4.7.11/security");
        assertEquals(200, view.status(), view::toString);
        assertEquals(List.of(id(ownFix)), ids(view.json().getJsonArray("patches")));
        assertEquals(List.of(id(security)), ids(view.json().getJsonArray("newerVersionsOnly")));
        assertEquals("obsolete", view.json().getJsonObject("version").getString("status"));
    }

    private static List<Long> ids(jakarta.json.JsonArray array) {
        return array.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aPatchPlanOrdersPrerequisitesFirstAndExplainsEveryManualStep() {
        long product = standardProduct();
        var engineer = fixtures.staff("engineer").client();
        var base = publish(engineer, product, "BUG_FIX", null, List.of("4.7.12"), Map.of("classes/Cart.php", "aaaa1111"),
                List.of(), false, 201);
        var dependent = publish(engineer, product, "BUG_FIX", null, List.of("4.7.12"), Map.of("classes/Order.php", "bbbb2222"),
                List.of(id(base)), false, 201);
        var permissions = publish(engineer, product, "SECURITY", "HIGH", List.of("4.7.12"), Map.of(), List.of(), true, 201);
        var other = publish(engineer, product, "BUG_FIX", null, List.of("5.0.0"), Map.of(), List.of(), false, 201);
        var customer = fixtures.customer().client();

        var plan = customer.post("/api/patch-plans", Json.createObjectBuilder().add("productId", product).add("version", "4.7.12")
                .add("appliedPatches", Json.createArrayBuilder())
                .add("modifiedFiles", Json.createArrayBuilder().add(Json.createObjectBuilder().add("path", "classes/Cart.php")))
                .build());
        assertEquals(200, plan.status(), plan::toString);
        var steps = plan.json().getJsonArray("steps");
        assertEquals(List.of(id(base), id(dependent), id(permissions)), steps.stream()
                .map(s -> s.asJsonObject().getJsonNumber("patchId").longValue()).toList());
        assertEquals("manual", steps.getJsonObject(0).getString("mode"));
        assertEquals("modifiedFile", steps.getJsonObject(0).getJsonArray("reasons").getJsonObject(0).getString("code"));
        assertEquals("prerequisiteManual", steps.getJsonObject(1).getJsonArray("reasons").getJsonObject(0).getString("code"));
        assertEquals("manualOnly", steps.getJsonObject(2).getJsonArray("reasons").getJsonObject(0).getString("code"));
        assertEquals(3, plan.json().getInt("manual"));

        var applied = customer.post("/api/patch-plans", Json.createObjectBuilder().add("productId", product).add("version", "4.7.12")
                .add("appliedPatches", Json.createArrayBuilder().add(id(base))).build());
        assertEquals(List.of("automatic", "manual"), applied.json().getJsonArray("steps").stream()
                .map(s -> s.asJsonObject().getString("mode")).toList());

        var wrong = customer.post("/api/patch-plans", Json.createObjectBuilder().add("productId", product).add("version", "4.7.12")
                .add("appliedPatches", Json.createArrayBuilder().add(id(other)).add(999_999_999L)).build());
        assertProblem(400, wrong);
        assertEquals("999999999", wrong.json().getString("unknownPatches"));
        assertEquals(String.valueOf(id(other)), wrong.json().getString("otherVersionPatches"));
        assertEquals("appliedPatches", wrong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(400, customer.post("/api/patch-plans", Json.createObjectBuilder().add("productId", product)
                .add("version", "1.0.0").build()));
        assertProblem(401, anonymous.post("/api/patch-plans", Json.createObjectBuilder().add("productId", product)
                .add("version", "4.7.12").build()));

        // prerequisites closing a cycle are refused, naming the patches on it
        var cycle = engineer.put("/api/patches/" + id(base) + "/prerequisites",
                Json.createObjectBuilder().add("prerequisites", Json.createArrayBuilder().add(id(dependent))).build());
        assertProblem(409, cycle);
        assertEquals(List.of(id(base), id(dependent)).stream().sorted().map(String::valueOf).collect(Collectors.joining(",")),
                cycle.json().getString("cycle"));
        assertProblem(403, customer.put("/api/patches/" + id(base) + "/prerequisites",
                Json.createObjectBuilder().add("prerequisites", Json.createArrayBuilder()).build()));
        var fine = engineer.put("/api/patches/" + id(dependent) + "/prerequisites",
                Json.createObjectBuilder().add("prerequisites", Json.createArrayBuilder().add(id(permissions))).build());
        assertEquals(200, fine.status(), fine::toString);
    }

    @Test
    void anUpgradePackListsThePatchesOfTheVersionsAfterFromUpToTo() {
        long product = standardProduct();
        var engineer = fixtures.staff("engineer").client();
        var for11 = publish(engineer, product, "BUG_FIX", null, List.of("4.7.11"), Map.of(), List.of(), false, 201);
        var for12 = publish(engineer, product, "BUG_FIX", null, List.of("4.7.11", "4.7.12"), Map.of(), List.of(), false, 201);
        var for500 = publish(engineer, product, "SECURITY", "MEDIUM", List.of("5.0.0"), Map.of(), List.of(), false, 201);

        var pack = anonymous.get("/api/products/" + product + "/upgrade-pack?from=4.7.11&to=5.0.0");
        assertEquals(200, pack.status(), pack::toString);
        assertEquals(List.of(id(for12), id(for500)), ids(pack.json().getJsonArray("patches")));
        assertEquals(2, pack.json().getInt("total"));
        assertFalse(ids(pack.json().getJsonArray("patches")).contains(id(for11)), "from is exclusive");
        assertEquals(3, anonymous.get("/api/products/" + product + "/upgrade-pack?from=4.6.5&to=5.0.0").json().getInt("total"));
        assertField("to", anonymous.get("/api/products/" + product + "/upgrade-pack?from=5.0.0&to=4.7.11"));
        assertField("from", anonymous.get("/api/products/" + product + "/upgrade-pack?to=4.7.11"));
        assertField("from", anonymous.get("/api/products/" + product + "/upgrade-pack?from=0.1&to=4.7.11"));
        var patches = anonymous.get("/api/products/" + product + "/versions/4.7.11/patches?kind=BUG_FIX");
        assertEquals(2, patches.json().getInt("total"), patches::toString);
        assertField("kind", anonymous.get("/api/products/" + product + "/versions/4.7.11/patches?kind=HOTFIX"));
    }

    @Test
    void anObviousDuplicateIsSuggestedFirstAndStaffMarkIt() {
        long product = standardProduct();
        var alice = fixtures.customer();
        var bob = fixtures.customer();
        String[][] reports = {
                {"Checkout page goes blank after applying a coupon", "Add a product to the cart, open checkout, apply coupon SAVE10: white page."},
                {"Product images are not resized on upload", "Upload a large image on the product page."},
                {"Wrong tax total for EU customers", "Set a German address and look at the cart totals."},
                {"Admin order list is slow with many orders", "Open Orders in the admin with 50,000 orders."},
                {"Coupon discount missing from the invoice", "Apply a coupon and print the invoice."},
        };
        long original = 0;
        for (String[] r : reports) {
            var answer = alice.client().post("/api/bugs", bug(product, r[0], r[1]));
            assertEquals(201, answer.status(), answer::toString);
            original = original == 0 ? answer.id() : original;
        }

        var suggested = anonymous.get("/api/bugs/similar?productId=" + product
                + "&title=Blank%20white%20checkout%20when%20coupon%20applied&steps=apply%20a%20coupon%20code%20at%20checkout");
        assertEquals(200, suggested.status(), suggested::toString);
        assertEquals(original, suggested.array().getJsonObject(0).getJsonNumber("id").longValue(), suggested::toString);

        var duplicate = bob.client().post("/api/bugs", bug(product, "Blank checkout page once a coupon is applied",
                "Put something in the cart, go to the checkout and apply a coupon: the checkout page is blank."));
        assertEquals(201, duplicate.status(), duplicate::toString);
        var similar = duplicate.json().getJsonArray("similar");
        assertEquals(original, similar.getJsonObject(0).getJsonNumber("id").longValue(), duplicate::toString);
        assertTrue(similar.getJsonObject(0).getJsonNumber("score").doubleValue() > 0.3, duplicate::toString);

        long copy = duplicate.id();
        assertProblem(403, bob.client().post("/api/bugs/" + copy + "/status", "{\"status\":\"DUPLICATE\",\"duplicateOf\":" + original + "}"));
        var engineer = fixtures.staff("engineer").client();
        var marked = engineer.post("/api/bugs/" + copy + "/status", "{\"status\":\"DUPLICATE\",\"duplicateOf\":" + original + "}");
        assertEquals(200, marked.status(), marked::toString);
        assertEquals("DUPLICATE", marked.json().getString("status"));
        assertEquals(original, marked.json().getJsonNumber("duplicateOf").longValue());
        assertProblem(409, engineer.post("/api/bugs/" + original + "/status", "{\"status\":\"DUPLICATE\",\"duplicateOf\":" + original + "}"));
        assertProblem(400, engineer.post("/api/bugs/" + original + "/status", "{\"status\":\"FIXED\"}"));
        var fixed = engineer.post("/api/bugs/" + original + "/status", "{\"status\":\"FIXED\",\"fixedInVersion\":\"5.0.0\"}");
        assertEquals("5.0.0", fixed.json().getString("fixedInVersion"), fixed::toString);

        var history = anonymous.get("/api/bugs/" + copy + "/history").array();
        assertEquals(List.of("NEW", "DUPLICATE"), history.stream().map(h -> h.asJsonObject().getString("to")).toList());
        assertEquals("reporter", history.getJsonObject(0).getString("actor"), "the reporter's account stays private");
        var listed = anonymous.get("/api/bugs?productId=" + product + "&status=DUPLICATE");
        assertEquals(1, listed.json().getInt("total"), listed::toString);
        assertProblem(401, anonymous.post("/api/bugs", bug(product, "t", "s")));
        assertField("productId", anonymous.get("/api/bugs/similar?productId=abc&title=x"));
        assertField("title", anonymous.get("/api/bugs/similar?productId=" + product));
        assertField("limit", anonymous.get("/api/bugs/similar?productId=" + product + "&title=x&limit=0"));
        assertField("version", alice.client().post("/api/bugs", Json.createObjectBuilder().add("productId", product)
                .add("version", "0.0.1").add("title", "t").add("steps", "s").add("expected", "e").add("actual", "a").build()));
    }

    private static JsonObject bug(long product, String title, String steps) {
        return Json.createObjectBuilder().add("productId", product).add("version", "4.7.12").add("title", title)
                .add("steps", steps).add("expected", "It works").add("actual", "It does not").build();
    }

    @Test
    void oneVotePerUserAndTheBoardIsOrderedByVotes() {
        long product = standardProduct();
        var alice = fixtures.customer();
        var bob = fixtures.customer();
        var first = alice.client().post("/api/ideas", idea(product, "One-click reorder", "Repeat a past order in one click."));
        var second = alice.client().post("/api/ideas", idea(product, "Dark admin theme", "A dark theme for the admin area."));
        assertEquals(201, second.status(), second::toString);

        var vote = bob.client().put("/api/ideas/" + second.id() + "/vote", Json.createObjectBuilder().build());
        assertEquals(200, vote.status(), vote::toString);
        assertEquals(1, vote.json().getInt("votes"));
        assertTrue(vote.json().getBoolean("votedByYou"));
        assertEquals(1, bob.client().put("/api/ideas/" + second.id() + "/vote", Json.createObjectBuilder().build()).json().getInt("votes"),
                "voting twice counts once");
        assertEquals(2, alice.client().put("/api/ideas/" + second.id() + "/vote", Json.createObjectBuilder().build()).json().getInt("votes"));
        assertProblem(401, anonymous.put("/api/ideas/" + second.id() + "/vote", Json.createObjectBuilder().build()));

        var board = anonymous.get("/api/ideas?productId=" + product);
        assertEquals(List.of(second.id(), first.id()), ids(board.json().getJsonArray("items")), "most votes first");
        assertEquals(1, bob.client().delete("/api/ideas/" + second.id() + "/vote").json().getInt("votes"));

        var again = bob.client().post("/api/ideas", idea(product, "Reorder a previous order with one click", "One click to repeat an order."));
        assertEquals(first.id(), again.json().getJsonArray("similar").getJsonObject(0).getJsonNumber("id").longValue(), again::toString);

        assertProblem(403, bob.client().post("/api/ideas/" + first.id() + "/status", "{\"status\":\"PLANNED\"}"));
        var planned = fixtures.staff("dispatcher").client().post("/api/ideas/" + first.id() + "/status", "{\"status\":\"PLANNED\",\"note\":\"5.1\"}");
        assertEquals("PLANNED", planned.json().getString("status"), planned::toString);
        assertNull(anonymous.get("/api/ideas/" + first.id()).json().get("votedByYou"));
    }

    private static JsonObject idea(long product, String title, String description) {
        return Json.createObjectBuilder().add("productId", product).add("title", title).add("description", description).build();
    }

    private static void assertField(String field, ProservClient.Answer answer) {
        assertProblem(400, answer);
        var errors = answer.json().getJsonArray("errors");
        assertTrue(errors != null && errors.stream().anyMatch(e -> e.asJsonObject().getString("field").equals(field)),
                () -> "expected an error on " + field + ": " + answer);
    }
}
