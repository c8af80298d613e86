package org.proserv.support.tickets;

import static org.proserv.kernel.persistence.UtcInstantConverter.toColumn;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.proserv.kernel.sweep.Sweep;
import org.proserv.platform.events.Outbox;
import org.proserv.support.notices.Notice;

/**
 * The support desk's timed jobs. Each sweep selects the ids its rule picks, then claims them chunk by chunk
 * ({@link Sweep}) with a set-based UPDATE whose condition is the rule itself (a deadline passed, a wait ran out), so
 * that:
 *
 * <ul>
 *   <li>it catches up on everything that fell due while no server ran;
 *   <li>when several nodes sweep at once, the database's row locks let each row be claimed by one of them only (the
 *       others re-check the condition and skip it), so nothing happens twice;
 *   <li>a row that cannot be processed fails only itself: it is logged and left for the next run.
 * </ul>
 *
 * Claimed tickets then go through the entity's own rule, which writes history and breach records. Claims bump the
 * ticket version, so a user's change based on the state before the sweep is refused rather than silently overwriting
 * it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SupportSweeps {

    @PersistenceContext(unitName = "support")
    EntityManager em;

    @EJB
    Outbox outbox;

    @Inject
    SupportPolicy policy;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Records one breach for every staff answer now overdue whose deadline has not been recorded yet. */
    public int flagBreaches() {
        Instant now = clock.instant();
        var self = self();
        return Sweep.named("sla-breaches")
                .run(
                        Sweep.ids(
                                em,
                                "select id from support_ticket"
                                        + " where response_due_at < ? and breach_flag is null order by id",
                                now),
                        chunk -> self.flagBreachesOf(chunk, now))
                .handled();
    }

    /** Pre-closes answered tickets whose customer has been silent for the configured time. */
    public int preClose() {
        Instant now = clock.instant();
        var self = self();
        return Sweep.named("pre-close")
                .run(
                        Sweep.ids(
                                em,
                                "select id from support_ticket"
                                        + " where status = 'IN_PROGRESS' and awaiting_customer_since <= ? order by id",
                                now.minus(policy.preCloseAfter())),
                        chunk -> self.preCloseOf(chunk, now))
                .handled();
    }

    /** Closes pre-closed tickets whose grace period has run out. */
    public int autoClose() {
        Instant now = clock.instant();
        var self = self();
        return Sweep.named("auto-close")
                .run(
                        Sweep.ids(
                                em,
                                "select id from support_ticket"
                                        + " where status = 'PRE_CLOSED' and pre_closed_at <= ? order by id",
                                now.minus(policy.autoCloseAfter())),
                        chunk -> self.autoCloseOf(chunk, now))
                .handled();
    }

    /**
     * One chunk of the breach sweep. A deadline is breached once, ever: a ticket that comes back to a deadline already
     * recorded (after a top-up, a reopening) is claimed without a second record.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int flagBreachesOf(List<Long> ids, Instant now) {
        String flag = UUID.randomUUID().toString();
        int claimed = em.createNativeQuery("update support_ticket set breach_flag = ?, version = version + 1"
                        + " where id in (" + Sweep.inList(ids) + ") and response_due_at < ? and breach_flag is null")
                .setParameter(1, flag)
                .setParameter(2, toColumn(now))
                .executeUpdate();
        if (claimed == 0) {
            return 0;
        }
        List<Ticket> tickets = em.createQuery(
                        "select t from Ticket t where t.deadlines.breachFlag = :flag", Ticket.class)
                .setParameter("flag", flag)
                .getResultList();
        Set<RecordedBreach> recorded =
                recordedBreaches(tickets.stream().map(Ticket::id).toList());
        int breached = 0;
        for (Ticket ticket : tickets) {
            Deadline deadline = ticket.deadlines().awaited().orElseThrow();
            if (!recorded.contains(new RecordedBreach(ticket.id(), deadline))) {
                var breach = ticket.breach(deadline, now);
                em.persist(breach);
                TicketEvents.record(outbox, em, "sla-breached", ticket, now, Tickets.breachOf(breach));
                breached++;
            }
        }
        return breached;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int preCloseOf(List<Long> ids, Instant now) {
        String claim = claim(
                "status = 'IN_PROGRESS' and awaiting_customer_since <= ?", ids, now.minus(policy.preCloseAfter()));
        List<Ticket> tickets = claimedBy(claim);
        tickets.forEach(t -> {
            t.preClose(now, policy);
            em.persist(Notice.ticketPreClosed(t.customerId(), t.id(), now.plus(policy.autoCloseAfter()), now));
            TicketEvents.record(
                    outbox,
                    em,
                    "pre-closed",
                    t,
                    now,
                    b -> b.add("autoClosesAt", now.plus(policy.autoCloseAfter()).toString()));
        });
        return tickets.size();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int autoCloseOf(List<Long> ids, Instant now) {
        String claim = claim("status = 'PRE_CLOSED' and pre_closed_at <= ?", ids, now.minus(policy.autoCloseAfter()));
        List<Ticket> tickets = claimedBy(claim);
        tickets.forEach(t -> {
            t.autoClose(now, policy);
            TicketEvents.record(outbox, em, "closed", t, now, b -> b.add("closedBy", "system"));
        });
        return tickets.size();
    }

    private record RecordedBreach(long ticketId, Deadline deadline) {}

    private Set<RecordedBreach> recordedBreaches(List<Long> ticketIds) {
        Set<RecordedBreach> recorded = new HashSet<>();
        em.createQuery("select b from SlaBreach b where b.ticketId in :ids", SlaBreach.class)
                .setParameter("ids", ticketIds)
                .getResultStream()
                .forEach(b -> recorded.add(new RecordedBreach(b.ticketId(), b.deadline())));
        return recorded;
    }

    /** Claims those of the ids that still meet the condition (whose one parameter is {@code bound}). */
    private String claim(String condition, List<Long> ids, Instant bound) {
        String claim = UUID.randomUUID().toString();
        em.createNativeQuery("update support_ticket set sweep_claim = ?, version = version + 1" + " where id in ("
                        + Sweep.inList(ids) + ") and " + condition)
                .setParameter(1, claim)
                .setParameter(2, toColumn(bound))
                .executeUpdate();
        return claim;
    }

    private List<Ticket> claimedBy(String claim) {
        return em.createQuery("select t from Ticket t where t.sweepClaim = :claim", Ticket.class)
                .setParameter("claim", claim)
                .getResultList();
    }

    private SupportSweeps self() {
        return context.getBusinessObject(SupportSweeps.class);
    }
}
