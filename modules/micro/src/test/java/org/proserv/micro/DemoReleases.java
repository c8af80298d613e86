package org.proserv.micro;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The run command's demo data for the releases context, made through the API once (when no X-Cart product exists yet),
 * the catalogue before the demo accounts whose licences name it: X-Cart and LiteCommerce with branches and versions of
 * every status, patches with prerequisites, a manual-only security patch decided for an out-of-guarantee version, a few
 * bug reports and ideas with votes. Dates are relative to now.
 */
final class DemoReleases {

    private final ProservClient admin;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private DemoReleases(ProservClient admin) {
        this.admin = admin;
    }

    /**
     * Seeds the catalogue, then (through {@code people}) the demo accounts, whose licences name catalogue versions,
     * then patches, reports and ideas, some of them by those accounts.
     */
    static void seed(ProservClient admin, String demoPassword, Runnable people) {
        if (admin.get("/api/products").array().stream()
                .anyMatch(p -> p.asJsonObject().getString("name").equals("X-Cart"))) {
            people.run();
            return;
        }
        var demo = new DemoReleases(admin);
        long xcart = demo.product("X-Cart", List.of("4.6", "4.7", "5.0"));
        demo.version(xcart, "4.6", "4.6.5", 1100);
        demo.version(xcart, "4.7", "4.7.10", 600);
        demo.version(xcart, "4.7", "4.7.11", 240);
        demo.version(xcart, "4.7", "4.7.12", 90);
        demo.version(xcart, "5.0", "5.0.0", 40);
        demo.version(xcart, "5.0", "5.0.1", 10);

        long lite = demo.product("LiteCommerce", List.of("2.1", "2.2"));
        demo.version(lite, "2.1", "2.1.7", 800);
        demo.version(lite, "2.2", "2.2.40", 180);
        demo.version(lite, "2.2", "2.2.41", 30);

        people.run();
        demo.seedTracker(xcart, lite, admin.as("alice", demoPassword), admin.as("devon", demoPassword));
    }

    private void seedTracker(long xcart, long lite, ProservClient alice, ProservClient devon) {
        long cart = patch(
                xcart,
                "BUG_FIX",
                null,
                "Checkout total ignores gift certificates",
                List.of("4.7.11", "4.7.12"),
                file("classes/XLite/Model/Cart.php", "9f2c41d07ab3e5c8"),
                List.of(),
                60,
                null,
                null);
        patch(
                xcart,
                "BUG_FIX",
                null,
                "Order confirmation emails are sent twice",
                List.of("4.7.12"),
                file("classes/XLite/Controller/Customer/Checkout.php", "5be04a7c1d93f260"),
                List.of(cart),
                50,
                null,
                null);
        patch(
                xcart,
                "SECURITY",
                "HIGH",
                "Session fixation in the admin sign-in",
                List.of("4.6.5", "4.7.12", "5.0.0"),
                file("classes/XLite/Core/Session.php", "c0ffee00d15ea5e1"),
                List.of(),
                30,
                "changes the permissions of var/sessions: run the shell step by hand",
                "Exploited in the wild; many stores still run 4.6.5");
        patch(
                xcart,
                "SECURITY",
                "CRITICAL",
                "SQL injection in the product search",
                List.of("5.0.0", "5.0.1"),
                file("classes/XLite/Model/Repo/Product.php", "a1b2c3d4e5f60718"),
                List.of(),
                5,
                null,
                null);
        patch(
                xcart,
                "BUG_FIX",
                null,
                "Tax is rounded per line instead of per order",
                List.of("5.0.0"),
                file("classes/XLite/Logic/Order/Modifier/Tax.php", "0badcafe12345678"),
                List.of(),
                20,
                null,
                null);
        patch(
                lite,
                "BUG_FIX",
                null,
                "Category tree loses its order after import",
                List.of("2.2.40", "2.2.41"),
                file("src/Model/Category.php", "77aa88bb99cc00dd"),
                List.of(),
                15,
                null,
                null);

        bug(
                alice,
                xcart,
                "4.7.12",
                "Checkout page goes blank after applying a coupon",
                "1. Add any product to the cart. 2. Open the checkout. 3. Apply the coupon SAVE10.",
                "The discounted total",
                "A blank white page");
        bug(
                alice,
                xcart,
                "4.7.12",
                "Product images are not resized on upload",
                "Upload a 4000x3000 image to a product in the admin.",
                "A thumbnail",
                "The full-size image everywhere");
        bug(
                admin,
                xcart,
                "5.0.1",
                "Wrong tax total for EU customers",
                "Set a German address at checkout and compare the cart totals.",
                "19% VAT",
                "VAT counted twice");
        bug(
                devon,
                lite,
                "2.2.41",
                "Admin order list is slow with many orders",
                "Open Orders in the admin of a store with 50,000 orders.",
                "A second or two",
                "Half a minute");

        long reorder = idea(alice, xcart, "One-click reorder", "Let customers repeat a past order in one click.");
        idea(devon, xcart, "Dark theme for the admin area", "A dark colour scheme for the back office.");
        vote(alice, reorder);
        vote(devon, reorder);
    }

