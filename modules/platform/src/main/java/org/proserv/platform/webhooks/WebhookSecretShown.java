package org.proserv.platform.webhooks;

/** An endpoint with its new secret, shown this once (at registration or rotation) and never again. */
public record WebhookSecretShown(WebhookView webhook, String secret) {}
