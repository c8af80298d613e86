package org.proserv.support.points;

import static org.proserv.kernel.persistence.UtcInstantConverter.toColumn;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.proserv.kernel.sweep.Sweep;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.events.Outbox;
import org.proserv.support.notices.Notice;

/**
 * The points timers' work. Like every sweep here ({@link Sweep}) it selects the rows its rule picks and claims them
 * with a set-based UPDATE whose condition is the rule, so it catches up after downtime, each lot is handled by one
 * sweep only however many nodes run it at once, and a row that cannot be processed is logged and left for the next run
 * without holding up the others.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PointsSweeps {

    /** Unspent points of a lot: the sum of its ledger entries. */
    private static final String REMAINING =
            "(select coalesce(sum(e.points), 0) from support_point_entry e" + " where e.lot_id = support_point_lot.id)";

    @PersistenceContext(unitName = "support")
    EntityManager em;

    @Inject
    PointsLedger ledger;

    @EJB
    Outbox outbox;

    @Inject
    PointsPolicy policy;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /**
     * Expires every lot past its expiry instant with one EXPIRY entry for what was left of it. Customer by customer,
     * each in a transaction of its own under the same lock spends take: a spend and an expiry of one lot never
     * interleave, and a long catch-up after downtime holds no customer's points for longer than their own lots take.
     */
    public int expireLots() {
        Instant now = clock.instant();
        var self = context.getBusinessObject(PointsSweeps.class);
        return Sweep.named("point-expiry")
                .oneRowPerTransaction()
                .run(
                        Sweep.ids(
                                em,
                                "select distinct customer_id from support_point_lot"
                                        + " where expiry_claim is null and expires_at <= ? order by customer_id",
                                now),
                        customers -> self.expireLotsOf(customers.get(0), now))
                .handled();
    }

    /** One customer's expired lots, claimed by one sweep only. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expireLotsOf(long customer, Instant now) {
        ledger.lock(customer);
        String claim = UUID.randomUUID().toString();
        int claimed = em.createNativeQuery("update support_point_lot set expiry_claim = ?"
                        + " where customer_id = ? and expires_at <= ? and expiry_claim is null")
                .setParameter(1, claim)
                .setParameter(2, customer)
                .setParameter(3, toColumn(now))
                .executeUpdate();
        if (claimed == 0) {
            return 0;
        }
        Set<Long> claimedLots =
                new HashSet<>(Sweep.ids(em, "select id from support_point_lot where expiry_claim = ?", claim));
        int expired = 0;
        var lots = Json.createArrayBuilder();
        int points = 0;
        for (var balance : ledger.wallet(customer, now).lots()) {
            if (claimedLots.contains(balance.lot().id()) && balance.remaining() > 0) {
                lots.add(Json.createObjectBuilder()
                        .add("lotId", balance.lot().id())
                        .add("points", balance.remaining())
                        .add("expiresAt", balance.lot().expiresAt().toString()));
                points += balance.remaining();
                ledger.append(
                        customer,
                        balance.lot().id(),
                        EntryKind.EXPIRY,
                        -balance.remaining(),
                        null,
                        "expired at " + balance.lot().expiresAt(),
                        Actor.system(),
                        now);
                expired++;
            }
        }
        if (expired > 0) {
            int lost = points;
            em.flush();
            PointsEvents.record(
                    outbox,
                    em,
                    "expired",
                    customer,
                    ledger.wallet(customer, now).available(),
                    now,
                    b -> b.add("points", lost).add("lots", lots));
        }
        return expired;
    }

    /**
     * Warns once per lot, when a lot with points left is within the warning window before its expiry. A lot with
     * nothing left is not claimed, so it is warned of if points come back to it.
     */
    public int warnOfExpiry() {
        Instant now = clock.instant();
        Instant horizon = now.plus(policy.expiryWarning());
        var self = context.getBusinessObject(PointsSweeps.class);
        return Sweep.named("expiry-warning")
                .run(
                        Sweep.ids(
                                em,
                                "select id from support_point_lot"
                                        + " where warning_claim is null and expires_at > ? and expires_at <= ? and "
                                        + REMAINING
                                        + " > 0 order by id",
                                now,
                                horizon),
                        lots -> self.warnOfExpiryOf(lots, now, horizon))
                .handled();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int warnOfExpiryOf(List<Long> lots, Instant now, Instant horizon) {
        String claim = UUID.randomUUID().toString();
        int claimed = em.createNativeQuery("update support_point_lot set warning_claim = ?"
                        + " where id in (" + Sweep.inList(lots) + ") and warning_claim is null"
                        + " and expires_at > ? and expires_at <= ? and " + REMAINING + " > 0")
                .setParameter(1, claim)
                .setParameter(2, toColumn(now))
                .setParameter(3, toColumn(horizon))
                .executeUpdate();
        if (claimed == 0) {
            return 0;
        }
        List<Object[]> warned = em.createQuery(
                        "select l.id, l.customerId, l.expiresAt, sum(e.points)"
                                + " from PointLot l, LedgerEntry e where e.lotId = l.id and l.warningClaim = :claim"
                                + " group by l.id, l.customerId, l.expiresAt",
                        Object[].class)
                .setParameter("claim", claim)
                .getResultList();
        // each warning is an event of the customer's points: taken under their lock, customers in order
        warned.stream().map(lot -> (Long) lot[1]).distinct().sorted().forEach(ledger::lock);
        for (Object[] lot : warned) {
            long customer = (Long) lot[1];
            int remaining = ((Number) lot[3]).intValue();
            Instant expiresAt = (Instant) lot[2];
            em.persist(Notice.pointsExpiring(customer, (Long) lot[0], remaining, expiresAt, now));
            PointsEvents.record(
                    outbox,
                    em,
                    "expiring-soon",
                    customer,
                    ledger.wallet(customer, now).available(),
                    now,
                    b -> b.add("lotId", (Long) lot[0]).add("points", remaining).add("expiresAt", expiresAt.toString()));
        }
        return warned.size();
    }
}
