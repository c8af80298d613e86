package org.proserv.platform.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.PasswordHash;

/**
 * An integrator's system that signs in with client credentials. Its scopes are fixed at registration; its secret can be
 * replaced (the previous one stops working at once) and the client revoked (its tokens stop working at once, and for
 * good).
 */
@Entity
@Table(name = "platform_api_client")
@NamedQuery(name = "ApiClient.byClientId", query = "select c from ApiClient c where c.clientId = :clientId")
public class ApiClient {

    @Id
    @SequenceGenerator(name = "platform_api_client_seq", sequenceName = "platform_api_client_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_api_client_seq")
    private Long id;

    @Column(name = "client_id", nullable = false, unique = true, length = 64)
    private String clientId;

    @Column(nullable = false, length = 200)
    private String name;

    /** Space-separated, as in tokens. */
    @Column(nullable = false, length = 400)
    private String scopes;

    @Column(name = "secret_hash", nullable = false, length = 200)
    private String secretHash;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "secret_rotated_at")
    private Instant secretRotatedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiClient() {}

    /** A new client with a new secret; the secret is in {@link Registered}, the only place it is ever seen. */
    public static Registered register(String name, Scopes scopes, String by, PasswordHash hasher, Instant now) {
        String secret = ClientCredentials.newSecret();
        var client = new ApiClient();
        client.clientId = ClientCredentials.newClientId();
        client.name = name;
        client.scopes = scopes.toString();
        client.secretHash = hasher.hash(secret);
        client.createdBy = by;
        client.createdAt = now;
        return new Registered(client, secret);
    }

    /** A client and its secret in clear, as the answer to the request that made the secret. */
    public record Registered(ApiClient client, String secret) {}

    /** A new secret replaces the current one, which no longer signs in. Tokens already issued run out as they were. */
    public String rotateSecret(PasswordHash hasher, Instant now) {
        requireActive();
        String secret = ClientCredentials.newSecret();
        secretHash = hasher.hash(secret);
        secretRotatedAt = now;
        return secret;
    }

    /** The client signs in no more and its tokens are refused from now on. Revoking twice changes nothing. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Whether this secret is the client's (at the hashing cost of a password, whether or not it is revoked). */
    public boolean secretMatches(String secret, PasswordHash hasher) {
        return hasher.matches(secret, secretHash);
    }

    /**
     * The scopes a token may carry: all of the client's when none are asked for, else those asked for, each of which
     * the client must hold.
     */
    public Scopes grant(Optional<Scopes> requested) {
        var held = scopes();
        if (requested.isEmpty()) {
            return held;
        }
        if (!held.containsAll(requested.get())) {
            var missing = requested.get().values().stream()
                    .filter(scope -> !held.contains(scope))
                    .sorted()
                    .map(Scope::wireName)
                    .toList();
            throw ProservException.invalid("scope", "this client does not hold " + String.join(" ", missing));
        }
        return requested.get();
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    private void requireActive() {
        if (!isActive()) {
            throw ProservException.conflict("API client " + clientId + " is revoked");
        }
    }

    public Long id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public String name() {
        return name;
    }

    public Scopes scopes() {
        return Scopes.parse(List.of(scopes.split(" ")), "scopes");
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> secretRotatedAt() {
        return Optional.ofNullable(secretRotatedAt);
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