    private long product(String name, List<String> branches) {
        long id = expect(
                        201,
                        admin.post(
                                "/api/products",
                                Json.createObjectBuilder().add("name", name).build()))
                .id();
        for (String branch : branches) {
            expect(
                    201,
                    admin.post(
                            "/api/products/" + id + "/branches",
                            Json.createObjectBuilder().add("name", branch).build()));
        }
        return id;
    }

    private void version(long product, String branch, String name, int daysAgo) {
        expect(
                201,
                admin.post(
                        "/api/products/" + product + "/versions",
                        Json.createObjectBuilder()
                                .add("branch", branch)
                                .add("name", name)
                                .add(
                                        "releasedAt",
                                        now.minus(Duration.ofDays(daysAgo)).toString())
                                .build()));
    }

    private long patch(
            long product,
            String kind,
            String severity,
            String title,
            List<String> versions,
            JsonObjectBuilder file,
            List<Long> prerequisites,
            int daysAgo,
            String manualNote,
            String decisionNote) {
        var body = Json.createObjectBuilder()
                .add("productId", product)
                .add("kind", kind)
                .add("title", title)
                .add("versions", strings(versions))
                .add("files", Json.createArrayBuilder().add(file))
                .add("releasedAt", now.minus(Duration.ofDays(daysAgo)).toString());
        if (severity != null) {
            body.add("severity", severity);
        }
        var required = Json.createArrayBuilder();
        prerequisites.forEach(required::add);
        body.add("prerequisites", required);
        if (manualNote != null) {
            body.add("manualOnly", true).add("manualNote", manualNote);
        }
        if (decisionNote != null) {
            body.add("decisionNote", decisionNote);
        }
        return expect(201, admin.post("/api/patches", body.build())).id();
    }

    private static JsonObjectBuilder file(String path, String checksum) {
        return Json.createObjectBuilder().add("path", path).add("checksum", checksum);
    }

    private static void bug(
            ProservClient who,
            long product,
            String version,
            String title,
            String steps,
            String expected,
            String actual) {
        expect(
                201,
                who.post(
                        "/api/bugs",
                        Json.createObjectBuilder()
                                .add("productId", product)
                                .add("version", version)
                                .add("title", title)
                                .add("steps", steps)
                                .add("expected", expected)
                                .add("actual", actual)
                                .build()));
    }

    private static long idea(ProservClient who, long product, String title, String description) {
        return expect(
                        201,
                        who.post(
                                "/api/ideas",
                                Json.createObjectBuilder()
                                        .add("productId", product)
                                        .add("title", title)
                                        .add("description", description)
                                        .build()))
                .id();
    }

    private static void vote(ProservClient who, long idea) {
        expect(
                200,
                who.put(
                        "/api/ideas/" + idea + "/vote",
                        Json.createObjectBuilder().build()));
    }

    private static JsonArrayBuilder strings(List<String> values) {
        var array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static ProservClient.Answer expect(int status, ProservClient.Answer answer) {
        if (answer.status() != status) {
            throw new IllegalStateException("seeding demo releases failed: " + answer);
        }
        return answer;
    }
}
