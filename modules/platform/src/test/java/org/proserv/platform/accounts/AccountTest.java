package org.proserv.platform.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;

/** Passwords of an account: re-hashed at the current cost on sign-in, changed by the holder, reset by an admin. */
class AccountTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private final PasswordHash weak = new PasswordHash(1_000);
    private final PasswordHash current = new PasswordHash(3_000);

    private Account account(PasswordHash hasher) {
        return new Account("Alice", "old-password", Role.engineer, null, "Alice", hasher, NOW);
    }

    @Test
    void aHashWithWeakerParametersIsReplacedOnTheNextSuccessfulSignIn() {
        var account = account(weak);
        assertEquals(1_000, PasswordHash.iterationsOf(account.passwordHash()).orElseThrow());

        assertFalse(account.signIn("wrong-password", current));
        assertEquals(1_000, PasswordHash.iterationsOf(account.passwordHash()).orElseThrow(), "not on a failure");

        assertTrue(account.signIn("old-password", current));
        assertEquals(3_000, PasswordHash.iterationsOf(account.passwordHash()).orElseThrow());
        assertTrue(account.signIn("old-password", current));
    }

    @Test
    void aHashOfTheCurrentCostIsKept() {
        var account = account(current);
        String before = account.passwordHash();

        assertTrue(account.signIn("old-password", current));
        assertEquals(before, account.passwordHash());
    }

    @Test
    void usernamesAreComparedWithoutCase() {
        assertEquals(Account.key("alice"), Account.key("ALICE"));
        assertEquals("alice", account(weak).username().toLowerCase());
        assertEquals("Alice", account(weak).username(), "shown as registered");
    }

    @Test
    void theHolderChangesThePasswordWithTheCurrentOne() {
        var account = account(current);

        account.changePassword("old-password", "new-password", current);

        assertTrue(account.passwordMatches("new-password", current));
        assertFalse(account.passwordMatches("old-password", current));
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        var account = account(current);
        String before = account.passwordHash();

        var e = assertThrows(ProservException.class, () -> account.changePassword("guess", "new-password", current));

        assertEquals(ProblemCategory.UNAUTHORIZED, e.category());
        assertEquals(before, account.passwordHash());
    }

    @Test
    void theNewPasswordMustDifferFromTheCurrentOne() {
        var account = account(current);

        var e = assertThrows(
                ProservException.class, () -> account.changePassword("old-password", "old-password", current));

        assertEquals("newPassword", e.fieldErrors().get(0).field());
    }

    @Test
    void anAdminResetRequiresAChangeWhichClearsIt() {
        var account = account(current);
        assertFalse(account.mustChangePassword());

        account.resetPassword("temporary-1", current);
        assertTrue(account.mustChangePassword());
        assertTrue(account.passwordMatches("temporary-1", current));

        account.changePassword("temporary-1", "my-own-choice", current);
        assertFalse(account.mustChangePassword());
    }
}
