package org.proserv.platform.accounts;

import java.util.Optional;

/**
 * Checks a username's password at one cost whether the username exists or not: for an unknown username the password is
 * verified against a dummy hash of the current parameters, so the time an answer takes does not tell which usernames
 * exist.
 */
public final class CredentialCheck {

    private final PasswordHash hasher;

    public CredentialCheck(PasswordHash hasher) {
        this.hasher = hasher;
    }

    /** The account, if it exists and the password is its own. */
    public Optional<Account> check(Optional<Account> found, String password) {
        if (found.isEmpty()) {
            hasher.matchesNothing(password);
            return Optional.empty();
        }
        return found.filter(account -> account.signIn(password, hasher));
    }
}
