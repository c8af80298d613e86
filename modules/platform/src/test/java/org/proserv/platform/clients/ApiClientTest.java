package org.proserv.platform.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.PasswordHash;

class ApiClientTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    /** Few iterations: these tests check the rules, not the cost. */
    private final PasswordHash hasher = new PasswordHash(10);

    private ApiClient.Registered register(Scope... scopes) {
        return ApiClient.register("Payments", Scopes.of(scopes), "admin", hasher, NOW);
    }

    @Test
    void theSecretIsStoredOnlyAsASaltedHashThatItMatches() {
        var registered = register(Scope.PAYMENTS_WRITE);
        String secret = registered.secret();
        assertTrue(secret.startsWith("pcs_") && secret.length() >= 40, secret);
        assertTrue(registered.client().clientId().startsWith("pc_"));
        assertTrue(registered.client().secretMatches(secret, hasher));
        assertFalse(registered.client().secretMatches(secret + "x", hasher));
        assertFalse(registered.client().secretMatches("", hasher));
        var other = register(Scope.PAYMENTS_WRITE);
        assertFalse(other.client().secretMatches(secret, hasher), "each client its own secret");
    }

    @Test
    void secretsAndIdsAreRandom() {
        var ids = new HashSet<String>();
        var secrets = new HashSet<String>();
        for (int i = 0; i < 200; i++) {
            ids.add(ClientCredentials.newClientId());
            secrets.add(ClientCredentials.newSecret());
        }
        assertEquals(200, ids.size());
        assertEquals(200, secrets.size());
    }

    @Test
    void aRotatedSecretReplacesThePreviousOne() {
        var registered = register(Scope.TICKETS_READ);
        var client = registered.client();
        String fresh = client.rotateSecret(hasher, NOW.plusSeconds(60));
        assertNotEquals(registered.secret(), fresh);
        assertTrue(client.secretMatches(fresh, hasher));
        assertFalse(client.secretMatches(registered.secret(), hasher), "the old secret signs in no more");
        assertEquals(Optional.of(NOW.plusSeconds(60)), client.secretRotatedAt());
    }

    @Test
    void aRevokedClientIsInactiveForGoodAndItsSecretCannotBeRotated() {
        var client = register(Scope.TICKETS_READ).client();
        assertTrue(client.isActive());
        client.revoke(NOW.plusSeconds(5));
        client.revoke(NOW.plusSeconds(50));
        assertFalse(client.isActive());
        assertEquals(Optional.of(NOW.plusSeconds(5)), client.revokedAt(), "revoked once");
        var e = assertThrows(ProservException.class, () -> client.rotateSecret(hasher, NOW.plusSeconds(60)));
        assertEquals(ProblemCategory.CONFLICT, e.category());
    }

    @Test
    void aTokenCarriesAllTheClientsScopesOrTheHeldOnesAskedFor() {
        var client = register(Scope.TICKETS_READ, Scope.REPORTS_READ).client();
        assertEquals(Scopes.of(Scope.TICKETS_READ, Scope.REPORTS_READ), client.grant(Optional.empty()));
        assertEquals(Scopes.of(Scope.REPORTS_READ), client.grant(Optional.of(Scopes.of(Scope.REPORTS_READ))));
        var e = assertThrows(
                ProservException.class,
                () -> client.grant(Optional.of(Scopes.of(Scope.REPORTS_READ, Scope.PAYMENTS_WRITE))));
        assertEquals("scope", e.fieldErrors().get(0).field());
        assertTrue(e.getMessage().contains("payments:write"), e.getMessage());
    }
}
