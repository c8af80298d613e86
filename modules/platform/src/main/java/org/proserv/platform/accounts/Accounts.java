package org.proserv.platform.accounts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;

/** Creating accounts and checking credentials. */
@Stateless
public class Accounts {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountSettings settings;

    public Account create(String username, String password, Role role, Long customerId, String displayName) {
        if (find(username).isPresent()) {
            throw ProservException.conflict("The username " + username + " is already taken (case does not count)")
                    .with("field", "username");
        }
        var account =
                new Account(username, password, role, customerId, displayName, settings.hasher(), clock.instant());
        em.persist(account);
        return account;
    }

    /** The account of this username, whatever its case. */
    public Optional<Account> find(String username) {
        return em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("key", Account.key(username))
                .getResultStream()
                .findFirst();
    }

    /**
     * The account of these credentials; one answer, at one cost, for an unknown user and a wrong password alike.
     * Repeated failures for the username or from the address are throttled (429). An account whose password an
     * administrator reset is refused until its holder changes it.
     */
    public Account authenticate(String username, String password, String address) {
        var throttle = settings.throttle();
        refuseIfThrottled(username, address);
        var account = new CredentialCheck(settings.hasher()).check(find(username), password);
        if (account.isEmpty()) {
            throttle.failed(username, address);
            throw wrongCredentials();
        }
        throttle.succeeded(username, address);
        if (account.get().mustChangePassword()) {
            throw new ProservException(
                    ProblemCategory.PASSWORD_CHANGE_REQUIRED,
                    "An administrator reset this password: choose a new one with POST /api/auth/password "
                            + "before signing in");
        }
        return account.get();
    }

    /** The holder changes their own password with the current one; throttled like signing in. */
    public void changePassword(String username, String currentPassword, String newPassword, String address) {
        var throttle = settings.throttle();
        refuseIfThrottled(username, address);
        var found = find(username);
        if (found.isEmpty()) {
            settings.hasher().matchesNothing(currentPassword);
            throttle.failed(username, address);
            throw wrongCredentials();
        }
        try {
            found.get().changePassword(currentPassword, newPassword, settings.hasher());
        } catch (ProservException e) {
            if (e.category() == ProblemCategory.UNAUTHORIZED) {
                throttle.failed(username, address);
            }
            throw e;
        }
        throttle.succeeded(username, address);
    }

    /** An administrator sets someone's password; they must change it at their next sign-in. */
    public Account resetPassword(String username, String newPassword) {
        var account = find(username).orElseThrow(() -> ProservException.notFound("Account", username));
        account.resetPassword(newPassword, settings.hasher());
        return account;
    }

    private void refuseIfThrottled(String username, String address) {
        settings.throttle().refuseIfThrottled(username, address, "sign-ins");
    }

    private static ProservException wrongCredentials() {
        return new ProservException(ProblemCategory.UNAUTHORIZED, "Unknown username or wrong password");
    }

    /** A staff member of the given role, for assignments; 400 naming the field when there is none. */
    public Account requireStaff(String username, Role role, String field) {
        return find(username)
                .filter(a -> a.role() == role)
                .orElseThrow(() -> ProservException.invalid(field, "no " + role + " named " + username));
    }

    public List<Account> staff(Role role) {
        return em.createQuery("select a from Account a where a.role = :role order by a.username", Account.class)
                .setParameter("role", role)
                .getResultList();
    }

    public boolean any() {
        return !em.createQuery("select a.id from Account a", Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
