package org.proserv.support.points;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.proserv.platform.accounts.Actor;
import org.proserv.support.notices.Notice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.proserv.kernel.persistence.UtcInstantConverter.toColumn;

/**
 * The points timers' work. Like every sweep here it claims rows with a set-based UPDATE whose
 * condition is the rule, so it catches up after downtime and each lot is handled by one sweep only,
 * however many nodes run it at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PointsSweeps {

    @PersistenceContext(unitName = "support")
    EntityManager em;

    @Inject
    PointsLedger ledger;

    @Inject
    PointsPolicy policy;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /**
     * Expires every lot past its expiry instant with one EXPIRY entry for what was left of it.
     * Customer by customer, each in a transaction of its own under the same lock spends take: a
     * spend and an expiry of one lot never interleave, and a long catch-up after downtime holds
     * no customer's points for longer than their own lots take.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int expireLots() {
        Instant now = clock.instant();
        var self = context.getBusinessObject(PointsSweeps.class);
        int expired = 0;
        for (long customer : self.customersWithLotsToExpire(now)) {
            expired += self.expireLotsOf(customer, now);
        }
        return expired;
    }

    public List<Long> customersWithLotsToExpire(Instant now) {
        List<Long> customers = new ArrayList<>();
        for (Object id : em.createNativeQuery("select distinct customer_id from support_point_lot"
                        + " where expiry_claim is null and expires_at <= ? order by customer_id")
                .setParameter(1, toColumn(now)).getResultList()) {
            customers.add(((Number) id).longValue());
        }
        return customers;
    }

    /** One customer's expired lots, claimed by one sweep only. */
    public int expireLotsOf(long customer, Instant now) {
        ledger.lock(customer);
        String claim = UUID.randomUUID().toString();
        int claimed = em.createNativeQuery("update support_point_lot set expiry_claim = ?"
                        + " where customer_id = ? and expires_at <= ? and expiry_claim is null")
                .setParameter(1, claim).setParameter(2, customer).setParameter(3, toColumn(now))
                .executeUpdate();
        if (claimed == 0) {
            return 0;
        }
        Set<Long> claimedLots = new HashSet<>();
        for (Object id : em.createNativeQuery("select id from support_point_lot where expiry_claim = ?")
                .setParameter(1, claim).getResultList()) {
            claimedLots.add(((Number) id).longValue());
        }
        int expired = 0;
        for (var balance : ledger.wallet(customer, now).lots()) {
            if (claimedLots.contains(balance.lot().id()) && balance.remaining() > 0) {
                ledger.append(customer, balance.lot().id(), EntryKind.EXPIRY, -balance.remaining(), null,
                        "expired at " + balance.lot().expiresAt(), Actor.system(), now);
                expired++;
            }
        }
        return expired;
    }

    /** Warns once per lot, when a lot with points left enters the warning window before its expiry. */
    public int warnOfExpiry() {
        Instant now = clock.instant();
        String claim = UUID.randomUUID().toString();
        int claimed = em.createNativeQuery("update support_point_lot set warning_claim = ?"
                        + " where expires_at > ? and expires_at <= ? and warning_claim is null")
                .setParameter(1, claim).setParameter(2, toColumn(now))
                .setParameter(3, toColumn(now.plus(policy.expiryWarning())))
                .executeUpdate();
        if (claimed == 0) {
            return 0;
        }
        List<PointLot> lots = em.createQuery("select l from PointLot l where l.warningClaim = :claim", PointLot.class)
                .setParameter("claim", claim).getResultList();
        int warned = 0;
        for (PointLot lot : lots) {
            int remaining = remainingOf(lot.id());
            if (remaining > 0) {
                em.persist(Notice.pointsExpiring(lot.customerId(), lot.id(), remaining, lot.expiresAt(), now));
                warned++;
            }
        }
        return warned;
    }

    private int remainingOf(long lotId) {
        Number sum = em.createQuery("select sum(e.points) from LedgerEntry e where e.lotId = :lot", Number.class)
                .setParameter("lot", lotId).getSingleResult();
        return sum == null ? 0 : sum.intValue();
    }
}
