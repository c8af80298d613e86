package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.proserv.micro.TicketLifecycleIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What pays for an incident besides points: one-incident packages (standard or urgent) and subscriptions, also for a
 * ticket already waiting for a top-up. Customers here hold a developer licence (no support included) and a few points
 * granted by staff, which must stay untouched.
 */
@ExtendWith(TestServer.Extension.class)
class EntitlementIT {

    private TestServer server;
    private Fixtures fixtures;
    private Fixtures.Staff dispatcher;
    private Fixtures.Staff engineer;

    @BeforeEach
    void setUp(TestServer server) {
        this.server = server;
        this.fixtures = new Fixtures(server);
        this.dispatcher = fixtures.staff("dispatcher");
        this.engineer = fixtures.staff("engineer");
    }

    @Test
    void aOneIncidentPackagePaysForATicketAndThePointsStayUntouched() {
        var customer = customerWithPoints(10);
        buyPackage(customer, false);
        long ticket = id(fixtures.openTicket(customer, "Debug my module"));

        var classified = fixtures.classify(dispatcher, ticket, "CODE_DEBUGGING");

        var charge = classified.getJsonObject("charge");
        assertEquals("PACKAGE", charge.getString("source"), charge::toString);
        assertEquals(0, charge.getInt("chargedPoints"));
        assertEquals(0, charge.getJsonArray("entries").size());
        assertEquals("SUBMITTED", classified.getString("status"));
        assertEquals(10, fixtures.balance(customer).getInt("balance"));
        assertEquals(
                ticket,
                packages(customer)
                        .getJsonObject(0)
                        .getJsonNumber("usedByTicket")
                        .longValue());
    }

    @Test
    void anUrgentPackageMakesHotRushEligibleAndAStandardOneDoesNot() {
        var customer = customerWithPoints(10);
        var refused = openHotRush(customer);
        assertProblem(402, refused);
        assertEquals("hotrush-not-allowed", refused.json().getString("reason"));

        buyPackage(customer, false);
        var stillRefused = openHotRush(customer);
        assertProblem(402, stillRefused);
        assertEquals("hotrush-not-allowed", stillRefused.json().getString("reason"));

        buyPackage(customer, true);
        var accepted = openHotRush(customer);
        assertEquals(201, accepted.status(), accepted::toString);
        long ticket = accepted.id();
        var charge = fixtures.classify(dispatcher, ticket, "STORE_PROBLEM").getJsonObject("charge");

        assertEquals("PACKAGE", charge.getString("source"), charge::toString);
        assertEquals(0, charge.getInt("chargedPoints"));
        assertEquals(10, fixtures.balance(customer).getInt("balance"));
        var packages = packages(customer);
        var standard = packages.getJsonObject(0);
        var urgent = packages.getJsonObject(1);
        assertFalse(standard.containsKey("usedByTicket"), "the standard package does not cover HotRush: " + packages);
        assertEquals(ticket, urgent.getJsonNumber("usedByTicket").longValue(), packages::toString);
        assertEquals(PointsIT.money(3450, "34.50", "USD"), standard.getJsonObject("price"), "the configured prices");
        assertEquals(PointsIT.money(6850, "68.50", "USD"), urgent.getJsonObject("price"));
    }

    @Test
    void buyingAPackageResumesATicketWaitingForATopUpAndGivesBackWhatPointsHadPaid() {
        var customer = customerWithPoints(30);
        long ticket = id(fixtures.openTicket(customer, "Checkout broken"));
        assertEquals(
                25,
                fixtures.classify(dispatcher, ticket, "STORE_PROBLEM")
                        .getJsonObject("charge")
                        .getInt("chargedPoints"));
        fixtures.assign(dispatcher, ticket, engineer);
        var waiting = fixtures.classify(dispatcher, ticket, "CODE_DEBUGGING");
        assertEquals("AWAITING_TOP_UP", waiting.getString("status"));
        assertEquals(50, waiting.getJsonObject("charge").getInt("awaitingTopUpPoints"));
        assertEquals(5, fixtures.balance(customer).getInt("balance"));

        buyPackage(customer, false);

        var resumed = customer.client().get("/api/tickets/" + ticket).json();
        assertEquals("ASSIGNED", resumed.getString("status"), resumed::toString);
        var charge = resumed.getJsonObject("charge");
        assertEquals("PACKAGE", charge.getString("source"), charge::toString);
        assertEquals(0, charge.getInt("chargedPoints"));
        assertFalse(charge.containsKey("awaitingTopUpPoints"), charge::toString);
        assertEquals(30, fixtures.balance(customer).getInt("balance"), "the 25 points charged first came back");
        assertEquals(
                ticket,
                packages(customer)
                        .getJsonObject(0)
                        .getJsonNumber("usedByTicket")
                        .longValue());
        fixtures.message(engineer.client(), ticket, "Looking into it");
    }

