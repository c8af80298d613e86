package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.micro.TicketLifecycleIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The releases context over HTTP: versions and their status, patches and the guarantee rule, patch plans, the security
 * view, upgrade packs, the bug tracker and the ideas board. Every test makes a product of its own; dates are relative
 * to the server's clock.
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
        var created = admin.post(
                "/api/products",
                Json.createObjectBuilder()
                        .add("name", TestServer.unique("Cart"))
                        .build());
        assertEquals(201, created.status(), created::toString);
        long id = created.id();
        for (String branch : List.of("4.6", "4.7", "5.0")) {
            var answer = admin.post(
                    "/api/products/" + id + "/branches",
                    Json.createObjectBuilder().add("name", branch).build());
            assertEquals(201, answer.status(), answer::toString);
        }
        versionsDaysAgo.forEach((version, days) -> addVersion(id, version, now.minus(Duration.ofDays(days))));
        return id;
    }

    private void addVersion(long product, String version, Instant releasedAt) {
        var answer = admin.post(
                "/api/products/" + product + "/versions",
                Json.createObjectBuilder()
                        .add("branch", version.substring(0, 3))
                        .add("name", version)
                        .add("releasedAt", releasedAt.toString())
                        .build());
        assertEquals(201, answer.status(), answer::toString);
    }

    private long standardProduct() {
        return product(Map.of("4.6.5", 800L, "4.7.11", 200L, "4.7.12", 20L, "5.0.0", 5L));
    }

    private static Map<String, JsonObject> byName(JsonArray versions) {
        return versions.stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(v -> v.getString("name"), v -> v));
    }

    private JsonObject publish(
            ProservClient who,
            long product,
            String kind,
            String severity,
            List<String> versions,
            Map<String, String> files,
            List<Long> prerequisites,
            boolean manualOnly,
            int expected) {
        return publish(who, product, kind, severity, versions, files, prerequisites, manualOnly, null, expected);
    }

    private JsonObject publish(
            ProservClient who,
            long product,
            String kind,
            String severity,
            List<String> versions,
            Map<String, String> files,
            List<Long> prerequisites,
            boolean manualOnly,
            String decisionNote,
            int expected) {
        var body = Json.createObjectBuilder()
                .add("productId", product)
                .add("kind", kind)
                .add("title", "Fix " + TestServer.unique("p"))
                .add("versions", array(versions))
                .add("manualOnly", manualOnly);
        if (severity != null) {
            body.add("severity", severity);
        }
        if (decisionNote != null) {
            body.add("decisionNote", decisionNote);
        }
        var fileArray = Json.createArrayBuilder();
        files.forEach((path, checksum) ->
                fileArray.add(Json.createObjectBuilder().add("path", path).add("checksum", checksum)));
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
        // one version one hour short of its first anniversary (counted in calendar years in +04:00)
        Instant almostAYear =
                now.atZone(ZoneOffset.ofHours(4)).minusYears(1).plusHours(1).toInstant();
        addVersion(product, "4.7.10", almostAYear);

        var versions = anonymous.get("/api/products/" + product + "/versions");
        assertEquals(200, versions.status(), versions::toString);
        assertEquals(
                List.of("5.0.0", "4.7.12", "4.7.11", "4.7.10", "4.6.5"),
                versions.array().stream()
                        .map(v -> v.asJsonObject().getString("name"))
                        .toList(),
                "newest first");
        var states = byName(versions.array());
        assertEquals("latest", states.get("5.0.0").getString("status"));
        assertEquals("obsolete", states.get("4.7.12").getString("status"));
        assertEquals("obsolete", states.get("4.7.10").getString("status"));
        assertEquals("outOfGuarantee", states.get("4.6.5").getString("status"));
        assertEquals("5.0.0", states.get("4.6.5").getString("upgradeTo"));
        assertFalse(states.get("4.7.12").containsKey("upgradeTo"));

        server.advanceClock(Duration.ofHours(2));
        var later =
                byName(anonymous.get("/api/products/" + product + "/versions").array());
        assertEquals("outOfGuarantee", later.get("4.7.10").getString("status"), "a year and an hour later");
        assertEquals(
                "4.7.12", later.get("4.7.10").getString("upgradeTo"), "the newest supported release of its branch");
        assertEquals(
                "outOfGuarantee",
                anonymous
                        .get("/api/products/" + product + "/versions/4.7.10")
                        .json()
                        .getString("status"));
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
    void aTicketOrALicenceNamingAVersionOrProductTheCatalogueDoesNotKnowIsA400NamingTheField() {
        long product = standardProduct();
        String productName = admin.get("/api/products/" + product).json().getString("name");
        var customer = fixtures.customer(true, productName, "4.7.12");
        var made = customer.client()
                .post(
                        "/api/tickets",
                        Json.createObjectBuilder()
                                .add("licenceId", customer.licenceId())
                                .add("productVersion", "99.99-not-a-version")
                                .add("subject", "Help")
                                .add("message", "Please")
                                .build());
        assertField("productVersion", made);
        assertEquals(
                "5.0.0,4.7.12,4.7.11,4.6.5", made.json().getString("versions"), "the versions there are, newest first");
        assertEquals(0, customer.client().get("/api/tickets").json().getInt("total"), "nothing was opened");

        var onAnother = customer.client()
                .post(
                        "/api/tickets",
                        Json.createObjectBuilder()
                                .add("licenceId", customer.licenceId())
                                .add("productVersion", "4.7.11")
                                .add("subject", "Help")
                                .add("message", "Please")
                                .build());
        assertEquals(201, onAnother.status(), onAnother::toString);
        assertEquals("4.7.11", onAnother.json().getString("productVersion"));
        assertEquals(
                "4.7.12",
                fixtures.openTicket(customer, "Default").getString("productVersion"),
                "without one, the licence's version");

        var licences = "/api/customers/" + customer.id() + "/licences";
        assertField(
                "product",
                admin.post(
                        licences,
                        Json.createObjectBuilder()
                                .add("product", TestServer.unique("NoSuch"))
                                .add("version", "4.7.12")
                                .add("withSupport", true)
                                .build()));
        var version = admin.post(
                licences,
                Json.createObjectBuilder()
                        .add("product", productName)
                        .add("version", "9.9.9")
                        .add("withSupport", true)
                        .build());
        assertField("version", version);
        assertEquals(4, version.json().getInt("versionCount"), version::toString);
        assertEquals(1, customer.client().get(licences).array().size(), "no licence was added");
    }

    @Test
    void onlyAdminsManageTheCatalogue() {
        long product = standardProduct();
        var customer = fixtures.customer();
        assertProblem(401, anonymous.post("/api/products", "{\"name\":\"X\"}"));
        assertProblem(403, customer.client().post("/api/products", "{\"name\":\"X\"}"));
        assertProblem(
                403,
                fixtures.staff("engineer")
                        .client()
                        .post("/api/products/" + product + "/branches", "{\"name\":\"6.0\"}"));
        assertProblem(409, admin.post("/api/products/" + product + "/branches", "{\"name\":\"4.7\"}"));
        assertProblem(
                409,
                admin.post(
                        "/api/products/" + product + "/versions",
                        Json.createObjectBuilder()
                                .add("branch", "4.7")
                                .add("name", "4.7.12")
                                .add("releasedAt", now.toString())
                                .build()));
        var future = admin.post(
                "/api/products/" + product + "/versions",
                Json.createObjectBuilder()
                        .add("branch", "4.7")
                        .add("name", "4.7.13")
                        .add("releasedAt", now.plus(Duration.ofDays(3)).toString())
                        .build());
        assertProblem(400, future);
        assertEquals(
                "releasedAt",
                future.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(
                400,
                admin.post(
                        "/api/products/" + product + "/versions",
                        Json.createObjectBuilder()
                                .add("branch", "9.9")
                                .add("name", "9.9.0")
                                .add("releasedAt", now.toString())
                                .build()));
    }

    @Test
    void theGuaranteeRuleRefusesBugFixesForOldVersionsButNotSecurityFixes() {
        long product = standardProduct();
        var engineer = fixtures.staff("engineer").client();
        var customer = fixtures.customer().client();
        publish(customer, product, "BUG_FIX", null, List.of("4.7.12"), Map.of(), List.of(), false, 403);
        var body = Json.createObjectBuilder()
                .add("productId", product)
                .add("kind", "BUG_FIX")
                .add("title", "t")
                .add("versions", array(List.of("4.7.12")))
                .build();
        assertProblem(401, anonymous.post("/api/patches", body));

        var refused = engineer.post(
                "/api/patches",
                Json.createObjectBuilder()
                        .add("productId", product)
                        .add("kind", "BUG_FIX")
                        .add("title", "Cart fix")
                        .add("versions", array(List.of("4.6.5", "4.7.12")))
                        .build());
        assertProblem(409, refused);
        assertEquals("no-bug-fix-out-of-guarantee", refused.json().getString("rule"));
        assertEquals("4.6.5", refused.json().getString("versions"));

        var noReasons = engineer.post(
                "/api/patches",
                Json.createObjectBuilder()
                        .add("productId", product)
                        .add("kind", "SECURITY")
                        .add("severity", "CRITICAL")
                        .add("title", "Session fix")
                        .add("versions", array(List.of("4.6.5", "4.7.12")))
                        .build());
        assertField("decisionNote", noReasons);
        var security = publish(
                engineer,
                product,
                "SECURITY",
                "CRITICAL",
                List.of("4.6.5", "4.7.12", "5.0.0"),
                Map.of("classes/Session.php", "0123abcd"),
                List.of(),
                false,
                "Exploited in the wild",
                201);
        var exception = security.getJsonObject("guaranteeException");
        assertEquals("Exploited in the wild", exception.getString("note"));
        assertEquals(
                List.of("4.6.5"),
                exception.getJsonArray("versions").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        assertEquals("CRITICAL", exception.getString("severity"));
        assertProblem(
                400,
                engineer.post(
                        "/api/patches",
                        Json.createObjectBuilder()
                                .add("productId", product)
                                .add("kind", "SECURITY")
                                .add("title", "No severity")
                                .add("versions", array(List.of("5.0.0")))
                                .build()));

        // the security view: what 4.7.11 has, and what only newer versions got
        var ownFix = publish(engineer, product, "SECURITY", "LOW", List.of("4.7.11"), Map.of(), List.of(), false, 201);
        var view = anonymous.get("/api/products/" + product + "/versions/4.7.11/security");
        assertEquals(200, view.status(), view::toString);
        assertEquals(List.of(id(ownFix)), ids(view.json().getJsonArray("patches")));
        assertEquals(List.of(id(security)), ids(view.json().getJsonArray("newerVersionsOnly")));
        assertEquals("obsolete", view.json().getJsonObject("version").getString("status"));
    }

    private static List<Long> ids(JsonArray array) {
        return array.stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    @Test
    void aPatchPlanOrdersPrerequisitesFirstAndExplainsEveryManualStep() {
        long product = standardProduct();
        var engineer = fixtures.staff("engineer").client();
        var base = publish(
                engineer,
                product,
                "BUG_FIX",
                null,
                List.of("4.7.12"),
                Map.of("classes/Cart.php", "aaaa1111"),
                List.of(),
                false,
                201);
        var dependent = publish(
                engineer,
                product,
                "BUG_FIX",
                null,
                List.of("4.7.12"),
                Map.of("classes/Order.php", "bbbb2222"),
                List.of(id(base)),
                false,
                201);
        var permissions =
                publish(engineer, product, "SECURITY", "HIGH", List.of("4.7.12"), Map.of(), List.of(), true, 201);
        var other = publish(engineer, product, "BUG_FIX", null, List.of("5.0.0"), Map.of(), List.of(), false, 201);
        var customer = fixtures.customer().client();

        var plan = customer.post(
                "/api/patch-plans",
                Json.createObjectBuilder()
                        .add("productId", product)
                        .add("version", "4.7.12")
                        .add("appliedPatches", Json.createArrayBuilder())
                        .add(
                                "modifiedFiles",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder().add("path", "classes/Cart.php")))
                        .build());
        assertEquals(200, plan.status(), plan::toString);
        var steps = plan.json().getJsonArray("steps");
        assertEquals(
                List.of(id(base), id(dependent), id(permissions)),
                steps.stream()
                        .map(s -> s.asJsonObject().getJsonNumber("patchId").longValue())
                        .toList());
        assertEquals("manual", steps.getJsonObject(0).getString("mode"));
        assertEquals(
                "modifiedFile",
                steps.getJsonObject(0).getJsonArray("reasons").getJsonObject(0).getString("code"));
        assertEquals(
                "prerequisiteManual",
                steps.getJsonObject(1).getJsonArray("reasons").getJsonObject(0).getString("code"));
        assertEquals(
                "manualOnly",
                steps.getJsonObject(2).getJsonArray("reasons").getJsonObject(0).getString("code"));
        assertEquals(3, plan.json().getInt("manual"));

        var applied = customer.post(
                "/api/patch-plans",
                Json.createObjectBuilder()
                        .add("productId", product)
                        .add("version", "4.7.12")
                        .add("appliedPatches", Json.createArrayBuilder().add(id(base)))
                        .build());
        assertEquals(
                List.of("automatic", "manual"),
                applied.json().getJsonArray("steps").stream()
                        .map(s -> s.asJsonObject().getString("mode"))
                        .toList());

        var wrong = customer.post(
                "/api/patch-plans",
                Json.createObjectBuilder()
                        .add("productId", product)
                        .add("version", "4.7.12")
                        .add(
                                "appliedPatches",
                                Json.createArrayBuilder().add(id(other)).add(999_999_999L))
                        .build());
        assertProblem(400, wrong);
        assertEquals("999999999", wrong.json().getString("unknownPatches"));
        assertEquals(String.valueOf(id(other)), wrong.json().getString("otherVersionPatches"));
        assertEquals(
                "appliedPatches",
                wrong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(
                400,
                customer.post(
                        "/api/patch-plans",
                        Json.createObjectBuilder()
                                .add("productId", product)
                                .add("version", "1.0.0")
                                .build()));
        assertProblem(
                401,
                anonymous.post(
                        "/api/patch-plans",
                        Json.createObjectBuilder()
                                .add("productId", product)
                                .add("version", "4.7.12")
                                .build()));

        // prerequisites closing a cycle are refused, naming the patches on it
        var cycle = engineer.put(
                "/api/patches/" + id(base) + "/prerequisites",
                Json.createObjectBuilder()
                        .add("prerequisites", Json.createArrayBuilder().add(id(dependent)))
                        .build());
        assertProblem(409, cycle);
        assertEquals(
                List.of(id(base), id(dependent)).stream()
                        .sorted()
                        .map(String::valueOf)
                        .collect(Collectors.joining(",")),
                cycle.json().getString("cycle"));
        assertProblem(
                403,
                customer.put(
                        "/api/patches/" + id(base) + "/prerequisites",
                        Json.createObjectBuilder()
                                .add("prerequisites", Json.createArrayBuilder())
                                .build()));
        var fine = engineer.put(
                "/api/patches/" + id(dependent) + "/prerequisites",
                Json.createObjectBuilder()
                        .add("prerequisites", Json.createArrayBuilder().add(id(permissions)))
                        .build());
        assertEquals(200, fine.status(), fine::toString);
    }

    @Test
    void anUpgradePackListsThePatchesOfTheVersionsAfterFromUpToTo() {
        long product = standardProduct();
        var engineer = fixtures.staff("engineer").client();
        var for11 = publish(engineer, product, "BUG_FIX", null, List.of("4.7.11"), Map.of(), List.of(), false, 201);
        var for12 = publish(
                engineer, product, "BUG_FIX", null, List.of("4.7.11", "4.7.12"), Map.of(), List.of(), false, 201);
        var for500 =
                publish(engineer, product, "SECURITY", "MEDIUM", List.of("5.0.0"), Map.of(), List.of(), false, 201);

        var pack = anonymous.get("/api/products/" + product + "/upgrade-pack?from=4.7.11&to=5.0.0");
        assertEquals(200, pack.status(), pack::toString);
        assertEquals(List.of(id(for12), id(for500)), ids(pack.json().getJsonArray("patches")));
        assertEquals(2, pack.json().getInt("total"));
        assertFalse(ids(pack.json().getJsonArray("patches")).contains(id(for11)), "from is exclusive");
        assertEquals(
                3,
                anonymous
                        .get("/api/products/" + product + "/upgrade-pack?from=4.6.5&to=5.0.0")
                        .json()
                        .getInt("total"));
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
            {
                "Checkout page goes blank after applying a coupon",
                "Add a product to the cart, open checkout, apply coupon SAVE10: white page."
            },
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
                + "&title=Blank%20white%20checkout%20when%20coupon%20applied&"
                + "steps=apply%20a%20coupon%20code%20at%20checkout");
        assertEquals(200, suggested.status(), suggested::toString);
        assertEquals(
                original, suggested.array().getJsonObject(0).getJsonNumber("id").longValue(), suggested::toString);

        var duplicate = bob.client()
                .post(
                        "/api/bugs",
                        bug(
                                product,
                                "Blank checkout page once a coupon is applied",
                                "Put something in the cart, go to the checkout and apply a coupon: the checkout page "
                                        + "is blank."));
        assertEquals(201, duplicate.status(), duplicate::toString);
        var similar = duplicate.json().getJsonArray("similar");
        assertEquals(original, similar.getJsonObject(0).getJsonNumber("id").longValue(), duplicate::toString);
        assertTrue(similar.getJsonObject(0).getJsonNumber("score").doubleValue() > 0.3, duplicate::toString);

        long copy = duplicate.id();
        assertProblem(
                403,
                bob.client()
                        .post(
                                "/api/bugs/" + copy + "/status",
                                "{\"status\":\"DUPLICATE\",\"duplicateOf\":" + original + "}"));
        var engineer = fixtures.staff("engineer").client();
        var marked = engineer.post(
                "/api/bugs/" + copy + "/status", "{\"status\":\"DUPLICATE\",\"duplicateOf\":" + original + "}");
        assertEquals(200, marked.status(), marked::toString);
        assertEquals("DUPLICATE", marked.json().getString("status"));
        assertEquals(original, marked.json().getJsonNumber("duplicateOf").longValue());
        assertProblem(
                409,
                engineer.post(
                        "/api/bugs/" + original + "/status",
                        "{\"status\":\"DUPLICATE\",\"duplicateOf\":" + original + "}"));
        assertProblem(400, engineer.post("/api/bugs/" + original + "/status", "{\"status\":\"FIXED\"}"));
        var fixed = engineer.post(
                "/api/bugs/" + original + "/status", "{\"status\":\"FIXED\",\"fixedInVersion\":\"5.0.0\"}");
        assertEquals("5.0.0", fixed.json().getString("fixedInVersion"), fixed::toString);

        var history = anonymous.get("/api/bugs/" + copy + "/history").array();
        assertEquals(
                List.of("NEW", "DUPLICATE"),
                history.stream().map(h -> h.asJsonObject().getString("to")).toList());
        assertEquals("reporter", history.getJsonObject(0).getString("actor"), "the reporter's account stays private");
        var listed = anonymous.get("/api/bugs?productId=" + product + "&status=DUPLICATE");
        assertEquals(1, listed.json().getInt("total"), listed::toString);
        assertProblem(401, anonymous.post("/api/bugs", bug(product, "t", "s")));
        assertField("productId", anonymous.get("/api/bugs/similar?productId=abc&title=x"));
        assertField("title", anonymous.get("/api/bugs/similar?productId=" + product));
        assertField("limit", anonymous.get("/api/bugs/similar?productId=" + product + "&title=x&limit=0"));
        assertField(
                "version",
                alice.client()
                        .post(
                                "/api/bugs",
                                Json.createObjectBuilder()
                                        .add("productId", product)
                                        .add("version", "0.0.1")
                                        .add("title", "t")
                                        .add("steps", "s")
                                        .add("expected", "e")
                                        .add("actual", "a")
                                        .build()));
    }

    @Test
    void aFixedReportGetsItsPatchLinkedLaterAndTheFixMustBeNewerAndApplyToTheReportedVersion() {
        long product = standardProduct();
        long bug = report(fixtures.customer().client(), product, "Cart totals wrong with gift wrap");
        var engineer = fixtures.staff("engineer").client();
        var forTheReported = publish(
                engineer, product, "BUG_FIX", null, List.of("4.7.11", "4.7.12"), Map.of(), List.of(), false, 201);
        var forNewerOnly =
                publish(engineer, product, "BUG_FIX", null, List.of("5.0.0"), Map.of(), List.of(), false, 201);

        assertField(
                "fixedInVersion",
                engineer.post("/api/bugs/" + bug + "/status", "{\"status\":\"FIXED\",\"fixedInVersion\":\"4.7.12\"}"));
        assertField(
                "fixedInVersion",
                engineer.post("/api/bugs/" + bug + "/status", "{\"status\":\"FIXED\",\"fixedInVersion\":\"4.6.5\"}"));
        assertField(
                "fixedByPatch",
                engineer.post(
                        "/api/bugs/" + bug + "/status",
                        "{\"status\":\"FIXED\",\"fixedByPatch\":" + id(forNewerOnly) + "}"));
        assertEquals("NEW", anonymous.get("/api/bugs/" + bug).json().getString("status"), "nothing changed");

        var fixed =
                engineer.post("/api/bugs/" + bug + "/status", "{\"status\":\"FIXED\",\"fixedInVersion\":\"5.0.0\"}");
        assertEquals(200, fixed.status(), fixed::toString);
        var linked = engineer.post(
                "/api/bugs/" + bug + "/status",
                "{\"status\":\"FIXED\",\"fixedByPatch\":" + id(forTheReported) + ",\"note\":\"backported\"}");
        assertEquals(200, linked.status(), linked::toString);
        assertEquals(
                id(forTheReported), linked.json().getJsonNumber("fixedByPatch").longValue(), linked::toString);
        assertEquals("5.0.0", linked.json().getString("fixedInVersion"), "the version stays linked");
        assertProblem(
                409,
                engineer.post(
                        "/api/bugs/" + bug + "/status",
                        "{\"status\":\"FIXED\",\"fixedByPatch\":" + id(forTheReported) + "}"));

        var history = anonymous.get("/api/bugs/" + bug + "/history").array();
        assertEquals(
                List.of("NEW", "FIXED", "FIXED"),
                history.stream().map(h -> h.asJsonObject().getString("to")).toList());
        assertTrue(
                history.getJsonObject(2).getString("note").contains("patch " + id(forTheReported)), history::toString);
    }

    @Test
    void aPatchPlanMarksStepsManualWhenTheStoreSaysItsFilesAreNotWritable() {
        long product = standardProduct();
        var engineer = fixtures.staff("engineer").client();
        var cart = publish(
                engineer,
                product,
                "BUG_FIX",
                null,
                List.of("4.7.12"),
                Map.of("classes/Cart.php", "aaaa1111"),
                List.of(),
                false,
                201);
        var session = publish(
                engineer,
                product,
                "BUG_FIX",
                null,
                List.of("4.7.12"),
                Map.of("var/sessions/handler.php", "bbbb2222"),
                List.of(),
                false,
                201);
        var customer = fixtures.customer().client();

        var perPath = customer.post(
                "/api/patch-plans",
                Json.createObjectBuilder()
                        .add("productId", product)
                        .add("version", "4.7.12")
                        .add("unwritablePaths", Json.createArrayBuilder().add("var/sessions/"))
                        .build());
        assertEquals(200, perPath.status(), perPath::toString);
        var steps = perPath.json().getJsonArray("steps");
        var byPatch = steps.stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(st -> st.getJsonNumber("patchId").longValue(), st -> st));
        assertEquals("automatic", byPatch.get(id(cart)).getString("mode"), perPath::toString);
        var manual = byPatch.get(id(session));
        assertEquals("manual", manual.getString("mode"), perPath::toString);
        var reason = manual.getJsonArray("reasons").getJsonObject(0);
        assertEquals("filePermissions", reason.getString("code"));
        assertEquals("var/sessions/handler.php", reason.getString("path"));

        var nothing = customer.post(
                "/api/patch-plans",
                Json.createObjectBuilder()
                        .add("productId", product)
                        .add("version", "4.7.12")
                        .add("filesWritable", false)
                        .build());
        assertEquals(200, nothing.status(), nothing::toString);
        assertEquals(0, nothing.json().getInt("automatic"), nothing::toString);
        assertEquals(2, nothing.json().getInt("manual"), nothing::toString);
        assertField(
                "unwritablePaths",
                customer.post(
                        "/api/patch-plans",
                        Json.createObjectBuilder()
                                .add("productId", product)
                                .add("version", "4.7.12")
                                .add(
                                        "unwritablePaths",
                                        Json.createArrayBuilder().add("../etc"))
                                .build()));
    }

    private static JsonObject bug(long product, String title, String steps) {
        return Json.createObjectBuilder()
                .add("productId", product)
                .add("version", "4.7.12")
                .add("title", title)
                .add("steps", steps)
                .add("expected", "It works")
                .add("actual", "It does not")
                .build();
    }

    @Test
    void oneVotePerUserAndTheBoardIsOrderedByVotes() {
        long product = standardProduct();
        var alice = fixtures.customer();
        var bob = fixtures.customer();
        var first = alice.client()
                .post("/api/ideas", idea(product, "One-click reorder", "Repeat a past order in one click."));
        var second = alice.client()
                .post("/api/ideas", idea(product, "Dark admin theme", "A dark theme for the admin area."));
        assertEquals(201, second.status(), second::toString);

        var vote = bob.client()
                .put(
                        "/api/ideas/" + second.id() + "/vote",
                        Json.createObjectBuilder().build());
        assertEquals(200, vote.status(), vote::toString);
        assertEquals(1, vote.json().getInt("votes"));
        assertTrue(vote.json().getBoolean("votedByYou"));
        assertEquals(
                1,
                bob.client()
                        .put(
                                "/api/ideas/" + second.id() + "/vote",
                                Json.createObjectBuilder().build())
                        .json()
                        .getInt("votes"),
                "voting twice counts once");
        assertEquals(
                2,
                alice.client()
                        .put(
                                "/api/ideas/" + second.id() + "/vote",
                                Json.createObjectBuilder().build())
                        .json()
                        .getInt("votes"));
        assertProblem(
                401,
                anonymous.put(
                        "/api/ideas/" + second.id() + "/vote",
                        Json.createObjectBuilder().build()));

        var board = anonymous.get("/api/ideas?productId=" + product);
        assertEquals(List.of(second.id(), first.id()), ids(board.json().getJsonArray("items")), "most votes first");
        assertEquals(
                1,
                bob.client()
                        .delete("/api/ideas/" + second.id() + "/vote")
                        .json()
                        .getInt("votes"));

        var again = bob.client()
                .post(
                        "/api/ideas",
                        idea(product, "Reorder a previous order with one click", "One click to repeat an order."));
        assertEquals(
                first.id(),
                again.json()
                        .getJsonArray("similar")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue(),
                again::toString);

        assertProblem(403, bob.client().post("/api/ideas/" + first.id() + "/status", "{\"status\":\"PLANNED\"}"));
        var planned = fixtures.staff("dispatcher")
                .client()
                .post("/api/ideas/" + first.id() + "/status", "{\"status\":\"PLANNED\",\"note\":\"5.1\"}");
        assertEquals("PLANNED", planned.json().getString("status"), planned::toString);
        assertNull(anonymous.get("/api/ideas/" + first.id()).json().get("votedByYou"));
    }

    @Test
    void releaseDatesBefore1990OrAfterTheYear9999AreA400NamingTheField() {
        long product = standardProduct();
        var engineer = fixtures.staff("engineer").client();
        for (String date : List.of(
                "1989-12-31T23:59:59Z",
                "0001-01-01T00:00:00Z",
                "-5000-01-01T00:00:00Z",
                "+10000-01-01T00:00:00Z",
                "+999999999-12-31T23:59:59Z")) {
            assertField(
                    "releasedAt",
                    admin.post(
                            "/api/products/" + product + "/versions",
                            Json.createObjectBuilder()
                                    .add("branch", "4.7")
                                    .add("name", "4.7.1")
                                    .add("releasedAt", date)
                                    .build()));
            assertField(
                    "releasedAt",
                    engineer.post(
                            "/api/patches",
                            Json.createObjectBuilder()
                                    .add("productId", product)
                                    .add("kind", "BUG_FIX")
                                    .add("title", "Old fix")
                                    .add("versions", array(List.of("4.7.12")))
                                    .add("releasedAt", date)
                                    .build()));
        }
        var versions = anonymous.get("/api/products/" + product + "/versions");
        assertEquals(200, versions.status(), versions::toString);
        assertEquals(4, versions.array().size(), "none of them was recorded");
        assertEquals(
                201,
                admin.post(
                                "/api/products/" + product + "/versions",
                                Json.createObjectBuilder()
                                        .add("branch", "4.7")
                                        .add("name", "4.7.1")
                                        .add("releasedAt", "1990-01-01T00:00:00Z")
                                        .build())
                        .status());
    }

    @Test
    void aSecurityPatchForSixtyOldVersionsWithLongNamesKeepsTheDecisionForEachOfThem() {
        long product = product(Map.of("5.0.0", 5L));
        var names = new ArrayList<String>();
        for (int i = 0; i < 60; i++) {
            String name = String.format("4.6.%02d-", i) + "x".repeat(33);
            assertEquals(40, name.length());
            addVersion(product, name, now.minus(Duration.ofDays(800 + i)));
            names.add(name);
        }
        var engineer = fixtures.staff("engineer").client();
        var published = publish(
                engineer,
                product,
                "SECURITY",
                "CRITICAL",
                names,
                Map.of(),
                List.of(),
                false,
                "Remote code execution: every store gets the fix",
                201);
        var versions = published.getJsonObject("guaranteeException").getJsonArray("versions");
        assertEquals(60, versions.size(), published::toString);
        var read = anonymous.get("/api/patches/" + id(published));
        assertEquals(200, read.status(), read::toString);
        assertEquals(versions, read.json().getJsonObject("guaranteeException").getJsonArray("versions"));
    }

    @Test
    void similarEntriesTakeUpTo2000CharactersInTheUrlAndWholeTextsInAPost() {
        long product = standardProduct();
        var alice = fixtures.customer();
        var report = alice.client()
                .post(
                        "/api/bugs",
                        bug(
                                product,
                                "Checkout page goes blank after applying a coupon",
                                "Apply a coupon at checkout: the page turns white."));
        assertEquals(201, report.status(), report::toString);
        var idea = alice.client()
                .post("/api/ideas", idea(product, "One-click reorder", "Repeat a past order in one click."));
        assertEquals(201, idea.status(), idea::toString);
        String tooLong = "x".repeat(2_001);
        assertField(
                "steps", anonymous.get("/api/bugs/similar?productId=" + product + "&title=coupon&steps=" + tooLong));
        assertField(
                "description",
                anonymous.get("/api/ideas/similar?productId=" + product + "&title=reorder&description=" + tooLong));
        assertEquals(
                200,
                anonymous
                        .get("/api/bugs/similar?productId=" + product + "&title=coupon&steps=" + "x".repeat(2_000))
                        .status());

        String longSteps = "Apply a coupon at checkout and the checkout page goes blank. ".repeat(100);
        assertTrue(longSteps.length() > 2_000);
        var byBody = alice.client()
                .post(
                        "/api/bugs/similar",
                        Json.createObjectBuilder()
                                .add("productId", product)
                                .add("title", "Blank checkout with a coupon")
                                .add("steps", longSteps)
                                .add("limit", 3)
                                .build());
        assertEquals(200, byBody.status(), byBody::toString);
        assertEquals(
                report.id(), byBody.array().getJsonObject(0).getJsonNumber("id").longValue(), byBody::toString);
        var ideaByBody = alice.client()
                .post(
                        "/api/ideas/similar",
                        Json.createObjectBuilder()
                                .add("productId", product)
                                .add("title", "Reorder in one click")
                                .add("description", "Repeat an order. ".repeat(200))
                                .build());
        assertEquals(
                idea.id(),
                ideaByBody.array().getJsonObject(0).getJsonNumber("id").longValue(),
                ideaByBody::toString);
        assertProblem(
                401,
                anonymous.post(
                        "/api/bugs/similar",
                        Json.createObjectBuilder()
                                .add("productId", product)
                                .add("title", "x")
                                .build()));
        assertField(
                "title",
                alice.client()
                        .post(
                                "/api/bugs/similar",
                                Json.createObjectBuilder()
                                        .add("productId", product)
                                        .build()));
        assertField(
                "limit",
                alice.client()
                        .post(
                                "/api/ideas/similar",
                                Json.createObjectBuilder()
                                        .add("productId", product)
                                        .add("title", "x")
                                        .add("limit", 21)
                                        .build()));
        assertField(
                "productId",
                alice.client()
                        .post(
                                "/api/ideas/similar",
                                Json.createObjectBuilder()
                                        .add("productId", 999_999_999L)
                                        .add("title", "x")
                                        .build()));
    }

    @Test
    void pageAndSizeThatAreNoNumbersAreA400NamingThem() {
        long product = standardProduct();
        for (String list :
                List.of("/api/bugs", "/api/ideas", "/api/products/" + product + "/versions/4.7.12/patches")) {
            assertField("page", anonymous.get(list + "?page=abc"));
            assertField("page", anonymous.get(list + "?page=1.5"));
            assertField("page", anonymous.get(list + "?page=99999999999"));
            assertField("page", anonymous.get(list + "?page=-1"));
            assertField("size", anonymous.get(list + "?size=x"));
            assertField("size", anonymous.get(list + "?size=101"));
            assertEquals(200, anonymous.get(list + "?page=0&size=5").status(), list);
        }
    }

    @Test
    void eightVotesAtOnceByOneUserCountOnceAndByEightUsersCountEight() throws Exception {
        long product = standardProduct();
        var alice = fixtures.customer();
        long idea = alice.client()
                .post("/api/ideas", idea(product, "Wishlists", "Customers keep a wishlist."))
                .id();
        String vote = "/api/ideas/" + idea + "/vote";
        var same = PointsIT.concurrently(
                8, () -> alice.client().put(vote, Json.createObjectBuilder().build()));
        assertEquals(
                List.of(200),
                same.stream().map(ProservClient.Answer::status).distinct().toList(),
                same::toString);
        assertEquals(1, anonymous.get("/api/ideas/" + idea).json().getInt("votes"));

        var voters = new ArrayList<Callable<ProservClient.Answer>>();
        for (int i = 0; i < 8; i++) {
            var voter = fixtures.customer().client();
            voters.add(() -> voter.put(vote, Json.createObjectBuilder().build()));
        }
        var many = PointsIT.concurrently(voters);
        assertEquals(
                List.of(200),
                many.stream().map(ProservClient.Answer::status).distinct().toList(),
                many::toString);
        assertEquals(9, anonymous.get("/api/ideas/" + idea).json().getInt("votes"));

        var withdrawn = PointsIT.concurrently(8, () -> alice.client().delete(vote));
        assertEquals(
                List.of(200),
                withdrawn.stream().map(ProservClient.Answer::status).distinct().toList());
        assertEquals(8, anonymous.get("/api/ideas/" + idea).json().getInt("votes"));
        assertEquals(
                9,
                alice.client()
                        .put(vote, Json.createObjectBuilder().build())
                        .json()
                        .getInt("votes"));
    }

    @Test
    void aStoreMayDeclareAppliedAPatchOfAnotherVersionThatItsVersionsPatchesRequire() {
        long product = standardProduct();
        var engineer = fixtures.staff("engineer").client();
        var older = publish(engineer, product, "BUG_FIX", null, List.of("4.7.11"), Map.of(), List.of(), false, 201);
        var needsOlder = publish(
                engineer, product, "BUG_FIX", null, List.of("4.7.12"), Map.of(), List.of(id(older)), false, 201);
        var unrelated = publish(engineer, product, "BUG_FIX", null, List.of("5.0.0"), Map.of(), List.of(), false, 201);
        var customer = fixtures.customer().client();

        var missing = customer.post(
                "/api/patch-plans",
                Json.createObjectBuilder()
                        .add("productId", product)
                        .add("version", "4.7.12")
                        .build());
        assertEquals(
                "prerequisiteMissing",
                missing.json()
                        .getJsonArray("steps")
                        .getJsonObject(0)
                        .getJsonArray("reasons")
                        .getJsonObject(0)
                        .getString("code"),
                missing::toString);
        var applied = customer.post(
                "/api/patch-plans",
                Json.createObjectBuilder()
                        .add("productId", product)
                        .add("version", "4.7.12")
                        .add("appliedPatches", Json.createArrayBuilder().add(id(older)))
                        .build());
        assertEquals(200, applied.status(), applied::toString);
        var step = applied.json().getJsonArray("steps").getJsonObject(0);
        assertEquals(id(needsOlder), step.getJsonNumber("patchId").longValue());
        assertEquals("automatic", step.getString("mode"), applied::toString);

        var other = customer.post(
                "/api/patch-plans",
                Json.createObjectBuilder()
                        .add("productId", product)
                        .add("version", "4.7.12")
                        .add(
                                "appliedPatches",
                                Json.createArrayBuilder().add(id(older)).add(id(unrelated)))
                        .build());
        assertProblem(400, other);
        assertEquals(String.valueOf(id(unrelated)), other.json().getString("otherVersionPatches"));
    }

    @Test
    void aSecondPatchOfAFileIsAutomaticWhenTheStoresCopyIsAsTheFirstExpects() {
        long product = standardProduct();
        var engineer = fixtures.staff("engineer").client();
        var first = publish(
                engineer,
                product,
                "BUG_FIX",
                null,
                List.of("4.7.12"),
                Map.of("classes/Cart.php", "aaaa1111"),
                List.of(),
                false,
                201);
        var second = publish(
                engineer,
                product,
                "BUG_FIX",
                null,
                List.of("4.7.12"),
                Map.of("classes/Cart.php", "bbbb2222"),
                List.of(id(first)),
                false,
                201);
        var plan = fixtures.customer()
                .client()
                .post(
                        "/api/patch-plans",
                        Json.createObjectBuilder()
                                .add("productId", product)
                                .add("version", "4.7.12")
                                .add(
                                        "modifiedFiles",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("path", "/classes/Cart.php")
                                                        .add("checksum", "AAAA1111")))
                                .build());
        assertEquals(200, plan.status(), plan::toString);
        assertEquals(
                List.of(id(first), id(second)),
                plan.json().getJsonArray("steps").stream()
                        .map(s -> s.asJsonObject().getJsonNumber("patchId").longValue())
                        .toList());
        assertEquals(2, plan.json().getInt("automatic"), plan::toString);
    }

    @Test
    void aPathNamingNoFileIsA400() {
        long product = standardProduct();
        var engineer = fixtures.staff("engineer").client();
        for (String path : List.of("/", "./", "classes/")) {
            assertField(
                    "files",
                    engineer.post(
                            "/api/patches",
                            Json.createObjectBuilder()
                                    .add("productId", product)
                                    .add("kind", "BUG_FIX")
                                    .add("title", "Fix")
                                    .add("versions", array(List.of("4.7.12")))
                                    .add(
                                            "files",
                                            Json.createArrayBuilder()
                                                    .add(Json.createObjectBuilder()
                                                            .add("path", path)
                                                            .add("checksum", "aaaa1111")))
                                    .build()));
            assertField(
                    "modifiedFiles",
                    fixtures.customer()
                            .client()
                            .post(
                                    "/api/patch-plans",
                                    Json.createObjectBuilder()
                                            .add("productId", product)
                                            .add("version", "4.7.12")
                                            .add(
                                                    "modifiedFiles",
                                                    Json.createArrayBuilder()
                                                            .add(Json.createObjectBuilder()
                                                                    .add("path", path)))
                                            .build()));
        }
    }

    private long report(ProservClient who, long product, String title) {
        var answer = who.post("/api/bugs", bug(product, title, "Steps for " + title));
        assertEquals(201, answer.status(), answer::toString);
        return answer.id();
    }

    private static String duplicateOf(long original) {
        return "{\"status\":\"DUPLICATE\",\"duplicateOf\":" + original + "}";
    }

    @Test
    void twoReportsMarkedDuplicatesOfEachOtherAtOnceNeverFormALoop() throws Exception {
        long product = standardProduct();
        var alice = fixtures.customer().client();
        var engineer = fixtures.staff("engineer").client();
        var dispatcher = fixtures.staff("dispatcher").client();
        for (int round = 0; round < 5; round++) {
            long a = report(alice, product, "Report A" + round);
            long b = report(alice, product, "Report B" + round);
            var answers = PointsIT.concurrently(List.of(
                    () -> engineer.post("/api/bugs/" + a + "/status", duplicateOf(b)),
                    () -> dispatcher.post("/api/bugs/" + b + "/status", duplicateOf(a))));
            assertEquals(
                    List.of(200, 409),
                    answers.stream().map(ProservClient.Answer::status).sorted().toList(),
                    answers::toString);
            var first = anonymous.get("/api/bugs/" + a).json();
            var second = anonymous.get("/api/bugs/" + b).json();
            assertEquals(
                    1,
                    (first.getString("status").equals("DUPLICATE") ? 1 : 0)
                            + (second.getString("status").equals("DUPLICATE") ? 1 : 0),
                    first + " " + second);
        }
    }

    @Test
    void aReportOthersAreDuplicatesOfCannotBecomeADuplicateUntilTheyArePointedElsewhere() {
        long product = standardProduct();
        var alice = fixtures.customer().client();
        var engineer = fixtures.staff("engineer").client();
        long x = report(alice, product, "Coupon breaks checkout");
        long y = report(alice, product, "Checkout blank with a coupon");
        long z = report(alice, product, "White page when a coupon is used");
        assertEquals(
                200, engineer.post("/api/bugs/" + z + "/status", duplicateOf(x)).status());

        var chain = engineer.post("/api/bugs/" + x + "/status", duplicateOf(y));
        assertProblem(409, chain);
        assertEquals(String.valueOf(z), chain.json().getString("duplicates"), chain::toString);
        assertEquals("NEW", anonymous.get("/api/bugs/" + x).json().getString("status"));

        var repointed = engineer.post("/api/bugs/" + z + "/status", duplicateOf(y));
        assertEquals(200, repointed.status(), repointed::toString);
        assertEquals(y, repointed.json().getJsonNumber("duplicateOf").longValue());
        var history = anonymous.get("/api/bugs/" + z + "/history").array();
        assertEquals(
                List.of("NEW", "DUPLICATE", "DUPLICATE"),
                history.stream().map(h -> h.asJsonObject().getString("to")).toList());
        assertTrue(history.getJsonObject(2).getString("note").contains("(was " + x + ")"), history::toString);
        assertProblem(409, engineer.post("/api/bugs/" + z + "/status", duplicateOf(y)));

        assertEquals(
                200, engineer.post("/api/bugs/" + x + "/status", duplicateOf(y)).status());
        var loop = engineer.post("/api/bugs/" + y + "/status", duplicateOf(x));
        assertProblem(409, loop);
        assertEquals("NEW", anonymous.get("/api/bugs/" + y).json().getString("status"));
        assertField("duplicateOf", engineer.post("/api/bugs/" + y + "/status", duplicateOf(999_999_999L)));
        assertProblem(404, engineer.post("/api/bugs/999999999/status", duplicateOf(y)));
    }

    @Test
    void eightStaffConfirmingOneReportAtOnceOneWinsTheOthersAre409() throws Exception {
        long product = standardProduct();
        long bug = report(fixtures.customer().client(), product, "Totals wrong after currency switch");
        var staff = new ArrayList<Callable<ProservClient.Answer>>();
        for (int i = 0; i < 8; i++) {
            var who = fixtures.staff(i % 2 == 0 ? "engineer" : "dispatcher").client();
            staff.add(() -> who.post("/api/bugs/" + bug + "/status", "{\"status\":\"CONFIRMED\"}"));
        }
        var answers = PointsIT.concurrently(staff);
        var statuses =
                answers.stream().map(ProservClient.Answer::status).sorted().toList();
        assertEquals(List.of(200, 409, 409, 409, 409, 409, 409, 409), statuses, answers::toString);
        var history = anonymous.get("/api/bugs/" + bug + "/history").array();
        assertEquals(
                List.of("NEW", "CONFIRMED"),
                history.stream().map(h -> h.asJsonObject().getString("to")).toList());
    }

    private static JsonObject idea(long product, String title, String description) {
        return Json.createObjectBuilder()
                .add("productId", product)
                .add("title", title)
                .add("description", description)
                .build();
    }

    private static void assertField(String field, ProservClient.Answer answer) {
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
