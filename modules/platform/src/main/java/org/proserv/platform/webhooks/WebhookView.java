package org.proserv.platform.webhooks;

import java.time.Instant;
import java.util.List;

/** An endpoint as admins see it; never its secrets. */
public record WebhookView(
        long id,
        String url,
        List<String> eventTypes,
        String description,
        boolean enabled,
        String disabledReason,
        Instant failingSince,
        Instant previousSecretValidUntil) {

    static WebhookView of(Webhook w) {
        return new WebhookView(
                w.id(),
                w.url(),
                List.copyOf(w.eventTypes()),
                w.description(),
                w.enabled(),
                w.disabledReason(),
                w.failingSince(),
                w.previousSecretUntil());
    }
}