    @Test
    void aSubscriptionResumesATicketWaitingForATopUpWithoutChargingPoints() {
        var customer = customerWithPoints(10);
        long ticket = id(fixtures.openTicket(customer, "Debug my module"));
        fixtures.assign(dispatcher, ticket, engineer);
        assertEquals(
                "AWAITING_TOP_UP",
                fixtures.classify(dispatcher, ticket, "CODE_DEBUGGING").getString("status"));

        Instant now = serverNow();
        fixtures.subscribe(customer, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(365)));

        var resumed = customer.client().get("/api/tickets/" + ticket).json();
        assertEquals("ASSIGNED", resumed.getString("status"), resumed::toString);
        var charge = resumed.getJsonObject("charge");
        assertEquals("SUBSCRIPTION", charge.getString("source"), charge::toString);
        assertEquals(0, charge.getInt("chargedPoints"));
        assertEquals(10, fixtures.balance(customer).getInt("balance"));
    }

    @Test
    void aWaitingHotRushTicketIsResumedByAnUrgentPackageOnly() {
        var customer = customerWithPoints(120);
        long ticket = id(fixtures.openHotRush(customer, "Store is down"));
        var taken = dispatcher
                .client()
                .post(
                        "/api/customers/" + customer.id() + "/points/adjustments",
                        Json.createObjectBuilder()
                                .add("points", -110)
                                .add("note", "correction")
                                .build());
        assertEquals(201, taken.status(), taken::toString);
        var waiting = fixtures.classify(dispatcher, ticket, "CODE_DEBUGGING");
        assertEquals("AWAITING_TOP_UP", waiting.getString("status"));

        buyPackage(customer, false);
        assertEquals(
                "AWAITING_TOP_UP",
                customer.client().get("/api/tickets/" + ticket).json().getString("status"),
                "a standard package does not pay for a HotRush incident");

        buyPackage(customer, true);
        var resumed = customer.client().get("/api/tickets/" + ticket).json();
        assertEquals("SUBMITTED", resumed.getString("status"), resumed::toString);
        assertEquals("PACKAGE", resumed.getJsonObject("charge").getString("source"));
        assertEquals(10, fixtures.balance(customer).getInt("balance"));
        var packages = packages(customer);
        assertFalse(packages.getJsonObject(0).containsKey("usedByTicket"), packages::toString);
        assertEquals(
                ticket, packages.getJsonObject(1).getJsonNumber("usedByTicket").longValue());
    }

    private Fixtures.Customer customerWithPoints(int points) {
        var customer = fixtures.customer(false);
        var grant = dispatcher
                .client()
                .post(
                        "/api/customers/" + customer.id() + "/points/adjustments",
                        Json.createObjectBuilder()
                                .add("points", points)
                                .add("note", "trial")
                                .build());
        assertEquals(201, grant.status(), grant::toString);
        return customer;
    }

    private void buyPackage(Fixtures.Customer customer, boolean urgent) {
        var bought = customer.client()
                .post(
                        "/api/customers/" + customer.id() + "/incident-packages",
                        Json.createObjectBuilder().add("urgent", urgent).build());
        assertEquals(201, bought.status(), bought::toString);
    }

    private JsonArray packages(Fixtures.Customer customer) {
        return customer.client()
                .get("/api/customers/" + customer.id() + "/incident-packages")
                .array();
    }

    private ProservClient.Answer openHotRush(Fixtures.Customer customer) {
        return customer.client()
                .post(
                        "/api/tickets",
                        Json.createObjectBuilder()
                                .add("licenceId", customer.licenceId())
                                .add("subject", "Store is down")
                                .add("message", "500 everywhere")
                                .add("hotRush", true)
                                .build());
    }

    private Instant serverNow() {
        return Instant.parse(fixtures.admin().get("/api/admin/clock").json().getString("now"));
    }

    private static long id(JsonObject ticket) {
        return ticket.getJsonNumber("id").longValue();
    }
}
