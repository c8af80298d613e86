package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.proserv.micro.TicketLifecycleIT.assertProblem;

import jakarta.json.Json;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestServer.Extension.class)
class SecurityIT {

    private TestServer server;
    private Fixtures fixtures;

    @BeforeEach
    void setUp(TestServer server) {
        this.server = server;
        this.fixtures = new Fixtures(server);
    }

    @Test
    void aCustomerCannotSeeOrTouchAnotherCustomersTicket() {
        var alice = fixtures.customer();
        var mallory = fixtures.customer();
        long id = fixtures.openTicket(alice, "Private").getJsonNumber("id").longValue();
        var m = mallory.client();

        assertProblem(404, m.get("/api/tickets/" + id));
        assertProblem(404, m.get("/api/tickets/" + id + "/history"));
        assertProblem(
                404,
                m.post(
                        "/api/tickets/" + id + "/messages",
                        Json.createObjectBuilder().add("body", "hi").build()));
        assertProblem(404, m.post("/api/tickets/" + id + "/closure", ""));
        assertProblem(404, m.post("/api/tickets/" + id + "/confirmation", ""));
        assertProblem(404, m.get("/api/customers/" + alice.id()));
        assertProblem(404, m.get("/api/customers/" + alice.id() + "/licences"));
        assertProblem(404, m.post("/api/tickets/" + id + "/reopening", "{}"));
        assertProblem(404, m.delete("/api/tickets/" + id + "/hotrush"));
        assertProblem(
                404,
                m.post(
                        "/api/tickets/" + id + "/live-chat",
                        Json.createObjectBuilder()
                                .add("tool", "Skype")
                                .add("contactId", "x")
                                .add("preferredAt", "2030-01-07T08:00:00Z")
                                .build()));
        for (String path : new String[] {
            "/points", "/points/ledger", "/points/expiring", "/notices", "/incident-packages", "/subscriptions"
        }) {
            assertProblem(404, m.get("/api/customers/" + alice.id() + path));
        }
        assertProblem(
                404,
                m.post(
                        "/api/customers/" + alice.id() + "/points/refunds",
                        Json.createObjectBuilder().add("lotId", 1).build()));
        assertProblem(
                404,
                m.post(
                        "/api/customers/" + alice.id() + "/incident-packages",
                        Json.createObjectBuilder().add("urgent", true).build()));
        assertProblem(
                400,
                m.post(
                        "/api/tickets",
                        Json.createObjectBuilder()
                                .add("licenceId", alice.licenceId())
                                .add("subject", "Using yours")
                                .add("message", "x")
                                .build()));
        assertEquals(0, m.get("/api/tickets").json().getInt("total"), "mallory's list has none of alice's");

        var untouched = alice.client().get("/api/tickets/" + id).json();
        assertEquals("SUBMITTED", untouched.getString("status"));
        assertEquals(1, untouched.getJsonArray("messages").size());
    }

    @Test
    void noTokenIsUnauthorizedAndAWrongRoleIsForbidden() {
        var anonymous = server.anonymous();
        assertProblem(401, anonymous.get("/api/tickets"));
        assertProblem(401, anonymous.post("/api/customers", "{}"));
        assertProblem(401, anonymous.withToken("not-a-token").get("/api/tickets"));
        assertProblem(
                401,
                anonymous
                        .as("admin", TestServer.ADMIN_PASSWORD)
                        .withToken("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4In0.c2ln")
                        .get("/api/tickets"));

        var customer = fixtures.customer();
        assertProblem(403, customer.client().post("/api/customers", "{}"));
        assertProblem(403, customer.client().post("/api/admin/sweeps/sla-breaches", ""));
        assertProblem(
                403,
                customer.client()
                        .put(
                                "/api/calendar/holidays/2030-01-01",
                                Json.createObjectBuilder().add("name", "x").build()));
        var engineer = fixtures.staff("engineer");
        assertProblem(
                403,
                engineer.client()
                        .post(
                                "/api/tickets",
                                Json.createObjectBuilder()
                                        .add("licenceId", customer.licenceId())
                                        .add("subject", "s")
                                        .add("message", "m")
                                        .build()));
        assertProblem(
                403,
                engineer.client()
                        .post(
                                "/api/tickets/1/assignment",
                                Json.createObjectBuilder()
                                        .add("engineer", engineer.username())
                                        .build()));
    }

    @Test
    void wrongCredentialsAreRefusedAlike() {
        var customer = fixtures.customer();
        var wrongPassword = server.anonymous()
                .post(
                        "/api/auth/token",
                        Json.createObjectBuilder()
                                .add("username", customer.username())
                                .add("password", "wrong-password")
                                .build());
        var unknownUser = server.anonymous()
                .post(
                        "/api/auth/token",
                        Json.createObjectBuilder()
                                .add("username", "nobody-" + customer.username())
                                .add("password", "wrong-password")
                                .build());
        assertProblem(401, wrongPassword);
        assertProblem(401, unknownUser);
        assertEquals(
                wrongPassword.json().getString("detail"), unknownUser.json().getString("detail"));
    }

    @Test
    void publicEndpointsNeedNoToken() {
        assertEquals(200, server.anonymous().get("/api/calendar").status());
        assertEquals(200, server.anonymous().get("/health/ready").status());
        var openapi = server.anonymous().get("/openapi");
        assertEquals(200, openapi.status());
        for (String path : new String[] {
            "/api/tickets",
            "/api/tickets/{id}/assignment",
            "/api/calendar/due",
            "/api/customers/{id}/subscriptions",
            "/api/auth/token",
            "/api/admin/sweeps/{sweep}"
        }) {
            Assertions.assertTrue(openapi.body().contains(path), "OpenAPI documents " + path);
        }
        Assertions.assertTrue(
                openapi.body().contains("application/problem+json"), "OpenAPI documents the problem responses");
        Assertions.assertTrue(
                openapi.body().contains("Roles: dispatcher, admin"), "OpenAPI names the roles of each operation");
    }
}
