package org.proserv.platform.accounts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Creating accounts and checking credentials. */
@Stateless
public class Accounts {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    public Account create(String username, String password, Role role, Long customerId, String displayName) {
        if (find(username).isPresent()) {
            throw ProservException.conflict("The username " + username + " is already taken")
                    .with("field", "username");
        }
        var account = new Account(username, password, role, customerId, displayName, clock.instant());
        em.persist(account);
        return account;
    }

    public Optional<Account> find(String username) {
        return em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** The account of these credentials; one answer for an unknown user and a wrong password alike. */
    public Account authenticate(String username, String password) {
        return find(username)
                .filter(a -> a.passwordMatches(password))
                .orElseThrow(() -> new ProservException(ProblemCategory.UNAUTHORIZED,
                        "Unknown username or wrong password"));
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
        return !em.createQuery("select a.id from Account a", Long.class).setMaxResults(1).getResultList().isEmpty();
    }
}
