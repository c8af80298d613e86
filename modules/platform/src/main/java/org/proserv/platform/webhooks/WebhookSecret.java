package org.proserv.platform.webhooks;

import java.security.SecureRandom;
import java.util.Base64;

/** A signing secret: {@code whsec_} and the base64 of its key, 32 random bytes when the server makes one. */
public record WebhookSecret(String value) {

    static final String PREFIX = "whsec_";
    static final int KEY_BYTES = 32;
    static final int MIN_KEY_BYTES = 24;

    private static final SecureRandom RANDOM = new SecureRandom();

    public WebhookSecret {
        if (value == null || !value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
        }
        byte[] key = Base64.getDecoder().decode(value.substring(PREFIX.length()));
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a webhook secret holds at least " + MIN_KEY_BYTES + " bytes");
        }
    }

    static WebhookSecret generate() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    @Override
    public String toString() {
        return PREFIX + "…";
    }
}
