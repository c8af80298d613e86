package org.proserv.support.charging;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.events.Outbox;
import org.proserv.support.customers.Customers;
import org.proserv.support.customers.Licence;
import org.proserv.support.customers.SupportGained;
import org.proserv.support.points.PointsEvents;
import org.proserv.support.points.PointsLedger;

/**
 * Who may ask for support, and what pays for it: a licence sold with support or an active subscription; else support
 * points; else a purchased one-incident package.
 */
@Stateless
public class Entitlement {

    static final String HOW_TO_GET_SUPPORT = "A developer licence includes no technical support. "
            + "To open a ticket, subscribe to the technical support services or buy support points "
            + "or a one-incident support package in 'Buy products/services' of your account.";

    @PersistenceContext(unitName = "support")
    EntityManager em;

    @EJB
    Outbox outbox;

    @EJB
    Customers customers;

    @EJB
    PointsLedger ledger;

    @Inject
    ChargingPolicy policy;

    @Inject
    Clock clock;

    @Inject
    Event<SupportGained> supportGained;

    public boolean covered(Licence licence, Instant at) {
        return licence.withSupport() || customers.hasActiveSubscription(licence.customerId(), at);
    }

    /** Opening a ticket: covered, a positive points balance, or an unused package. */
    public void requireSupport(Licence licence, Instant at) {
        if (covered(licence, at)
                || ledger.available(licence.customerId()) > 0
                || unusedPackage(licence.customerId(), false).isPresent()) {
            return;
        }
        throw new ProservException(ProblemCategory.FORBIDDEN, HOW_TO_GET_SUPPORT)
                .with("reason", "no-support-entitlement");
    }

    /** HotRush: covered, enough points, or an unused urgent package; 402 saying which is missing. */
    public void requireHotRush(Licence licence, Instant at) {
        int available = ledger.available(licence.customerId());
        if (covered(licence, at)
                || available >= policy.hotRushMinimumPoints()
                || unusedPackage(licence.customerId(), true).isPresent()) {
            return;
        }
        throw new ProservException(
                        ProblemCategory.PAYMENT_REQUIRED,
                        "HotRush needs an active support subscription, "
                                + "at least " + policy.hotRushMinimumPoints() + " support points (you have " + available
                                + "), or an urgent one-incident package")
                .with("reason", "hotrush-not-allowed")
                .with("pointsNeeded", policy.hotRushMinimumPoints())
                .with("pointsAvailable", available);
    }

    /**
     * What pays for a ticket being classified (the caller holds the customer's lock): coverage first; then points, if
     * they pay the whole charge; else an unused package fitting the ticket (used up by it); else points, topped up
     * later.
     */
    public ChargeSource sourceFor(Licence licence, long ticketId, boolean hotRush, int charge, Instant at) {
        if (covered(licence, at)) {
            return ChargeSource.SUBSCRIPTION;
        }
        if (ledger.available(licence.customerId()) >= charge) {
            return ChargeSource.POINTS;
        }
        return usePackage(licence.customerId(), ticketId, hotRush, at).orElse(ChargeSource.POINTS);
    }

    /**
     * What pays, other than points, for a ticket whose points fall short (the caller holds the customer's lock):
     * coverage gained since it was classified, else an unused package fitting the ticket (used up by it).
     */
    public Optional<ChargeSource> sourceInsteadOfPoints(Licence licence, long ticketId, boolean hotRush, Instant at) {
        if (covered(licence, at)) {
            return Optional.of(ChargeSource.SUBSCRIPTION);
        }
        return usePackage(licence.customerId(), ticketId, hotRush, at);
    }

    /** A customer (or an admin for them) buys a one-incident package at the configured price. */
    public IncidentPackage buyPackage(Actor actor, long customerId, boolean urgent) {
        customers.find(actor, customerId);
        Instant now = clock.instant();
        var pack = new IncidentPackage(customerId, urgent, policy.packagePrice(urgent), now);
        em.persist(pack);
        em.flush();
        outbox.record(
                em,
                "package.bought",
                "package",
                pack.id(),
                customerId,
                Json.createObjectBuilder()
                        .add("packageId", pack.id())
                        .add("customerId", customerId)
                        .add("urgent", urgent)
                        .add("price", PointsEvents.money(pack.price()))
                        .build(),
                now);
        supportGained.fire(new SupportGained(customerId));
        return pack;
    }

    public List<IncidentPackage> packages(Actor actor, long customerId) {
        customers.find(actor, customerId);
        return em.createQuery(
                        "select p from IncidentPackage p where p.customerId = :c order by p.purchasedAt",
                        IncidentPackage.class)
                .setParameter("c", customerId)
                .getResultList();
    }

    private Optional<ChargeSource> usePackage(long customerId, long ticketId, boolean hotRush, Instant at) {
        var pack = unusedPackage(customerId, hotRush);
        pack.ifPresent(p -> p.useFor(ticketId, at));
        return pack.map(p -> ChargeSource.PACKAGE);
    }

    private Optional<IncidentPackage> unusedPackage(long customerId, boolean urgent) {
        return em.createQuery(
                        "select p from IncidentPackage p where p.customerId = :c and p.ticketId is null"
                                + " order by p.urgent, p.purchasedAt",
                        IncidentPackage.class)
                .setParameter("c", customerId)
                .getResultStream()
                .filter(p -> p.covers(urgent))
                .findFirst();
    }
}
