package org.proserv.projects.tasks;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.events.Outbox;
import org.proserv.platform.inbox.Inbox;
import org.proserv.platform.inbox.Recipient;
import org.proserv.projects.schedule.DeliveryTerms;
import org.proserv.projects.schedule.PartInvoice;
import org.proserv.projects.schedule.Schedule;
import org.proserv.projects.schedule.Schedules;

/**
 * The task use cases, one transaction each. Every change of a task first locks its project's schedule, so changes of
 * one project's tasks are serialized and the approval (every planned task approved) is decided on what is committed.
 */
@Stateless
public class Tasks {

    public static final String STATUS_CHANGED = "task.status-changed";
    public static final String BEHIND_SCHEDULE = "task.behind-schedule";

    @PersistenceContext(unitName = "projects")
    EntityManager em;

    @EJB
    Schedules schedules;

    @EJB
    Outbox outbox;

    @EJB
    Inbox inbox;

    @Inject
    DeliveryTerms terms;

    @Inject
    Clock clock;

    /** A director plans a task of a scheduled, not yet approved project, for one of its invoices. */
    public Task create(Actor actor, long projectId, String title, String description, long invoiceId, Plan plan) {
        var schedule = schedules.locked(actor, projectId);
        schedule.requireOpenForWork();
        PartInvoice part = schedules.partOf(projectId, invoiceId);
        requireWithinDeadline(schedule, plan);
        Instant now = clock.instant();
        var task = Task.planned(
                projectId, schedule.customerId(), title, description, part.partNo(), invoiceId, plan, actor, now);
        em.persist(task);
        em.flush();
        recordStatusChange(task, now);
        return task;
    }

