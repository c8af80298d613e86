package org.proserv.support.tickets;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.paging.Page;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.kernel.paging.PagedQuery;
import org.proserv.platform.accounts.Accounts;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.platform.events.Outbox;
import org.proserv.support.calendar.SupportCalendar;
import org.proserv.support.charging.Entitlement;
import org.proserv.support.charging.HotRushRemoval;
import org.proserv.support.charging.HotRushWithdrawal;
import org.proserv.support.charging.IssueCategory;
import org.proserv.support.customers.Customers;
import org.proserv.support.customers.Licence;
import org.proserv.support.notices.Notice;
import org.proserv.support.points.LedgerEntry;
import org.proserv.support.points.PointsLedger;

/**
 * The ticket use cases, one transaction each. Rules live in {@link Ticket}; this service finds the ticket the actor may
 * see, hands it what it needs (now, the terms) and saves it.
 */
@Stateless
public class Tickets {

    @PersistenceContext(unitName = "support")
    EntityManager em;

    @EJB
    Customers customers;

    @EJB
    Accounts accounts;

    @EJB
    SupportCalendar calendar;

    @EJB
    Entitlement entitlement;

    @EJB
    PointsLedger ledger;

    @EJB
    Outbox outbox;

    @Inject
    SupportPolicy policy;

    @Inject
    Clock clock;

    public TicketRead open(
            Actor actor, long licenceId, String productVersion, String subject, String message, boolean hotRush) {
        actor.requireCustomer("open a ticket");
        var licence = customers.licenceOf(actor, licenceId);
        var now = clock.instant();
        entitlement.requireSupport(licence, now);
        if (hotRush) {
            entitlement.requireHotRush(licence, now);
        }
        var ticket = new Ticket(
                licence.customerId(),
                licence.id(),
                licence.product(),
                productVersion == null ? licence.version() : productVersion,
                subject,
                message,
                hotRush,
                actor,
                now,
                terms());
        em.persist(ticket);
        em.flush();
        TicketEvents.record(outbox, em, "submitted", ticket, now);
        return readOf(ticket);
    }

    /** The ticket with all it shows (conversation, history, breaches, charges), read in one transaction. */
    public TicketRead read(Actor actor, long id) {
        return readOf(find(actor, id));
    }

    /** The ticket if this actor may see it; another customer's ticket does not exist for them. */
    public Ticket find(Actor actor, long id) {
        var ticket = em.find(Ticket.class, id);
        if (ticket == null || !actor.maySee(ticket.customerId())) {
            throw ProservException.notFound("Ticket", id);
        }
        return ticket;
    }

    /**
     * A customer's own tickets, newest first; for staff, the queue: open tickets, HotRush out of turn first, then by
     * the due time of the answer they await (tickets awaiting none last).
     */
    public Page<Ticket> list(Actor actor, Optional<TicketStatus> status, PageRequest request) {
        var query = PagedQuery.from(em, Ticket.class, "Ticket t", "t");
        if (actor.isCustomer()) {
            query.where("t.customerId = :customer", "customer", actor.customerId());
        }
        if (status.isPresent()) {
            query.where("t.status = :status", "status", status.get());
        } else if (!actor.isCustomer()) {
            query.where("t.status <> :closed", "closed", TicketStatus.CLOSED);
        }
        return query.page(
                actor.isCustomer()
                        ? "t.submittedAt desc, t.id desc"
                        : "t.hotRush.active desc, t.deadlines.responseDueAt asc nulls last, t.submittedAt asc, t.id "
                                + "asc",
                request);
    }

    public TicketRead assign(Actor actor, long id, String engineer) {
        actor.requireStaff("assign tickets");
        accounts.requireStaff(engineer, Role.engineer, "engineer");
        var ticket = forUpdate(actor, id);
        var now = clock.instant();
        ticket.assign(engineer, actor, now);
        TicketEvents.record(outbox, em, "assigned", ticket, now, b -> b.add("assignedBy", actor.username()));
        return readOf(ticket);
    }

