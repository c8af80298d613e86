package org.proserv.support.customers;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.platform.accounts.Accounts;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;

/** Customers, their licences and subscriptions: who may ask for support, and on what. */
@Stateless
public class Customers {

    @PersistenceContext(unitName = "support")
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    Clock clock;

    @Inject
    Event<SupportGained> supportGained;

    /** A new customer together with the account its people sign in with. */
    public Customer register(String name, String email, String username, String password) {
        var customer = new Customer(name, email, clock.instant());
        em.persist(customer);
        em.flush();
        accounts.create(username, password, Role.customer, customer.id(), name);
        return customer;
    }

    public Customer find(Actor actor, long customerId) {
        var customer = em.find(Customer.class, customerId);
        if (customer == null || !actor.maySee(customerId)) {
            throw ProservException.notFound("Customer", customerId);
        }
        return customer;
    }

    public List<Customer> list(PageRequest request) {
        return em.createQuery("select c from Customer c order by c.id", Customer.class)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(c) from Customer c", Long.class).getSingleResult();
    }

    public Licence addLicence(long customerId, String product, String version, boolean withSupport) {
        requireExists(customerId);
        var licence = new Licence(customerId, product, version, withSupport, clock.instant());
        em.persist(licence);
        return licence;
    }

    public Subscription addSubscription(long customerId, Instant startsAt, Instant endsAt) {
        requireExists(customerId);
        var subscription = new Subscription(customerId, startsAt, endsAt, clock.instant());
        em.persist(subscription);
        supportGained.fire(new SupportGained(customerId));
        return subscription;
    }

    public List<Licence> licences(Actor actor, long customerId) {
        find(actor, customerId);
        return em.createQuery("select l from Licence l where l.customerId = :c order by l.id", Licence.class)
                .setParameter("c", customerId)
                .getResultList();
    }

    public List<Subscription> subscriptions(Actor actor, long customerId) {
        find(actor, customerId);
        return em.createQuery(
                        "select s from Subscription s where s.customerId = :c order by s.startsAt", Subscription.class)
                .setParameter("c", customerId)
                .getResultList();
    }

    /** The licence a ticket is opened on; another customer's licence does not exist for this actor. */
    public Licence licenceOf(Actor actor, long licenceId) {
        var licence = em.find(Licence.class, licenceId);
        if (licence == null || !actor.maySee(licence.customerId())) {
            throw ProservException.invalid("licenceId", "no licence " + licenceId + " of yours");
        }
        return licence;
    }

    public boolean hasActiveSubscription(long customerId, Instant at) {
        return em.createQuery(
                        "select s from Subscription s where s.customerId = :c and s.endsAt > :at", Subscription.class)
                .setParameter("c", customerId)
                .setParameter("at", at)
                .getResultStream()
                .anyMatch(s -> s.activeAt(at));
    }

    private void requireExists(long customerId) {
        if (em.find(Customer.class, customerId) == null) {
            throw ProservException.notFound("Customer", customerId);
        }
    }
}
