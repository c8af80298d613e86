package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.micro.PointsIT.concurrently;
import static org.proserv.micro.TicketLifecycleIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Graphic prototypes (the public catalogue, purchases, the concurrent buyout, ordering an integration) and design
 * projects: a creation that ends after its second rejected sketch set, one that goes through both paid stages to the
 * customer's approval with its deliverables, and the integration of an approved design delivered as a package.
 */
@ExtendWith(TestServer.Extension.class)
class DesignIT {

    private TestServer server;
    private Fixtures fixtures;
    private Fixtures.Staff quinn;
    private Fixtures.Staff desi;

    @BeforeEach
    void setUp(TestServer server) {
        this.server = server;
        this.fixtures = new Fixtures(server);
        this.quinn = fixtures.staff("quote_manager");
        this.desi = fixtures.staff("designer");
    }

    @Test
    void aBuyoutRemovesThePrototypeForEveryoneAndOfManyAtOnceExactlyOneSucceeds() throws Exception {
        long contested = prototype("Contested " + UUID.randomUUID());
        long shared = prototype("Shared " + UUID.randomUUID());
        var anonymous = server.anonymous();
        assertTrue(catalogue(anonymous).contains(contested), "public without signing in");
        assertEquals(
                "149.00",
                anonymous
                        .get("/api/prototypes/" + shared)
                        .json()
                        .getJsonObject("price")
                        .getString("amount"));

        // a normal purchase records what was paid and leaves the prototype listed
        var alice = fixtures.customer();
        var bought = purchase(alice.client(), shared, "PURCHASE");
        assertEquals(201, bought.status(), bought::toString);
        assertEquals("149.00", bought.json().getJsonObject("paid").getString("amount"));
        assertFalse(bought.json().getBoolean("unlimitedUse"));
        assertTrue(catalogue(anonymous).contains(shared));
        assertProblem(403, purchase(desi.client(), shared, "PURCHASE"));
        assertProblem(403, purchase(fixtures.admin(), shared, "BUYOUT"));
        assertProblem(400, alice.client().post("/api/prototypes/" + shared + "/purchases", "{\"kind\":\"STEAL\"}"));

        // many customers buy out the same prototype at the same moment: one succeeds, the others get 409
        List<Callable<ProservClient.Answer>> racers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            var customer = fixtures.customer();
            racers.add(() -> purchase(customer.client(), contested, "BUYOUT"));
        }
        racers.add(() -> purchase(alice.client(), contested, "PURCHASE"));
        var answers = concurrently(racers);
        var winners = answers.stream()
                .filter(a -> a.status() == 201 && a.json().getString("kind").equals("BUYOUT"))
                .toList();
        assertEquals(1, winners.size(), answers::toString);
        assertEquals("990.00", winners.get(0).json().getJsonObject("paid").getString("amount"));
        assertTrue(winners.get(0).json().getBoolean("unlimitedUse"));
        answers.stream().filter(a -> a.status() != 201).forEach(a -> assertRule(409, "prototype-bought-out", a));
        assertFalse(catalogue(anonymous).contains(contested), "gone for everyone at once");
        assertProblem(404, anonymous.get("/api/prototypes/" + contested));
        assertRule(409, "prototype-bought-out", purchase(fixtures.customer().client(), contested, "PURCHASE"));
        assertRule(409, "prototype-bought-out", purchase(alice.client(), contested, "BUYOUT"));

