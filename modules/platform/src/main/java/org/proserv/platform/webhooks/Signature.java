package org.proserv.platform.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code webhook-signature} header of the Standard Webhooks specification: {@code v1,} and the base64 of the
 * HMAC-SHA256, under the secret's key, of {@code {id}.{timestamp}.{body}}; one such signature per secret that signs,
 * space-separated (during a rotation's overlap, the new secret's and the old one's).
 */
public final class Signature {

    private Signature() {}

    public static String sign(WebhookSecret secret, String messageId, long timestamp, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            byte[] digest = mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    public static String header(List<WebhookSecret> secrets, String messageId, long timestamp, String body) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a delivery is signed by at least one secret");
        }
        return secrets.stream()
                .map(secret -> sign(secret, messageId, timestamp, body))
                .collect(Collectors.joining(" "));
    }
}
