package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.micro.TicketLifecycleIT.assertProblem;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in over HTTP: throttling, usernames in any case, password changes, key rotation, headers. */
@ExtendWith(TestServer.Extension.class)
class SignInIT {

    private TestServer server;
    private Fixtures fixtures;

    @BeforeEach
    void setUp(TestServer server) {
        this.server = server;
        this.fixtures = new Fixtures(server);
    }

    private ProservClient.Answer signIn(String username, String password) {
        return server.anonymous()
                .post(
                        "/api/auth/token",
                        Json.createObjectBuilder()
                                .add("username", username)
                                .add("password", password)
                                .build());
    }

    @Test
    void repeatedFailuresAreThrottledWithRetryAfterAndTheRealUserGetsInOnceItPassed() {
        var engineer = fixtures.staff("engineer");
        for (int i = 0; i < 5; i++) {
            assertProblem(401, signIn(engineer.username(), "guess-" + i));
        }
        assertProblem(401, signIn(engineer.username(), "guess-5"));

        var throttled = signIn(engineer.username(), Fixtures.PASSWORD);
        assertProblem(429, throttled);
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, throttled::toString);
        assertEquals(retryAfter, throttled.json().getJsonNumber("retryAfter").longValue());

        server.advanceClock(Duration.ofSeconds(retryAfter));
        assertEquals(200, signIn(engineer.username(), Fixtures.PASSWORD).status());
        assertProblem(401, signIn(engineer.username(), "guess-again"));
    }

    @Test
    void usernamesAreOneRegardlessOfCase() {
        var engineer = fixtures.staff("engineer");

        var upper = signIn(engineer.username().toUpperCase(), Fixtures.PASSWORD);
        assertEquals(200, upper.status(), upper::toString);
        var clash = fixtures.admin()
                .post(
                        "/api/staff",
                        Json.createObjectBuilder()
                                .add("username", engineer.username().toUpperCase())
                                .add("password", Fixtures.PASSWORD)
                                .add("role", "engineer")
                                .add("displayName", "Twin")
                                .build());
        assertProblem(409, clash);
    }

    @Test
    void anAdminResetForcesAChangeBeforeTheNextSignIn() {
        var customer = fixtures.customer();
        assertProblem(
                400,
                fixtures.admin()
                        .put(
                                "/api/accounts/" + customer.username() + "/password",
                                Json.createObjectBuilder()
                                        .add("newPassword", "short")
                                        .build()));
        assertProblem(
                404,
                fixtures.admin()
                        .put(
                                "/api/accounts/nobody-" + customer.username() + "/password",
                                Json.createObjectBuilder()
                                        .add("newPassword", "temporary-pass-1")
                                        .build()));
        assertProblem(
                403,
                customer.client()
                        .put(
                                "/api/accounts/" + customer.username() + "/password",
                                Json.createObjectBuilder()
                                        .add("newPassword", "temporary-pass-1")
                                        .build()));

        var reset = fixtures.admin()
                .put(
                        "/api/accounts/" + customer.username() + "/password",
                        Json.createObjectBuilder()
                                .add("newPassword", "temporary-pass-1")
                                .build());
        assertEquals(204, reset.status(), reset::toString);

        var refused = signIn(customer.username(), "temporary-pass-1");
        assertProblem(403, refused);
        assertEquals(
                "urn:proserv:problem:password-change-required", refused.json().getString("type"));
        assertProblem(401, signIn(customer.username(), Fixtures.PASSWORD));

        assertProblem(401, change(customer.username(), "not-it", "my-own-choice-1"));
        assertProblem(400, change(customer.username(), "temporary-pass-1", "temporary-pass-1"));
        assertEquals(
                204,
                change(customer.username(), "temporary-pass-1", "my-own-choice-1")
                        .status());

        assertEquals(200, signIn(customer.username(), "my-own-choice-1").status());
        assertProblem(401, signIn(customer.username(), "temporary-pass-1"));
    }

    @Test
    void theHolderChangesTheirOwnPassword() {
        var engineer = fixtures.staff("engineer");
        var tooShort = change(engineer.username(), Fixtures.PASSWORD, "short");
        assertProblem(400, tooShort);
        assertTrue(tooShort.body().contains("newPassword"), tooShort::toString);

        assertEquals(
                204,
                change(engineer.username(), Fixtures.PASSWORD, "a-newer-password")
                        .status());

        assertEquals(200, signIn(engineer.username(), "a-newer-password").status());
        assertProblem(401, signIn(engineer.username(), Fixtures.PASSWORD));
    }

    @Test
    void tokensCarryAKidAndOnesSignedBeforeARotationVerifyDuringTheOverlapOnly() {
        var before = fixtures.staff("dispatcher").client();
        var adminBefore = server.admin();
        String beforeKid = kid(signIn(fixtures.staff("engineer").username(), Fixtures.PASSWORD));
        assertEquals(200, before.get("/api/me").status());
        assertProblem(403, fixtures.customer().client().post("/api/admin/signing-keys/rotation", ""));

        var rotation = fixtures.admin().post("/api/admin/signing-keys/rotation", "");
        assertEquals(200, rotation.status(), rotation::toString);

        var engineer = fixtures.staff("engineer");
        String afterKid = kid(signIn(engineer.username(), Fixtures.PASSWORD));
        assertNotEquals(beforeKid, afterKid);
        assertEquals(afterKid, rotation.json().getString("kid"));
        assertEquals(200, before.get("/api/me").status(), "the old key verifies during the overlap");
        assertEquals(200, engineer.client().get("/api/me").status(), "the new key verifies at once");

        server.advanceClock(Duration.ofHours(8).plusMinutes(1));

        assertProblem(401, before.get("/api/me"));
        assertProblem(401, fixtures.admin().get("/api/admin/clock"));
        assertProblem(401, adminBefore.get("/metrics"));
        OperationsEndpointsIT.assertPrometheusText(server.admin().get("/metrics"));
        var fresh = new Fixtures(server).staff("engineer");
        assertEquals(200, fresh.client().get("/api/me").status());
    }

    @Test
    void responsesAreNotCachedNorSniffedAndThereIsNoWadl() {
        var token = signIn(fixtures.staff("engineer").username(), Fixtures.PASSWORD);
        assertEquals("no-store", token.header("Cache-Control"));
        assertEquals("nosniff", token.header("X-Content-Type-Options"));
        var problem = server.anonymous().get("/api/tickets");
        assertEquals("nosniff", problem.header("X-Content-Type-Options"), problem::toString);
        assertEquals("no-store", problem.header("Cache-Control"));

        assertEquals(404, server.anonymous().get("/api/application.wadl").status());
        var options = server.anonymous().send("OPTIONS", "/api/calendar");
        assertFalse(options.body().contains("wadl"), options::toString);
    }

    private ProservClient.Answer change(String username, String current, String next) {
        return server.anonymous()
                .post(
                        "/api/auth/password",
                        Json.createObjectBuilder()
                                .add("username", username)
                                .add("currentPassword", current)
                                .add("newPassword", next)
                                .build());
    }

    private static String kid(ProservClient.Answer token) {
        assertEquals(200, token.status(), token::toString);
        String jwt = token.json().getString("accessToken");
        String header =
                new String(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))), StandardCharsets.UTF_8);
        var kid = Pattern.compile("\"kid\":\"([^\"]+)\"").matcher(header);
        assertTrue(kid.find(), header);
        return kid.group(1);
    }
}