        // ordering a bought prototype's integration starts a design-integration request that can be quoted
        var order = alice.client().post("/api/prototypes/" + shared + "/integration", integrationOrder());
        assertEquals(201, order.status(), order::toString);
        assertEquals("DESIGN_INTEGRATION", order.json().getString("kind"));
        assertEquals(alice.id(), order.json().getJsonNumber("customerId").longValue());
        var source = alice.client()
                .get("/api/project-requests/" + order.id() + "/design-source")
                .json();
        assertEquals("PROTOTYPE", source.getString("kind"));
        assertEquals(shared, source.getJsonNumber("prototypeId").longValue());
        assertEquals(201, quote(order.id(), "300.00").status());
        assertRule(
                409,
                "prototype-not-purchased",
                fixtures.customer().client().post("/api/prototypes/" + shared + "/integration", integrationOrder()));
    }

    @Test
    void aDesignCreationEndsAfterItsSecondRejectedSketchSet() {
        var customer = fixtures.customer();
        var shop = customer.client();
        var accepted = acceptedCreation(shop);
        long project = accepted.project;

        // stage 1 waits for the 40%
        assertRule(409, "stage-1-unpaid", desi.client().post("/api/projects/" + project + "/design", "{}"));
        assertEquals(201, pay(accepted.invoices.get(0), "400.00").status());
        var started = desi.client().post("/api/projects/" + project + "/design", "{}");
        assertEquals(200, started.status(), started::toString);
        assertEquals(2, started.json().getInt("setsAllowed"));
        assertProblem(403, shop.post("/api/projects/" + project + "/design/sketch-sets", sketches(2)));

        // the first set is rejected, a second is offered and rejected: the creation ends
        assertEquals(200, offer(project, 3).status());
        assertRule(409, "sketch-set-open", offer(project, 1));
        assertProblem(403, reject(desi.client(), project, 1));
        assertProblem(403, reject(fixtures.admin(), project, 1));
        assertEquals("SKETCHES", reject(shop, project, 1).json().getString("stage"));
        assertEquals(200, offer(project, 2).status());
        var ended = reject(shop, project, 2);
        assertEquals(200, ended.status(), ended::toString);
        assertEquals("ENDED", ended.json().getString("stage"));
        assertEquals(
                List.of("REJECTED", "REJECTED"),
                ended.json().getJsonArray("sketchSets").stream()
                        .map(s -> s.asJsonObject().getString("status"))
                        .toList());
        assertRule(409, "design-creation-ended", offer(project, 1));
        assertRule(409, "design-creation-ended", choose(shop, project, 2, 1));
        assertTrue(inbox(shop, "DESIGN_CREATION_ENDED").get(0).contains("order the design creation again"));
        assertProblem(404, fixtures.customer().client().get("/api/projects/" + project + "/design"));
    }

    @Test
    void bothPaidStagesEndWithApprovalAndTheDeliverablesThenTheDesignIsIntegrated() {
        var customer = fixtures.customer();
        var shop = customer.client();
        var accepted = acceptedCreation(shop);
        long project = accepted.project;
        assertEquals(201, pay(accepted.invoices.get(0), "400.00").status());
        assertEquals(
                200,
                desi.client().post("/api/projects/" + project + "/design", "{}").status());
        assertEquals(200, offer(project, 3).status());
        assertProblem(403, choose(desi.client(), project, 1, 2));
        assertProblem(400, choose(shop, project, 1, 4));
        var chosen = choose(shop, project, 1, 2);
        assertEquals(200, chosen.status(), chosen::toString);
        assertEquals(2, chosen.json().getInt("chosenSketch"));

        // stage 2 waits for the 60%
        var early = desi.client().post("/api/projects/" + project + "/design/refinement", "");
        assertRule(409, "stage-2-unpaid", early);
        assertEquals(
                accepted.invoices.get(1),
                early.json().getJsonNumber("invoiceId").longValue());
        assertEquals(201, pay(accepted.invoices.get(1), "600.00").status());
        var refining = desi.client().post("/api/projects/" + project + "/design/refinement", "");
        assertEquals("REFINING", refining.json().getString("stage"), refining::toString);

        // deliverables: at least four, each at 72 dpi, or refused naming the field and changing nothing
        assertRule(409, "deliverables-missing", shop.post("/api/projects/" + project + "/design/approval", ""));
        assertField("images", deliver(project, images(3, 72)));
        assertField("images[1].dpi", deliver(project, images(4, 300)));
        assertProblem(400, deliver(project, images(4, 72).toString().replace("\"PNG\"", "\"GIF\"")));
        assertEquals(
                0,
                shop.get("/api/projects/" + project + "/design")
                        .json()
                        .getJsonArray("images")
                        .size());
        var delivered = deliver(project, images(5, 72));
        assertEquals(200, delivered.status(), delivered::toString);
        assertProblem(403, desi.client().post("/api/projects/" + project + "/design/approval", ""));
        assertProblem(403, fixtures.admin().post("/api/projects/" + project + "/design/approval", ""));
        var approved = shop.post("/api/projects/" + project + "/design/approval", "");
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("APPROVED", approved.json().getString("stage"));
        assertEquals(
                List.of("HOME", "PRODUCT_LIST", "CATEGORY", "PRODUCT_DETAILS", "CART"),
                approved.json().getJsonArray("images").stream()
                        .map(i -> i.asJsonObject().getString("page"))
                        .toList());

        // its integration: not quoted until the request says which design, then worked on the demo server
        long request = shop.post("/api/project-requests", request("DESIGN_INTEGRATION"))
                .id();
        assertRule(409, "design-integration-needs-design", quote(request, "300.00"));
        var source = shop.put(
                "/api/project-requests/" + request + "/design-source",
                Json.createObjectBuilder().add("creationProjectId", project).build());
        assertEquals(200, source.status(), source::toString);
        assertEquals("APPROVED_CREATION", source.json().getString("kind"));
        var integrationQuote = quote(request, "300.00");
        assertEquals(201, integrationQuote.status(), integrationQuote::toString);
        var integration = accept(shop, integrationQuote.id());
        long integrationProject = integration.project;
        var demo = Json.createObjectBuilder()
                .add("demoUrl", "https://demo.proserv.example/stores/" + integrationProject)
                .build();
        assertRule(
                409,
                "integration-unpaid",
                desi.client().post("/api/projects/" + integrationProject + "/integration/demo", demo));
        assertEquals(201, pay(integration.invoices.get(0), "300.00").status());
        assertRule(
                409,
                "not-design-integration",
                desi.client().post("/api/projects/" + project + "/integration/demo", demo));
        var onDemo = desi.client().post("/api/projects/" + integrationProject + "/integration/demo", demo);
        assertEquals("ON_DEMO", onDemo.json().getString("status"), onDemo::toString);
        var delivery = desi.client()
                .post(
                        "/api/projects/" + integrationProject + "/integration/delivery",
                        Json.createObjectBuilder()
                                .add("mode", "INSTALLATION_PACKAGE")
                                .add("target", "packages/design-" + integrationProject + ".tgz")
                                .build());
        assertEquals(200, delivery.status(), delivery::toString);
        assertEquals(
                "INSTALLATION_PACKAGE",
                shop.get("/api/projects/" + integrationProject + "/integration")
                        .json()
                        .getString("delivery"));
        assertRule(
                409,
                "integration-delivered",
                desi.client().post("/api/projects/" + integrationProject + "/integration/demo", demo));
    }

    private record Accepted(long project, List<Long> invoices) {}

    /** A design creation quoted at 1000.00 and accepted: invoices of 400.00 and 600.00. */
    private Accepted acceptedCreation(ProservClient shop) {
        long request =
                shop.post("/api/project-requests", request("DESIGN_CREATION")).id();
        var sent = quote(request, "1000.00");
        assertEquals(201, sent.status(), sent::toString);
        return accept(shop, sent.id());
    }

    private Accepted accept(ProservClient shop, long quote) {
        var accepted = shop.post(
                "/api/quotes/" + quote + "/acceptance",
                Json.createObjectBuilder().add("version", 1).build());
        assertEquals(201, accepted.status(), accepted::toString);
        return new Accepted(
                accepted.json().getJsonObject("project").getJsonNumber("id").longValue(),
                accepted.json().getJsonArray("invoices").stream()
                        .map(i -> i.asJsonObject().getJsonNumber("id").longValue())
                        .toList());
    }

    private long prototype(String name) {
        var created = desi.client()
                .post(
                        "/api/prototypes",
                        Json.createObjectBuilder()
                                .add("name", name)
                                .add("previewUrl", "https://prototypes.proserv.example/" + UUID.randomUUID())
                                .add("price", money("149.00"))
                                .add("buyoutPrice", money("990.00"))
                                .build());
        assertEquals(201, created.status(), created::toString);
        return created.id();
    }

    private static List<Long> catalogue(ProservClient who) {
        return who.get("/api/prototypes?size=100").json().getJsonArray("items").stream()
                .map(p -> p.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    private static ProservClient.Answer purchase(ProservClient who, long prototype, String kind) {
        return who.post(
                "/api/prototypes/" + prototype + "/purchases",
                Json.createObjectBuilder().add("kind", kind).build());
    }

    private static JsonObject integrationOrder() {
        return Json.createObjectBuilder()
                .add("storeUrl", "https://shop.example")
                .add("product", Fixtures.PRODUCT)
                .add("productVersion", Fixtures.VERSION)
                .add("notes", "Keep our logo")
                .build();
    }

    private static JsonObject request(String kind) {
        return Json.createObjectBuilder()
                .add("kind", kind)
                .add("title", "A design")
                .add("desiredFeatures", "A fresh look for the store")
                .add("product", Fixtures.PRODUCT)
                .add("productVersion", Fixtures.VERSION)
                .build();
    }

    private ProservClient.Answer quote(long request, String total) {
        return quinn.client()
                .post(
                        "/api/project-requests/" + request + "/quotes",
                        Json.createObjectBuilder()
                                .add(
                                        "items",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("description", "The design")
                                                        .add("hours", 40)
                                                        .add("price", money(total))))
                                .add("timeframeDays", 30)
                                .add(
                                        "base",
                                        Json.createObjectBuilder()
                                                .add("product", Fixtures.PRODUCT)
                                                .add("version", Fixtures.VERSION)
                                                .add("skin", "Classic"))
                                .build());
    }

    private ProservClient.Answer pay(long invoice, String amount) {
        return quinn.client()
                .post(
                        "/api/invoices/" + invoice + "/payments",
                        Json.createObjectBuilder().add("amount", money(amount)).build());
    }

    private ProservClient.Answer offer(long project, int count) {
        return desi.client().post("/api/projects/" + project + "/design/sketch-sets", sketches(count));
    }

    private static JsonObject sketches(int count) {
        JsonArrayBuilder sketches = Json.createArrayBuilder();
        for (int i = 1; i <= count; i++) {
            sketches.add(
                    Json.createObjectBuilder().add("title", "Sketch " + i).add("imageRef", "sketches/" + i + ".png"));
        }
        return Json.createObjectBuilder().add("sketches", sketches).build();
    }

    private static ProservClient.Answer choose(ProservClient who, long project, int set, int sketch) {
        return who.post(
                "/api/projects/" + project + "/design/sketch-sets/" + set + "/choice",
                Json.createObjectBuilder().add("sketch", sketch).build());
    }

    private static ProservClient.Answer reject(ProservClient who, long project, int set) {
        return who.post(
                "/api/projects/" + project + "/design/sketch-sets/" + set + "/rejection",
                Json.createObjectBuilder().add("reason", "Too dark").build());
    }

    private static JsonObject images(int count, int dpi) {
        String[] pages = {"HOME", "PRODUCT_LIST", "CATEGORY", "PRODUCT_DETAILS", "CART", "OTHER"};
        JsonArrayBuilder images = Json.createArrayBuilder();
        for (int i = 0; i < count; i++) {
            images.add(Json.createObjectBuilder()
                    .add("page", pages[i % pages.length])
                    .add("format", i == 0 ? "PSD" : "PNG")
                    .add("dpi", i == 0 ? 72 : dpi)
                    .add("imageRef", "design/" + pages[i % pages.length].toLowerCase() + ".png"));
        }
        return Json.createObjectBuilder().add("images", images).build();
    }

    private ProservClient.Answer deliver(long project, Object body) {
        String path = "/api/projects/" + project + "/design/deliverables";
        return body instanceof JsonObject json
                ? desi.client().post(path, json)
                : desi.client().post(path, (String) body);
    }

    private static JsonObject money(String amount) {
        return Json.createObjectBuilder()
                .add("amount", amount)
                .add("currency", "USD")
                .build();
    }

    private static void assertRule(int status, String rule, ProservClient.Answer answer) {
        assertProblem(status, answer);
        assertEquals(rule, answer.json().getString("rule", null), answer::toString);
    }

    private static void assertField(String field, ProservClient.Answer answer) {
        assertProblem(400, answer);
        assertEquals(
                field, answer.json().getJsonArray("errors").getJsonObject(0).getString("field"), answer::toString);
    }

    private static List<String> inbox(ProservClient who, String kind) {
        return who.get("/api/inbox?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(n -> n.getString("kind").equals(kind))
                .map(n -> n.getString("message"))
                .toList();
    }
}