    public TicketRead postMessage(Actor actor, long id, String body) {
        var ticket = forUpdate(actor, id);
        var now = clock.instant();
        var terms = terms();
        if (actor.isStaff()) {
            var answered = ticket.answerAsStaff(actor, body, now, terms);
            answered.filter(deadline -> deadline.passedAt(now))
                    .ifPresent(missed -> recordLateAnswer(ticket, missed, now, terms));
            TicketEvents.record(outbox, em, "answered", ticket, now, b -> {
                b.add("answeredBy", actor.username());
                answered.ifPresent(d -> b.add("answeredDeadline", d.kind().name())
                        .add("deadlineDueAt", d.dueAt().toString())
                        .add("deadlineMet", !d.passedAt(now)));
            });
        } else {
            var before = ticket.status();
            ticket.answerAsCustomer(actor, body, now, terms);
            if (ticket.status() != before) {
                TicketEvents.record(outbox, em, "customer-replied", ticket, now);
            }
        }
        return readOf(ticket);
    }

    /**
     * The awaited answer came after its deadline: the breach is completed with when it came and how late, or recorded
     * now if no sweep had found it yet (a deadline is breached once, ever).
     */
    private void recordLateAnswer(Ticket ticket, Deadline missed, Instant now, SupportTerms terms) {
        var breach = em.createQuery(
                        "select b from SlaBreach b where b.ticketId = :id and b.kind = :kind" + " and b.dueAt = :due",
                        SlaBreach.class)
                .setParameter("id", ticket.id())
                .setParameter("kind", missed.kind())
                .setParameter("due", missed.dueAt())
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    var found = ticket.breach(missed, now);
                    em.persist(found);
                    TicketEvents.record(outbox, em, "sla-breached", ticket, now, breachOf(found));
                    return found;
                });
        breach.answered(now, terms.businessTime(missed.dueAt(), now));
    }

    public TicketRead confirmSolution(Actor actor, long id) {
        actor.requireCustomer("confirm the solution");
        var ticket = forUpdate(actor, id);
        var now = clock.instant();
        ticket.confirmSolution(actor, now);
        recordClosed(ticket, actor, now);
        return readOf(ticket);
    }

    public TicketRead close(Actor actor, long id) {
        var ticket = forUpdate(actor, id);
        var now = clock.instant();
        ticket.close(actor, now);
        recordClosed(ticket, actor, now);
        return readOf(ticket);
    }

    public TicketRead reopen(Actor actor, long id, Optional<String> message) {
        actor.requireCustomer("reopen a ticket");
        var ticket = forUpdate(actor, id);
        var now = clock.instant();
        var terms = terms();
        ticket.reopen(actor, now, terms);
        TicketEvents.record(outbox, em, "reopened", ticket, now, b -> b.add("reopenedBy", actor.username()));
        message.ifPresent(body -> ticket.answerAsCustomer(actor, body, now, terms));
        if (ticket.charge().classified() && ticket.pointsOwed() > 0) {
            settleCharge(ticket, actor, now);
        }
        return readOf(ticket);
    }

    /**
     * The dispatcher classifies the ticket and the incident is charged then: covered by the subscription, a package, or
     * points (HotRush doubled). Reclassifying before the first answer charges or gives back the difference; nothing is
     * charged twice. Short of points, the ticket waits for a top-up.
     */
    public TicketRead classify(Actor actor, long id, String categoryCode, Integer staffPrice) {
        actor.requireStaff("classify tickets");
        var ticket = forUpdate(actor, id);
        var category = em.find(IssueCategory.class, categoryCode);
        if (category == null) {
            throw ProservException.invalid("category", "no issue category " + categoryCode);
        }
        var now = clock.instant();
        ticket.classify(category.code(), category.priceFor(staffPrice), actor, now);
        settleCharge(ticket, actor, now);
        TicketEvents.record(
                outbox,
                em,
                "classified",
                ticket,
                now,
                b -> b.add("classifiedBy", actor.username())
                        .add("categoryPoints", ticket.charge().categoryPoints().orElse(0)));
        return readOf(ticket);
    }

    /**
     * After the customer gained points, a package or a subscription: tickets waiting for a top-up are charged, oldest
     * first, from whatever now pays for them.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void resumeAwaitingTopUp(long customerId) {
        var now = clock.instant();
        em.createQuery(
                        "select t from Ticket t where t.customerId = :c and t.status = :waiting order by t.submittedAt,"
                                + " t.id",
                        Ticket.class)
                .setParameter("c", customerId)
                .setParameter("waiting", TicketStatus.AWAITING_TOP_UP)
                .getResultList()
                .forEach(t -> {
                    em.lock(t, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                    settleCharge(t, Actor.system(), now);
                });
    }

    /**
     * A manual charge of points on a ticket of the customer's, beyond what its classification charged (which
     * {@link #classify} does by itself): admins and dispatchers only, with the reason kept on the ledger entries.
     */
    public List<LedgerEntry> spendOnTicket(Actor actor, long customerId, long ticketId, int points, String reason) {
        if (actor.role() != Role.admin && actor.role() != Role.dispatcher) {
            throw ProservException.forbidden("Only admins and dispatchers may charge points by hand");
        }
        ledger.lock(customerId);
        var ticket = em.find(Ticket.class, ticketId);
        if (ticket == null || ticket.customerId() != customerId) {
            throw ProservException.invalid("ticketId", "no ticket " + ticketId + " of customer " + customerId);
        }
        return ledger.spend(actor, customerId, points, ticketId, reason);
    }

    /**
     * The customer turns HotRush off: while submitted it is just unchecked (free, not counted); later it is a
     * withdrawal, counted against the account's limit, with the surcharge given back.
     */
    public TicketRead turnOffHotRush(Actor actor, long id) {
        actor.requireCustomer("withdraw HotRush");
        var ticket = forUpdate(actor, id);
        var now = clock.instant();
        if (ticket.queued()) {
            int surcharge = ticket.uncheckHotRush(actor, now, terms());
            giveBack(ticket, actor, surcharge, "HotRush unchecked: surcharge returned");
            resettleIfWaiting(ticket, actor, now);
            TicketEvents.record(
                    outbox,
                    em,
                    "hotrush-withdrawn",
                    ticket,
                    now,
                    b -> b.add("countedAsWithdrawal", false).add("surchargeReturned", surcharge));
            return readOf(ticket);
        }
        ledger.lock(ticket.customerId());
        int surcharge = ticket.withdrawHotRush(actor, hotRushWithdrawals(ticket.customerId()), now, terms());
        em.persist(new HotRushWithdrawal(ticket.customerId(), ticket.id(), now));
        giveBack(ticket, actor, surcharge, "HotRush withdrawn: surcharge returned");
        resettleIfWaiting(ticket, actor, now);
        TicketEvents.record(
                outbox,
                em,
                "hotrush-withdrawn",
                ticket,
                now,
                b -> b.add("countedAsWithdrawal", true).add("surchargeReturned", surcharge));
        return readOf(ticket);
    }

    /** Staff take HotRush away, for a reason the customer sees; the surcharge goes back, nothing is counted. */
    public TicketRead removeHotRush(Actor actor, long id, HotRushRemoval reason, String note) {
        actor.requireStaff("remove HotRush");
        var ticket = forUpdate(actor, id);
        var now = clock.instant();
        int surcharge = ticket.removeHotRush(actor, reason, note, now, terms());
        giveBack(ticket, actor, surcharge, "HotRush removed (" + reason + "): surcharge returned");
        resettleIfWaiting(ticket, actor, now);
        TicketEvents.record(outbox, em, "hotrush-removed", ticket, now, b -> {
            b.add("reason", reason.name()).add("removedBy", actor.username()).add("surchargeReturned", surcharge);
            if (note != null) {
                b.add("note", note);
            }
        });
        return readOf(ticket);
    }

    public long hotRushWithdrawals(long customerId) {
        return em.createQuery("select count(w) from HotRushWithdrawal w where w.customerId = :c", Long.class)
                .setParameter("c", customerId)
                .getSingleResult();
    }

    public TicketRead requestLiveChat(Actor actor, long id, String tool, String contactId, Instant preferredAt) {
        actor.requireCustomer("request a live chat");
        var ticket = forUpdate(actor, id);
        ticket.requestLiveChat(tool, contactId, preferredAt, actor, clock.instant(), terms());
        return readOf(ticket);
    }

    /** Carries out the charging rule ({@link ChargeSettlement}) under the customer's points lock. */
    private void settleCharge(Ticket ticket, Actor actor, Instant now) {
        ledger.lock(ticket.customerId());
        var licence = em.find(Licence.class, ticket.licenceId());
        if (ticket.charge().source().isEmpty()) {
            ticket.payWith(entitlement.sourceFor(licence, ticket.id(), ticket.hotRush(), ticket.totalCharge(), now));
        }
        var settlement = ChargeSettlement.decide(
                ticket.charge().source().orElseThrow(),
                ticket.pointsOwed(),
                () -> ledger.available(ticket.customerId()),
                () -> entitlement.sourceInsteadOfPoints(licence, ticket.id(), ticket.hotRush(), now));
        switch (settlement.step()) {
            case SPEND -> {
                ledger.spend(
                        actor,
                        ticket.customerId(),
                        settlement.points(),
                        ticket.id(),
                        "ticket " + ticket.id() + ": "
                                + ticket.charge().category().orElseThrow());
                ticket.charged(settlement.points());
            }
            case GIVE_BACK ->
                giveBack(
                        ticket,
                        actor,
                        settlement.points(),
                        "ticket " + ticket.id() + " reclassified: difference returned");
            case PAY_INSTEAD ->
                giveBack(
                        ticket,
                        actor,
                        ticket.payInsteadOfPoints(settlement.source()),
                        "ticket " + ticket.id() + " paid by " + settlement.source() + ": points returned");
            case AWAIT_TOP_UP -> {
                boolean alreadyWaiting = ticket.status() == TicketStatus.AWAITING_TOP_UP;
                ticket.awaitTopUp(settlement.points(), actor, now);
                if (!alreadyWaiting) {
                    em.persist(Notice.ticketAwaitingTopUp(ticket.customerId(), ticket.id(), settlement.points(), now));
                }
                return;
            }
            case COVERED -> {}
        }
        ticket.topUpSettled(now, terms());
    }

    private void recordClosed(Ticket ticket, Actor actor, Instant now) {
        if (ticket.status() == TicketStatus.CLOSED) {
            TicketEvents.record(outbox, em, "closed", ticket, now, b -> b.add("closedBy", actor.username()));
        }
    }

    static Consumer<JsonObjectBuilder> breachOf(SlaBreach breach) {
        return b -> b.add("deadline", breach.kind().name())
                .add("dueAt", breach.dueAt().toString())
                .add("detectedAt", breach.detectedAt().toString());
    }

    /** Without HotRush the charge halves: a ticket waiting for a top-up may now be affordable. */
    private void resettleIfWaiting(Ticket ticket, Actor actor, Instant now) {
        if (ticket.status() == TicketStatus.AWAITING_TOP_UP) {
            settleCharge(ticket, actor, now);
        }
    }

    private void giveBack(Ticket ticket, Actor actor, int points, String note) {
        int charged = ticket.charge().chargedPoints();
        if (points > 0 && charged > 0) {
            int returned = ledger.giveBack(actor, ticket.customerId(), ticket.id(), Math.min(points, charged), note);
            ticket.charged(-returned);
        }
    }

    /** The calendar as it is now, with the policy: what every deadline is computed under. */
    private SupportTerms terms() {
        return new SupportTerms(calendar.current(), policy);
    }

    private TicketRead readOf(Ticket ticket) {
        List<SlaBreach> breaches = em.createQuery(
                        "select b from SlaBreach b where b.ticketId = :id order by b.dueAt", SlaBreach.class)
                .setParameter("id", ticket.id())
                .getResultList();
        List<LedgerEntry> charges = em.createQuery(
                        "select e from LedgerEntry e where e.ticketId = :id"
                                + " and e.customerId = :customer order by e.createdAt, e.id",
                        LedgerEntry.class)
                .setParameter("id", ticket.id())
                .setParameter("customer", ticket.customerId())
                .getResultList();
        return new TicketRead(ticket, List.copyOf(ticket.messages()), List.copyOf(ticket.history()), breaches, charges);
    }

    /**
     * The ticket, with its version bumped on commit: two changes made at once from the same state cannot both win,
     * whatever fields they touch.
     */
    private Ticket forUpdate(Actor actor, long id) {
        var ticket = find(actor, id);
        em.lock(ticket, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return ticket;
    }
}
