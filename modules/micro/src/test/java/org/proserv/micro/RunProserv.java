package org.proserv.micro;

import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The run command: starts Proserv on Payara Micro with an H2 database in the data directory, seeds the demo accounts
 * once, and stays in the foreground until interrupted.
 */
public final class RunProserv {

    static final String ADMIN_PASSWORD = "admin-demo-1";
    static final String DEMO_PASSWORD = "demo-pass-1";

    private RunProserv() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("proserv.data", "data"))
                .toAbsolutePath()
                .normalize();
        int port = Integer.getInteger("proserv.port", 8080);
        Files.createDirectories(data);
        System.out.println("Starting Proserv on Payara Micro (data in " + data + ", log in "
                + data.resolve("server.log") + ") ...");
        var server = PayaraMicroServer.start(
                Map.of("PROSERV_DATA_DIR", data.toString(), "PROSERV_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD),
                port,
                data.resolve("server.log"));
        seedDemoData(new ProservClient(server.baseUri()).as("admin", ADMIN_PASSWORD));
        System.out.println();
        System.out.println(
                "Proserv is ready at " + server.baseUri() + "/api  (OpenAPI: " + server.baseUri() + "/openapi)");
        System.out.println("Demo accounts (username / password):");
        System.out.println("  admin      / " + ADMIN_PASSWORD + "   (admin)");
        for (String user : new String[] {
            "alice", "devon", "dana", "erin", "quinn", "dora", "dev", "desi", "quentin", "ian", "uma", "paul"
        }) {
            System.out.printf("  %-10s / %s%n", user, DEMO_PASSWORD);
        }
        System.out.println(
                "  alice: customer with a supported X-Cart licence; devon: customer with a developer licence;");
        System.out.println("  dana: dispatcher; erin: engineer;");
        System.out.println("  quinn: quote manager; dora: director; dev: developer; desi: designer; quentin: QA;");
        System.out.println("  ian: installation engineer; uma: upgrade specialist; paul: project manager.");
        System.out.println("  Press Ctrl+C to stop.");
        System.exit(server.awaitExit());
    }

    /** Creates the demo data once; on later starts it exists and nothing is added. */
    static void seedDemoData(ProservClient admin) {
        DemoReleases.seed(admin, DEMO_PASSWORD, () -> seedPeople(admin));
        seedProjectsStaff(admin);
        seedInstallationsStaff(admin);
    }

    /** The installations staff, once: also added to a data directory seeded before they existed. */
    private static void seedInstallationsStaff(ProservClient admin) {
        if (admin.get("/api/staff?role=installation_engineer").array().stream()
                .anyMatch(v -> v.asJsonObject().getString("username").equals("ian"))) {
            return;
        }
        staff(admin, "ian", "installation_engineer", "Ian Installation Engineer");
        staff(admin, "uma", "upgrade_specialist", "Uma Upgrade Specialist");
        staff(admin, "paul", "project_manager", "Paul Project Manager");
    }

    /** The projects staff, once: also added to a data directory seeded before they existed. */
    private static void seedProjectsStaff(ProservClient admin) {
        if (admin.get("/api/staff?role=quote_manager").array().stream()
                .anyMatch(v -> v.asJsonObject().getString("username").equals("quinn"))) {
            return;
        }
        staff(admin, "quinn", "quote_manager", "Quinn Quote Manager");
        staff(admin, "dora", "director", "Dora Director");
        staff(admin, "dev", "developer", "Dev Developer");
        staff(admin, "desi", "designer", "Desi Designer");
        staff(admin, "quentin", "qa", "Quentin QA");
    }

    /** Creates the demo people once; on later starts they exist and nothing is added. */
    private static void seedPeople(ProservClient admin) {
        if (admin.get("/api/staff?role=engineer").array().stream()
                .anyMatch(v -> v.asJsonObject().getString("username").equals("erin"))) {
            return;
        }
        staff(admin, "dana", "dispatcher", "Dana Dispatcher");
        staff(admin, "erin", "engineer", "Erin Engineer");
        long alice = customer(admin, "Alice's Gadgets", "alice@example.com", "alice");
        licence(admin, alice, "X-Cart", "4.7.12", true);
        long devon = customer(admin, "Devon Web Studio", "devon@example.com", "devon");
        licence(admin, devon, "LiteCommerce", "2.2.41", false);
        admin.post(
                "/api/customers/" + alice + "/subscriptions",
                Json.createObjectBuilder()
                        .add(
                                "startsAt",
                                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
                        .add(
                                "endsAt",
                                Instant.now()
                                        .plus(365, ChronoUnit.DAYS)
                                        .truncatedTo(ChronoUnit.SECONDS)
                                        .toString())
                        .build());
    }

    private static void staff(ProservClient admin, String username, String role, String name) {
        expectCreated(admin.post(
                "/api/staff",
                Json.createObjectBuilder()
                        .add("username", username)
                        .add("password", DEMO_PASSWORD)
                        .add("role", role)
                        .add("displayName", name)
                        .build()));
    }

    private static long customer(ProservClient admin, String name, String email, String username) {
        return expectCreated(admin.post(
                        "/api/customers",
                        Json.createObjectBuilder()
                                .add("name", name)
                                .add("email", email)
                                .add("username", username)
                                .add("password", DEMO_PASSWORD)
                                .build()))
                .id();
    }

    private static void licence(
            ProservClient admin, long customer, String product, String version, boolean withSupport) {
        expectCreated(admin.post(
                "/api/customers/" + customer + "/licences",
                Json.createObjectBuilder()
                        .add("product", product)
                        .add("version", version)
                        .add("withSupport", withSupport)
                        .build()));
    }

    private static ProservClient.Answer expectCreated(ProservClient.Answer answer) {
        if (answer.status() != 201) {
            throw new IllegalStateException("seeding demo data failed: " + answer);
        }
        return answer;
    }
}
