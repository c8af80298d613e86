package org.proserv.platform.webhooks;

import java.time.Instant;
import java.util.List;

/** A delivery in the endpoint's log, with every attempt: when, the status answered, how long it took, what failed. */
public record DeliveryView(
        long id,
        long webhookId,
        long eventId,
        String messageId,
        DeliveryStatus status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        List<Attempt> log) {

    public record Attempt(Instant at, Integer status, long durationMillis, String error, String responseBody) {

        static Attempt of(WebhookAttempt a) {
            return new Attempt(a.attemptedAt(), a.statusCode(), a.durationMillis(), a.error(), a.responseBody());
        }
    }

    static DeliveryView of(WebhookDelivery d, List<WebhookAttempt> attempts) {
        return new DeliveryView(
                d.id(),
                d.webhookId(),
                d.eventId(),
                d.messageId(),
                d.status(),
                d.attempts(),
                d.createdAt(),
                d.nextAttemptAt(),
                attempts.stream().map(Attempt::of).toList());
    }
}
