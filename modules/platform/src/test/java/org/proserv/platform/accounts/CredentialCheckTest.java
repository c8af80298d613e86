package org.proserv.platform.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An unknown username costs as much to refuse as a wrong password, so timing tells nothing. */
class CredentialCheckTest {

    private final CountingHash hasher = new CountingHash(2_000);
    private final Account known = new Account(
            "alice", "right-password", Role.admin, null, "Alice", hasher, Instant.parse("2026-01-05T10:00:00Z"));
    private final CredentialCheck check = new CredentialCheck(hasher);

    @Test
    void anUnknownUsernameSpendsTheSameHashingAsAWrongPassword() {
        hasher.spent();

        assertTrue(check.check(Optional.of(known), "wrong-password").isEmpty());
        long wrongPassword = hasher.spent();
        assertTrue(check.check(Optional.empty(), "wrong-password").isEmpty());
        long unknownUser = hasher.spent();

        assertEquals(2_000, wrongPassword);
        assertEquals(wrongPassword, unknownUser, "the unknown user is verified against a dummy hash of the same cost");
    }

    @Test
    void theRightPasswordFindsTheAccountAtTheSameCost() {
        hasher.spent();

        assertEquals(Optional.of(known), check.check(Optional.of(known), "right-password"));
        assertEquals(2_000, hasher.spent());
    }
}
