package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;

/** People and tickets made through the API, each with fresh names. */
public final class Fixtures {

    static final String PASSWORD = "a-long-password";

    private final TestServer server;
    private final ProservClient admin;

    public Fixtures(TestServer server) {
        this.server = server;
        this.admin = server.admin();
    }

    public record Customer(long id, long licenceId, String username, ProservClient client) {}

    public record Staff(String username, ProservClient client) {}

    public ProservClient admin() {
        return admin;
    }

    /** The product and version licences are for unless a test says otherwise; see {@link #catalogueVersion}. */
    public static final String PRODUCT = "X-Cart";

    public static final String VERSION = "4.7.12";

    public Customer customer(boolean withSupport) {
        catalogueVersion(PRODUCT, "4.7", VERSION);
        return customer(withSupport, PRODUCT, VERSION);
    }

    /**
     * Makes sure the releases catalogue has this version (licences and tickets name only versions it knows), released
     * 30 days before the server's clock; returns the product's id. Several test classes share one server: what exists
     * already is kept.
     */
    public long catalogueVersion(String product, String branch, String version) {
        long id = productId(product);
        if (id == 0) {
            var created = admin.post(
                    "/api/products",
                    Json.createObjectBuilder().add("name", product).build());
            id = created.status() == 201 ? created.id() : productId(product);
        }
        var versions = admin.get("/api/products/" + id + "/versions").array();
        if (versions.stream().noneMatch(v -> v.asJsonObject().getString("name").equals(version))) {
            admin.post(
                    "/api/products/" + id + "/branches",
                    Json.createObjectBuilder().add("name", branch).build());
            Instant now = Instant.parse(admin.get("/api/admin/clock").json().getString("now"));
            var added = admin.post(
                    "/api/products/" + id + "/versions",
                    Json.createObjectBuilder()
                            .add("branch", branch)
                            .add("name", version)
                            .add("releasedAt", now.minus(30, ChronoUnit.DAYS).toString())
                            .build());
            assertEquals(true, added.status() == 201 || added.status() == 409, added::toString);
        }
        return id;
    }