    /** Moves a task along its lifecycle; the project's approval and closing follow from its planned tasks. */
    public Task move(Actor actor, long taskId, Move move) {
        var task = find(actor, taskId);
        var schedule = schedules.locked(actor, task.projectId());
        em.lock(task, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(task);
        Instant now = clock.instant();
        Optional<PartInvoice> invoice = task.invoiceId().map(id -> schedules.partOf(task.projectId(), id));
        task.move(actor, move, invoice, LocalDate.ofInstant(now, terms.zone()), now);
        em.flush();
        recordStatusChange(task, now);
        tellAbout(task, now);
        projectFollows(schedule, now);
        return task;
    }

    /** The developer reports how much of the task is done. */
    public Task reportProgress(Actor actor, long taskId, int percent, String note) {
        var task = lockedTask(actor, taskId);
        task.reportProgress(actor, percent, note, clock.instant());
        return task;
    }

    /** A director plans the task anew; planned work stays within the project's guaranteed deadline. */
    public Task replan(Actor actor, long taskId, Plan plan, String note) {
        var task = lockedTask(actor, taskId);
        if (!task.isFix()) {
            requireWithinDeadline(schedules.locked(actor, task.projectId()), plan);
        }
        task.replan(actor, plan, note, clock.instant());
        return task;
    }

    /** The task if the actor may see it: another customer's does not exist for them. */
    public Task find(Actor actor, long taskId) {
        var task = em.find(Task.class, taskId);
        if (task == null || !actor.maySee(task.customerId())) {
            throw ProservException.notFound("Task", taskId);
        }
        return task;
    }

    /** The project's tasks in the order they were created. */
    public List<Task> ofProject(Actor actor, long projectId) {
        schedules.of(actor, projectId);
        return em.createQuery("select t from Task t where t.projectId = :project order by t.id", Task.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    /** Persists the free fix of a guarantee claim in the caller's transaction. */
    public Task addFix(Task fix) {
        if (!fix.isFix()) {
            throw new IllegalArgumentException("not a guarantee fix");
        }
        em.persist(fix);
        em.flush();
        recordStatusChange(fix, fix.createdAt());
        return fix;
    }

    private Task lockedTask(Actor actor, long taskId) {
        var task = find(actor, taskId);
        em.lock(task, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(task);
        return task;
    }

    private static void requireWithinDeadline(Schedule schedule, Plan plan) {
        if (plan.end().isAfter(schedule.deadline())) {
            throw ProservException.conflict("Planned work of project " + schedule.projectId()
                            + " ends by its guaranteed deadline " + schedule.deadline()
                            + ": move the deadline first (with a reason the customer sees)")
                    .with("rule", "within-deadline")
                    .with("deadline", schedule.deadline().toString());
        }
    }

    private void projectFollows(Schedule schedule, Instant now) {
        var planned = em
                .createQuery(
                        "select t.status from Task t where t.projectId = :project and t.claimId is null",
                        TaskStatus.class)
                .setParameter("project", schedule.projectId())
                .getResultList()
                .stream()
                .map(s -> new Schedule.Progress(s.approved(), s == TaskStatus.CLOSED))
                .toList();
        boolean wasClosed = schedule.closedAt().isPresent();
        if (schedule.tasksNow(planned, now, terms)) {
            outbox.record(
                    em,
                    Schedules.APPROVED,
                    "project",
                    schedule.projectId(),
                    schedule.customerId(),
                    Schedules.payload(schedule),
                    now);
            inbox.tell(
                    Recipient.customer(schedule.customerId()),
                    "PROJECT_APPROVED",
                    "project:" + schedule.projectId(),
                    "Project " + schedule.projectId() + " is approved. Its work is guaranteed until "
                            + schedule.guaranteeEndsAt().orElseThrow() + ": claims within it are free.",
                    now);
        }
        if (!wasClosed && schedule.closedAt().isPresent()) {
            outbox.record(
                    em,
                    Schedules.CLOSED,
                    "project",
                    schedule.projectId(),
                    schedule.customerId(),
                    Schedules.payload(schedule),
                    now);
            inbox.tell(
                    Recipient.customer(schedule.customerId()),
                    "PROJECT_CLOSED",
                    "project:" + schedule.projectId(),
                    "Project " + schedule.projectId() + " is closed; tell us how it went (a rating or a complaint).",
                    now);
        }
    }

    /** Whoever must act next hears of it: the customer on Completed and Uploaded, the task's director otherwise. */
    private void tellAbout(Task task, Instant now) {
        String subject = "task:" + task.id();
        switch (task.status()) {
            case COMPLETED ->
                inbox.tell(
                        Recipient.customer(task.customerId()),
                        "TASK_COMPLETED",
                        subject,
                        "Task " + task.id() + " (" + task.title() + ") is completed: check it at "
                                + task.checkLink().orElseThrow() + " and set it Ready to Upload when you want it.",
                        now);
            case UPLOADED ->
                inbox.tell(
                        Recipient.customer(task.customerId()),
                        "TASK_UPLOADED",
                        subject,
                        "Task " + task.id() + " (" + task.title() + ") is uploaded to your store: approve it when it"
                                + " works as agreed.",
                        now);
            case READY_TO_UPLOAD, APPROVED ->
                inbox.tell(
                        Recipient.staff(task.createdBy()),
                        "TASK_" + task.status().name(),
                        subject,
                        "The customer set task " + task.id() + " (" + task.title() + ") " + task.status()
                                + task.wantedUploadDate()
                                        .filter(d -> task.status() == TaskStatus.READY_TO_UPLOAD)
                                        .map(d -> ", upload wanted on " + d)
                                        .orElse("")
                                + ".",
                        now);
            default -> {
                // the developers and QA follow the task themselves
            }
        }
    }

    private void recordStatusChange(Task task, Instant now) {
        var last = task.history().get(task.history().size() - 1);
        var json = Json.createObjectBuilder(payload(task, now)).add("changedBy", last.actor());
        if (last.from() != null) {
            json.add("from", last.from().name());
        }
        if (last.note() != null) {
            json.add("note", last.note());
        }
        outbox.record(em, STATUS_CHANGED, "task", task.id(), task.customerId(), json.build(), now);
    }

    static JsonObject payload(Task task, Instant now) {
        var json = Json.createObjectBuilder()
                .add("taskId", task.id())
                .add("projectId", task.projectId())
                .add("customerId", task.customerId())
                .add("title", task.title())
                .add("status", task.status().name())
                .add("percentDone", task.percentDone())
                .add("behindSchedule", task.behindSchedule(now))
                .add("fix", task.isFix());
        task.invoiceId().ifPresent(id -> json.add("invoiceId", id));
        task.claimId().ifPresent(id -> json.add("claimId", id));
        task.plan()
                .ifPresent(p -> json.add("plannedStart", p.start().toString())
                        .add("plannedEnd", p.end().toString()));
        task.previewLink().ifPresent(link -> json.add("previewLink", link));
        task.checkLink().ifPresent(link -> json.add("checkLink", link));
        task.wantedUploadDate().ifPresent(date -> json.add("wantedUploadDate", date.toString()));
        return json.build();
    }
}
