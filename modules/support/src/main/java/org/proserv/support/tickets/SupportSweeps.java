package org.proserv.support.tickets;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.proserv.support.notices.Notice;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import static org.proserv.kernel.persistence.UtcInstantConverter.toColumn;

/**
 * The support desk's timed jobs. Each sweep first claims its rows with one set-based UPDATE whose
 * condition is the rule itself (a deadline passed, a wait ran out), so that:
 * <ul>
 *   <li>it catches up on everything that fell due while no server ran;</li>
 *   <li>when several nodes sweep at once, the database's row locks let each row be claimed by one
 *       of them only (the others re-check the condition and skip it), so nothing happens twice.</li>
 * </ul>
 * Claimed tickets then go through the entity's own rule, which writes history and breach records.
 * Claims bump the ticket version, so a user's change based on the state before the sweep is
 * refused rather than silently overwriting it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SupportSweeps {

    @PersistenceContext(unitName = "support")
    EntityManager em;

    @Inject
    SupportPolicy policy;

    @Inject
    Clock clock;

    /** Records one breach for every staff answer now overdue that has not been recorded yet. */
    public int flagBreaches() {
        Instant now = clock.instant();
        String flag = UUID.randomUUID().toString();
        int claimed = em.createNativeQuery("update support_ticket set breach_flag = ?, version = version + 1"
                        + " where response_due_at < ? and breach_flag is null")
                .setParameter(1, flag)
                .setParameter(2, toColumn(now))
                .executeUpdate();
        if (claimed > 0) {
            em.createQuery("select t from Ticket t where t.breachFlag = :flag", Ticket.class)
                    .setParameter("flag", flag)
                    .getResultStream()
                    .forEach(t -> em.persist(new SlaBreach(t.id(), t.responseDueKind().orElseThrow(),
                            t.responseDueAt().orElseThrow(), now)));
        }
        return claimed;
    }

    /** Pre-closes answered tickets whose customer has been silent for the configured time. */
    public int preClose() {
        Instant now = clock.instant();
        String claim = UUID.randomUUID().toString();
        int claimed = em.createNativeQuery("update support_ticket set sweep_claim = ?, version = version + 1"
                        + " where status = 'IN_PROGRESS' and awaiting_customer_since <= ?")
                .setParameter(1, claim)
                .setParameter(2, toColumn(now.minus(policy.preCloseAfter())))
                .executeUpdate();
        if (claimed > 0) {
            claimedBy(claim).forEach(t -> {
                t.preClose(now, policy);
                em.persist(Notice.ticketPreClosed(t.customerId(), t.id(), now.plus(policy.autoCloseAfter()), now));
            });
        }
        return claimed;
    }

    /** Closes pre-closed tickets whose grace period has run out. */
    public int autoClose() {
        Instant now = clock.instant();
        String claim = UUID.randomUUID().toString();
        int claimed = em.createNativeQuery("update support_ticket set sweep_claim = ?, version = version + 1"
                        + " where status = 'PRE_CLOSED' and pre_closed_at <= ?")
                .setParameter(1, claim)
                .setParameter(2, toColumn(now.minus(policy.autoCloseAfter())))
                .executeUpdate();
        if (claimed > 0) {
            claimedBy(claim).forEach(t -> t.autoClose(now, policy));
        }
        return claimed;
    }

    private java.util.stream.Stream<Ticket> claimedBy(String claim) {
        return em.createQuery("select t from Ticket t where t.sweepClaim = :claim", Ticket.class)
                .setParameter("claim", claim)
                .getResultStream();
    }
}
