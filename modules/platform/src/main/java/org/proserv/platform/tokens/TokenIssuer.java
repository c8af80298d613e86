package org.proserv.platform.tokens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Account;
import org.proserv.platform.accounts.Role;
import org.proserv.platform.clients.ApiClient;
import org.proserv.platform.clients.Scopes;

/**
 * The embedded token issuer: signs MicroProfile JWTs (RS256) for authenticated accounts. The {@code groups} claim
 * carries the role; {@code customer_id} the customer a customer account acts for.
 */
@ApplicationScoped
public class TokenIssuer {

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "proserv.jwt.lifetime")
    Duration lifetime;

    @Inject
    @ConfigProperty(name = "proserv.jwt.client-lifetime")
    Duration clientLifetime;

    @Inject
    @ConfigProperty(name = "proserv.jwt.rotation-overlap")
    Duration rotationOverlap;

    /** For the key ring's rules (rotation, overlap), which tests move with the test clock. */
    @Inject
    Clock clock;

    /**
     * For a token's own times: the MP-JWT runtime checks them against the machine's clock, so a token issued on a test
     * clock set elsewhere would be born expired.
     */
    Clock machineClock = Clock.systemUTC();

    public record Rotation(String kid, Instant previousKeyVerifiesUntil) {}

    public record IssuedToken(String token, Instant expiresAt) {}

    public IssuedToken issue(Account account) {
        requireEmbedded();
        Instant now = machineClock.instant();
        Instant expires = now.plus(lifetime);
        JsonObjectBuilder claims = claims(account.username(), account.displayName(), account.role(), now, expires);
        account.customerId().ifPresent(id -> claims.add("customer_id", id));
        return new IssuedToken(sign(claims.build().toString()), expires);
    }

    /**
     * A token for an API client: the {@code api_client} role and the granted scopes in {@code scope}, space-separated
     * (RFC 8693 section 4.2), for the clients' own, shorter lifetime.
     */
    public IssuedToken issue(ApiClient client, Scopes granted) {
        requireEmbedded();
        Instant now = machineClock.instant();
        Instant expires = now.plus(clientLifetime);
        JsonObjectBuilder claims = claims(client.clientId(), client.name(), Role.api_client, now, expires)
                .add("scope", granted.toString());
        return new IssuedToken(sign(claims.build().toString()), expires);
    }

    private JsonObjectBuilder claims(String subject, String name, Role role, Instant now, Instant expires) {
        return Json.createObjectBuilder()
                .add("iss", issuer)
                .add("jti", UUID.randomUUID().toString())
                .add("sub", subject)
                .add("upn", subject)
                .add("name", name)
                .add("groups", Json.createArrayBuilder().add(role.name()))
                .add("iat", now.getEpochSecond())
                .add("exp", expires.getEpochSecond());
    }

    /** How long an API client's token lives. */
    public Duration clientLifetime() {
        return clientLifetime;
    }

    /**
     * A new key signs from now on; tokens of the previous key keep verifying for the configured overlap (by default the
     * token lifetime, so none is cut short).
     */
    public Rotation rotate() {
        requireEmbedded();
        Instant now = clock.instant();
        var key = ring().rotate(now, rotationOverlap);
        return new Rotation(key.kid(), now.plus(rotationOverlap));
    }

    /**
     * Whether a verified token's key is still trusted now. MP-JWT checked the signature against the published keys,
     * which may have been cached a while; this is the exact rule at the clock's instant.
     */
    public boolean verifies(String kid) {
        return SigningKeyConfigSource.externalIssuer() || kid == null || ring().verifies(kid, clock.instant());
    }

    private static KeyRing ring() {
        return KeyRing.in(SigningKeys.dataDirectory());
    }

    private static void requireEmbedded() {
        if (SigningKeyConfigSource.externalIssuer()) {
            throw ProservException.forbidden(
                    "This server trusts an external token issuer; ask that issuer for a token");
        }
    }

    private String sign(String claimsJson) {
        var b64 = Base64.getUrlEncoder().withoutPadding();
        var key = ring().current();
        String header = b64.encodeToString(
                ("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + key.kid() + "\"}").getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + payload;
        try {
            PrivateKey privateKey = key.keys().getPrivate();
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }
}