    private long productId(String name) {
        return admin.get("/api/products").array().stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals(name))
                .mapToLong(p -> p.getJsonNumber("id").longValue())
                .findFirst()
                .orElse(0);
    }

    public Customer customer(boolean withSupport, String product, String version) {
        String username = TestServer.unique("cust");
        var created = admin.post(
                "/api/customers",
                Json.createObjectBuilder()
                        .add("name", "Store of " + username)
                        .add("email", username + "@example.com")
                        .add("username", username)
                        .add("password", PASSWORD)
                        .build());
        assertEquals(201, created.status(), created::toString);
        long id = created.id();
        var licence = admin.post(
                "/api/customers/" + id + "/licences",
                Json.createObjectBuilder()
                        .add("product", product)
                        .add("version", version)
                        .add("withSupport", withSupport)
                        .build());
        assertEquals(201, licence.status(), licence::toString);
        return new Customer(id, licence.id(), username, server.anonymous().as(username, PASSWORD));
    }

    public Customer customer() {
        return customer(true);
    }

    public void subscribe(Customer customer, Instant from, Instant until) {
        var answer = admin.post(
                "/api/customers/" + customer.id() + "/subscriptions",
                Json.createObjectBuilder()
                        .add("startsAt", from.toString())
                        .add("endsAt", until.toString())
                        .build());
        assertEquals(201, answer.status(), answer::toString);
    }

    public Staff staff(String role) {
        String username = TestServer.unique(role);
        var answer = admin.post(
                "/api/staff",
                Json.createObjectBuilder()
                        .add("username", username)
                        .add("password", PASSWORD)
                        .add("role", role)
                        .add("displayName", "The " + role)
                        .build());
        assertEquals(201, answer.status(), answer::toString);
        return new Staff(username, server.anonymous().as(username, PASSWORD));
    }

    /** Buys a catalogue pack of exactly this many points (60, 120, 300 or 1200) as the customer. */
    public JsonObject buy(Customer customer, int points) {
        var packs = customer.client().get("/api/support/point-packs").array();
        long pack = packs.stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getInt("points") == points)
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        var answer = customer.client()
                .post(
                        "/api/customers/" + customer.id() + "/points/purchases",
                        Json.createObjectBuilder().add("packId", pack).build());
        assertEquals(201, answer.status(), answer::toString);
        return answer.json();
    }

    /** The whole staff queue of one status, all pages, in the order the server gives. */
    public List<JsonObject> queue(Staff staff, String status) {
        var all = new ArrayList<JsonObject>();
        for (int page = 0; ; page++) {
            var items = staff.client()
                    .get("/api/tickets?status=" + status + "&size=100&page=" + page)
                    .json()
                    .getJsonArray("items");
            items.forEach(i -> all.add(i.asJsonObject()));
            if (items.size() < 100) {
                return all;
            }
        }
    }

    /** The queue's promise, whoever else's tickets are in it: HotRush first, then by due time. */
    public static void assertQueueOrder(List<JsonObject> queue) {
        for (int i = 1; i < queue.size(); i++) {
            var before = queue.get(i - 1);
            var after = queue.get(i);
            boolean hotBefore = before.getBoolean("hotRush");
            boolean hotAfter = after.getBoolean("hotRush");
            Assertions.assertFalse(!hotBefore && hotAfter, "HotRush out of turn: " + before + " / " + after);
            if (hotBefore == hotAfter && before.containsKey("responseDueAt") && after.containsKey("responseDueAt")) {
                Assertions.assertFalse(
                        Instant.parse(after.getString("responseDueAt"))
                                .isBefore(Instant.parse(before.getString("responseDueAt"))),
                        "by due time: " + before + " / " + after);
            }
        }
    }

    public JsonObject balance(Customer customer) {
        var answer = customer.client().get("/api/customers/" + customer.id() + "/points");
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    public JsonObject openHotRush(Customer customer, String subject) {
        var answer = customer.client()
                .post(
                        "/api/tickets",
                        Json.createObjectBuilder()
                                .add("licenceId", customer.licenceId())
                                .add("subject", subject)
                                .add("message", "Urgent!")
                                .add("hotRush", true)
                                .build());
        assertEquals(201, answer.status(), answer::toString);
        return answer.json();
    }

    public JsonObject classify(Staff dispatcher, long ticket, String category) {
        var answer = dispatcher
                .client()
                .post(
                        "/api/tickets/" + ticket + "/classification",
                        Json.createObjectBuilder().add("category", category).build());
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    public JsonObject openTicket(Customer customer, String subject) {
        var answer = customer.client()
                .post(
                        "/api/tickets",
                        Json.createObjectBuilder()
                                .add("licenceId", customer.licenceId())
                                .add("subject", subject)
                                .add("message", "Please help")
                                .build());
        assertEquals(201, answer.status(), answer::toString);
        return answer.json();
    }

    /** Assigns as a dispatcher does: a ticket not classified yet is first classified as a general question. */
    public JsonObject assign(Staff dispatcher, long ticket, Staff engineer) {
        var charge = dispatcher.client().get("/api/tickets/" + ticket).json().getJsonObject("charge");
        if (!charge.containsKey("category")) {
            classify(dispatcher, ticket, "GENERAL_QUESTION");
        }
        var answer = dispatcher
                .client()
                .post(
                        "/api/tickets/" + ticket + "/assignment",
                        Json.createObjectBuilder()
                                .add("engineer", engineer.username())
                                .build());
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    public JsonObject message(ProservClient who, long ticket, String body) {
        var answer = who.post(
                "/api/tickets/" + ticket + "/messages",
                Json.createObjectBuilder().add("body", body).build());
        assertEquals(201, answer.status(), answer::toString);
        return answer.json();
    }

    public static Instant instant(JsonObject json, String name) {
        return Instant.parse(json.getString(name));
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
