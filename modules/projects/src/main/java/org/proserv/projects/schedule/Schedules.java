package org.proserv.projects.schedule;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.events.Outbox;
import org.proserv.platform.inbox.Inbox;
import org.proserv.platform.inbox.Recipient;
import org.proserv.projects.billing.Billing;
import org.proserv.projects.billing.Invoice;
import org.proserv.projects.billing.InvoiceStatus;
import org.proserv.projects.project.Project;
import org.proserv.projects.project.Projects;

/** Scheduling a paid project and moving its deadline, one transaction each; the rules live in {@link Schedule}. */
@Stateless
public class Schedules {

    public static final String SCHEDULED = "project.scheduled";
    public static final String DEADLINE_MOVED = "project.deadline-moved";
    public static final String APPROVED = "project.approved";
    public static final String CLOSED = "project.closed";

    @PersistenceContext(unitName = "projects")
    EntityManager em;

    @EJB
    Projects projects;

    @EJB
    Billing billing;

    @EJB
    Outbox outbox;

    @EJB
    Inbox inbox;

    @Inject
    Clock clock;

    /** A director fixes the guaranteed deadline of a project whose first part is paid; once per project. */
    public Schedule schedule(Actor actor, long projectId, Instant deadline) {
        var project = projects.find(actor, projectId);
        // two directors at once: the project's row decides who schedules it
        em.lock(project, LockModeType.PESSIMISTIC_WRITE);
        if (find(projectId).isPresent()) {
            throw ProservException.conflict(
                            "Project " + projectId + " is scheduled already: move its deadline" + " instead")
                    .with("rule", "scheduled-once");
        }
        Instant now = clock.instant();
        var schedule = new Schedule(projectId, project.customerId(), deadline, firstPart(project), actor, now);
        em.persist(schedule);
        em.flush();
        outbox.record(em, SCHEDULED, "project", projectId, project.customerId(), payload(schedule), now);
        inbox.tell(
                Recipient.customer(project.customerId()),
                "PROJECT_SCHEDULED",
                "project:" + projectId,
                "Project " + projectId + " is scheduled: development, internal testing and the upload to the"
                        + " preview server are guaranteed by " + schedule.deadline() + ".",
                now);
        return schedule;
    }

    /** A director moves the deadline later, with a reason the customer sees; never earlier. */
    public Schedule moveDeadline(Actor actor, long projectId, Instant to, String reason) {
        var schedule = locked(actor, projectId);
        Instant now = clock.instant();
        var move = schedule.moveDeadline(to, reason, actor, now);
        em.flush();
        var event = Json.createObjectBuilder(payload(schedule))
                .add("from", move.from().toString())
                .add("to", move.to().toString())
                .add("reason", move.reason())
                .build();
        outbox.record(em, DEADLINE_MOVED, "project", projectId, schedule.customerId(), event, now);
        inbox.tell(
                Recipient.customer(schedule.customerId()),
                "PROJECT_DEADLINE_MOVED",
                "project:" + projectId,
                "The deadline of project " + projectId + " moves from " + move.from() + " to " + move.to() + ": "
                        + move.reason(),
                now);
        return schedule;
    }

    /** The project's schedule, if it has one and the actor may see the project. */
    public Optional<Schedule> of(Actor actor, long projectId) {
        projects.find(actor, projectId);
        return find(projectId);
    }

    /** The schedule of a project the actor may see, locked for a change; 409 while the project is not scheduled. */
    public Schedule locked(Actor actor, long projectId) {
        projects.find(actor, projectId);
        var schedule = find(projectId)
                .orElseThrow(() -> ProservException.conflict("Project " + projectId + " is not scheduled yet")
                        .with("rule", "scheduled-first"));
        em.lock(schedule, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(schedule);
        return schedule;
    }

    /** The invoice of the first part of the project's own quote (additional quotes pay for their own tasks). */
    public PartInvoice firstPart(Project project) {
        return billing.ofQuote(project.quoteId()).stream()
                .filter(i -> i.status() != InvoiceStatus.VOID)
                .min(Comparator.comparingInt(Invoice::partNumber))
                .map(Schedules::part)
                .orElseThrow(() -> ProservException.conflict("Project " + project.id() + " has no invoice to pay")
                        .with("rule", "no-work-before-payment"));
    }

    /** One of the project's invoices, as a part a task is for; anything else is refused naming the field. */
    public PartInvoice partOf(long projectId, long invoiceId) {
        return billing.ofProject(projectId).stream()
                .filter(i -> i.id() == invoiceId && i.status() != InvoiceStatus.VOID)
                .findFirst()
                .map(Schedules::part)
                .orElseThrow(() -> ProservException.invalid(
                        "invoiceId", "is not an invoice of project " + projectId + " (see the project's parts)"));
    }

    static PartInvoice part(Invoice invoice) {
        return new PartInvoice(invoice.partNumber(), invoice.id(), invoice.status() == InvoiceStatus.PAID);
    }

    private Optional<Schedule> find(long projectId) {
        return em.createQuery("select s from Schedule s where s.projectId = :project", Schedule.class)
                .setParameter("project", projectId)
                .getResultStream()
                .findFirst();
    }

    public static JsonObject payload(Schedule schedule) {
        var json = Json.createObjectBuilder()
                .add("projectId", schedule.projectId())
                .add("customerId", schedule.customerId())
                .add("deadline", schedule.deadline().toString())
                .add("scheduledBy", schedule.scheduledBy())
                .add("scheduledAt", schedule.scheduledAt().toString());
        schedule.approvedAt().ifPresent(at -> json.add("approvedAt", at.toString()));
        schedule.guaranteeEndsAt().ifPresent(at -> json.add("guaranteeEndsAt", at.toString()));
        schedule.closedAt().ifPresent(at -> json.add("closedAt", at.toString()));
        return json.build();
    }
}
