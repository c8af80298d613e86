package org.proserv.support.tickets;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.paging.Page;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.platform.accounts.Accounts;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.support.calendar.SupportCalendar;
import org.proserv.support.customers.Customers;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The ticket use cases, one transaction each. Rules live in {@link Ticket}; this service finds the
 * ticket the actor may see, hands it what it needs (now, the calendar, the policy) and saves it.
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

    @Inject
    SupportPolicy policy;

    @Inject
    Clock clock;

    public Ticket open(Actor actor, long licenceId, String productVersion, String subject, String message) {
        actor.requireCustomer("open a ticket");
        var licence = customers.licenceOf(actor, licenceId);
        var now = clock.instant();
        customers.requireEntitlement(licence, now);
        var ticket = new Ticket(licence.customerId(), licence.id(), licence.product(),
                productVersion == null ? licence.version() : productVersion,
                subject, message, actor, now, calendar.current(), policy);
        em.persist(ticket);
        return ticket;
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
     * A customer's own tickets, newest first; for staff, the queue: open tickets ordered by the due
     * time of the answer they await (tickets awaiting none last).
     */
    public Page<Ticket> list(Actor actor, Optional<TicketStatus> status, PageRequest request) {
        String where = actor.isCustomer() ? "t.customerId = :customer" : "1 = 1";
        where += status.map(s -> " and t.status = :status").orElse(actor.isStaff() ? " and t.status <> :closed" : "");
        String order = actor.isCustomer() ? "t.submittedAt desc, t.id desc"
                : "t.responseDueAt asc nulls last, t.submittedAt asc, t.id asc";
        TypedQuery<Ticket> query = em.createQuery("select t from Ticket t where " + where + " order by " + order, Ticket.class);
        TypedQuery<Long> count = em.createQuery("select count(t) from Ticket t where " + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            if (actor.isCustomer()) {
                q.setParameter("customer", actor.customerId());
            }
            status.ifPresentOrElse(s -> q.setParameter("status", s), () -> {
                if (actor.isStaff()) {
                    q.setParameter("closed", TicketStatus.CLOSED);
                }
            });
        }
        var items = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return Page.of(items, request, count.getSingleResult());
    }

    public Ticket assign(Actor actor, long id, String engineer) {
        actor.requireStaff("assign tickets");
        accounts.requireStaff(engineer, Role.engineer, "engineer");
        var ticket = forUpdate(actor, id);
        ticket.assign(engineer, actor, clock.instant());
        return ticket;
    }

    public Ticket postMessage(Actor actor, long id, String body) {
        var ticket = forUpdate(actor, id);
        if (actor.isStaff()) {
            ticket.answerAsStaff(actor, body, clock.instant(), calendar.current());
        } else {
            ticket.answerAsCustomer(actor, body, clock.instant());
        }
        return ticket;
    }

    public Ticket confirmSolution(Actor actor, long id) {
        actor.requireCustomer("confirm the solution");
        var ticket = forUpdate(actor, id);
        ticket.confirmSolution(actor, clock.instant());
        return ticket;
    }

    public Ticket close(Actor actor, long id) {
        var ticket = forUpdate(actor, id);
        ticket.close(actor, clock.instant());
        return ticket;
    }

    public Ticket reopen(Actor actor, long id, Optional<String> message) {
        actor.requireCustomer("reopen a ticket");
        var ticket = forUpdate(actor, id);
        var now = clock.instant();
        ticket.reopen(actor, now, calendar.current(), policy);
        message.ifPresent(body -> ticket.answerAsCustomer(actor, body, now));
        return ticket;
    }

    public List<SlaBreach> breaches(Actor actor, long id) {
        find(actor, id);
        return em.createQuery("select b from SlaBreach b where b.ticketId = :id order by b.dueAt", SlaBreach.class)
                .setParameter("id", id).getResultList();
    }

    /**
     * The ticket, with its version bumped on commit: two changes made at once from the same state
     * cannot both win, whatever fields they touch.
     */
    private Ticket forUpdate(Actor actor, long id) {
        var ticket = find(actor, id);
        em.lock(ticket, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return ticket;
    }
}
