package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.micro.TicketLifecycleIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Webhooks against a receiver on 127.0.0.1 that checks every signature as the Standard Webhooks spec says. */
@ExtendWith(TestServer.Extension.class)
class WebhooksIT {

    private static WebhookReceiver receiver;

    private TestServer server;
    private Fixtures fixtures;
    private ProservClient admin;

    @BeforeAll
    static void startReceiver() {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void setUp(TestServer server) {
        this.server = server;
        this.fixtures = new Fixtures(server);
        this.admin = server.admin();
    }

    private record Endpoint(long id, String secret, String path) {}

    private Endpoint register(String path, String... types) {
        var typeList = Json.createArrayBuilder();
        List.of(types).forEach(typeList::add);
        var answer = admin.post(
                "/api/webhooks",
                Json.createObjectBuilder()
                        .add("url", receiver.url(path))
                        .add("eventTypes", typeList)
                        .add("description", "test receiver")
                        .build());
        assertEquals(201, answer.status(), answer::toString);
        var json = answer.json();
        String secret = json.getString("secret");
        assertTrue(secret.startsWith("whsec_"));
        return new Endpoint(json.getJsonObject("webhook").getJsonNumber("id").longValue(), secret, path);
    }

    private static JsonObject body(WebhookReceiver.Received r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private void deliverNow() {
        var run = admin.post("/api/admin/sweeps/webhook-deliveries", "");
        assertEquals(200, run.status(), run::toString);
    }

    @Test
    void aFailedDeliveryIsRetriedOnScheduleWithTheSameIdAndEveryAttemptIsLogged() {
        var endpoint = register("/retry", "ticket.submitted");
        receiver.answer("/retry", 500);
        var customer = fixtures.customer(true);
        long ticket =
                fixtures.openTicket(customer, "Retry me").getJsonNumber("id").longValue();

        deliverNow();
        var first = receiver.await("/retry", 1).get(0);
        assertTrue(WebhookReceiver.signedBy(endpoint.secret(), first), "signed with the endpoint's secret");
        var event = body(first);
        assertEquals("ticket.submitted", event.getString("type"));
        assertEquals(
                ticket,
                event.getJsonObject("data")
                        .getJsonObject("payload")
                        .getJsonNumber("ticketId")
                        .longValue());

        deliverNow();
        assertEquals(1, receiver.at("/retry").size(), "not retried before its time");
        server.advanceClock(Duration.ofSeconds(6));
        deliverNow();
        var retried = receiver.await("/retry", 2).get(1);
        assertEquals(first.id(), retried.id(), "the same webhook-id on every retry");
        assertEquals(first.body(), retried.body());
        assertTrue(WebhookReceiver.signedBy(endpoint.secret(), retried));

        var log = admin.get("/api/webhooks/" + endpoint.id() + "/deliveries").json();
        var delivery = log.getJsonArray("items").getJsonObject(0);
        assertEquals("DELIVERED", delivery.getString("status"));
        assertEquals(first.id(), delivery.getString("messageId"));
        var attempts = delivery.getJsonArray("log");
        assertEquals(500, attempts.getJsonObject(0).getInt("status"));
        assertEquals(200, attempts.getJsonObject(1).getInt("status"));
        assertEquals("ok", attempts.getJsonObject(1).getString("responseBody"));
    }

    @Test
    void goneDisablesTheEndpointAndTellsTheAdmins() {
        var endpoint = register("/gone", "ticket.submitted");
        receiver.answer("/gone", 410);
        var customer = fixtures.customer(true);
        fixtures.openTicket(customer, "Nobody listens");
        deliverNow();
        receiver.await("/gone", 1);

        var read = admin.get("/api/webhooks/" + endpoint.id()).json();
        assertFalse(read.getBoolean("enabled"));
        assertTrue(read.getString("disabledReason").contains("410"));
        var inbox = admin.get("/api/inbox?size=100").body();
        assertTrue(inbox.contains("webhook:" + endpoint.id()), inbox);

        fixtures.openTicket(customer, "Still nobody");
        deliverNow();
        server.advanceClock(Duration.ofSeconds(6));
        deliverNow();
        assertEquals(1, receiver.at("/gone").size(), "a disabled endpoint receives nothing");
        assertProblem(
                409, admin.post("/api/webhooks/" + endpoint.id() + "/replay", "{\"since\":\"2000-01-01T00:00:00Z\"}"));
    }

    @Test
    void duringARotationsOverlapDeliveriesCarryBothSignaturesThenOnlyTheNewOne() {
        var endpoint = register("/rotate", "ticket.submitted");
        var rotated = admin.post("/api/webhooks/" + endpoint.id() + "/secret-rotation", "");
        assertEquals(200, rotated.status(), rotated::toString);
        String fresh = rotated.json().getString("secret");
        assertNotEquals(endpoint.secret(), fresh);

        var customer = fixtures.customer(true);
        fixtures.openTicket(customer, "During the overlap");
        deliverNow();
        var during = receiver.await("/rotate", 1).get(0);
        assertEquals(2, during.signatures().size(), during::toString);
        assertEquals(
                WebhookReceiver.expectedSignature(fresh, during),
                during.signatures().get(0));
        assertTrue(WebhookReceiver.signedBy(endpoint.secret(), during));

        server.advanceClock(Duration.ofHours(25));
        fixtures.openTicket(customer, "After the overlap");
        deliverNow();
        var after = receiver.await("/rotate", 2).get(1);
        assertEquals(List.of(WebhookReceiver.expectedSignature(fresh, after)), after.signatures());
        assertFalse(WebhookReceiver.signedBy(endpoint.secret(), after));
    }

    @Test
    void aReplayResendsTheDeliveryReSignedWithTheSameIdAndOneAggregatesEventsArriveInOrder() {
        var endpoint = register("/replay", "ticket.submitted", "ticket.classified", "ticket.assigned");
        var customer = fixtures.customer(true);
        long ticket =
                fixtures.openTicket(customer, "Replay me").getJsonNumber("id").longValue();
        fixtures.assign(fixtures.staff("dispatcher"), ticket, fixtures.staff("engineer"));
        for (int i = 0; i < 3; i++) {
            deliverNow();
        }
        var delivered = receiver.await("/replay", 3);
        assertEquals(
                List.of("ticket.submitted", "ticket.classified", "ticket.assigned"),
                delivered.stream().map(r -> body(r).getString("type")).toList());
        assertEquals(
                List.of(1, 2, 3),
                delivered.stream()
                        .map(r -> body(r).getJsonObject("data")
                                .getJsonObject("aggregate")
                                .getInt("sequence"))
                        .toList());

        var log = admin.get("/api/webhooks/" + endpoint.id() + "/deliveries").json();
        var newest = log.getJsonArray("items").getJsonObject(0);
        server.advanceClock(Duration.ofSeconds(3));
        var replay = admin.post(
                "/api/webhooks/" + endpoint.id() + "/deliveries/" + newest.getJsonNumber("id") + "/replay", "");
        assertEquals(200, replay.status(), replay::toString);
        deliverNow();
        var again = receiver.await("/replay", 4).get(3);
        assertEquals(newest.getString("messageId"), again.id());
        assertEquals(delivered.get(2).id(), again.id());
        assertTrue(again.timestamp() > delivered.get(2).timestamp(), "signed anew");
        assertTrue(WebhookReceiver.signedBy(endpoint.secret(), again));
    }

    @Test
    void registrationRefusesBadUrlsAndTypesAndNonAdmins() {
        var bad = admin.post(
                "/api/webhooks",
                Json.createObjectBuilder()
                        .add("url", "ftp://127.0.0.1/in")
                        .add("eventTypes", Json.createArrayBuilder().add("ticket.submitted"))
                        .build());
        assertProblem(400, bad);
        assertTrue(bad.body().contains("url"));
        var badType = admin.post(
                "/api/webhooks",
                Json.createObjectBuilder()
                        .add("url", receiver.url("/x"))
                        .add("eventTypes", Json.createArrayBuilder().add("Ticket"))
                        .build());
        assertProblem(400, badType);
        assertTrue(badType.body().contains("eventTypes"));
        var dispatcher = fixtures.staff("dispatcher");
        assertEquals(403, dispatcher.client().get("/api/webhooks").status());
        assertProblem(404, admin.get("/api/webhooks/999999999"));
    }
}
