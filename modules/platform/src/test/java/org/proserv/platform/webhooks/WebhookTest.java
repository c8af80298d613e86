package org.proserv.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.events.FeedEvent;

class WebhookTest {

    private static final Instant NOW = Instant.parse("2026-03-04T07:00:00Z");

    private static Webhook webhook(Set<String> types) {
        return new Webhook("https://hooks.example.com/in", types, "ERP", WebhookSecret.generate(), 10, NOW);
    }

    @Test
    void anEndpointWantsOnlyTheTypesItNamedAndNothingOnceDisabled() {
        var w = webhook(Set.of("ticket.submitted", "points.spent"));
        assertTrue(w.wants("ticket.submitted"));
        assertFalse(w.wants("ticket.closed"));
        w.disable("the receiver answered 410 Gone");
        assertFalse(w.wants("ticket.submitted"));
        w.enable();
        assertTrue(w.wants("points.spent"));
    }

    @Test
    void eventTypesAreRequiredAndMustBeEventTypes() {
        assertThrows(ProservException.class, () -> webhook(Set.of()));
        var e = assertThrows(ProservException.class, () -> webhook(Set.of("Ticket Submitted")));
        assertEquals("eventTypes", e.fieldErrors().get(0).field());
    }

    @Test
    void duringTheRotationOverlapBothSecretsSignAndAfterItOnlyTheNewOne() {
        var w = webhook(Set.of("ticket.submitted"));
        var old = w.signingSecrets(NOW).get(0);
        var fresh = w.rotate(Duration.ofHours(24), NOW);
        assertNotEquals(old, fresh);
        assertEquals(List.of(fresh, old), w.signingSecrets(NOW.plus(Duration.ofHours(23))));
        assertEquals(List.of(fresh), w.signingSecrets(NOW.plus(Duration.ofHours(24))));
    }

    @Test
    void anEndpointFailingWithoutASuccessForTheConfiguredTimeIsDisabledOnce() {
        var w = webhook(Set.of("ticket.submitted"));
        Duration disableAfter = Duration.ofDays(5);
        assertFalse(w.failed(NOW, disableAfter));
        assertFalse(w.failed(NOW.plus(Duration.ofDays(4)), disableAfter));
        assertTrue(w.failed(NOW.plus(Duration.ofDays(5)), disableAfter));
        assertFalse(w.enabled());
        assertFalse(w.failed(NOW.plus(Duration.ofDays(6)), disableAfter), "told once");
    }

    @Test
    void aSuccessForgetsTheFailures() {
        var w = webhook(Set.of("ticket.submitted"));
        Duration disableAfter = Duration.ofDays(5);
        w.failed(NOW, disableAfter);
        w.delivered();
        assertNull(w.failingSince());
        assertFalse(w.failed(NOW.plus(Duration.ofDays(5)), disableAfter));
    }

    @Test
    void aDeliveryKeepsItsMessageIdAndIsRetriedUntilOutOfAttemptsThenReplayedFromTheStart() {
        var event = new FeedEvent(
                3,
                150,
                "ticket.submitted",
                NOW,
                "ticket",
                7,
                1,
                4L,
                Json.createObjectBuilder().build());
        var d = new WebhookDelivery(1, event, NOW);
        assertEquals("evt_150", d.messageId());
        assertEquals(NOW, d.nextAttemptAt());
        d.failed(NOW, Optional.of(Duration.ofSeconds(5)));
        assertEquals(DeliveryStatus.PENDING, d.status());
        assertEquals(NOW.plusSeconds(5), d.nextAttemptAt());
        d.failed(NOW.plusSeconds(5), Optional.empty());
        assertEquals(DeliveryStatus.FAILED, d.status());
        assertEquals(2, d.attempts());
        d.replay(NOW.plusSeconds(60));
        assertEquals(DeliveryStatus.PENDING, d.status());
        assertEquals(0, d.attempts());
        assertEquals("evt_150", d.messageId());
        d.succeeded(NOW.plusSeconds(61));
        assertEquals(DeliveryStatus.DELIVERED, d.status());
    }

    @Test
    void theBodyCarriesTypeTimestampAndTheEventWithItsAggregateAndSequence() {
        var event = new FeedEvent(
                3,
                150,
                "ticket.submitted",
                NOW,
                "ticket",
                7,
                2,
                4L,
                Json.createObjectBuilder().add("ticketId", 7).build());
        var body =
                Json.createReader(new StringReader(WebhookDispatch.body(event))).readObject();
        assertEquals("ticket.submitted", body.getString("type"));
        assertEquals("2026-03-04T07:00:00Z", body.getString("timestamp"));
        var data = body.getJsonObject("data");
        assertEquals(150, data.getInt("eventId"));
        assertEquals(2, data.getJsonObject("aggregate").getInt("sequence"));
        assertEquals(4, data.getInt("customerId"));
        assertEquals(7, data.getJsonObject("payload").getInt("ticketId"));
    }

    @Test
    void theReceiversAnswerIsKeptOnlyUpToTheLimit() {
        var result = new SendResult(500, Duration.ofMillis(12), "HTTP 500", "x".repeat(5000), Optional.empty());
        var attempt = new WebhookAttempt(1, 1, NOW, result);
        assertEquals(WebhookAttempt.MAX_BODY, attempt.responseBody().length());
        assertEquals(12, attempt.durationMillis());
    }
}
