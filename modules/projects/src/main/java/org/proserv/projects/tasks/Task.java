package org.proserv.projects.tasks;

import static org.proserv.projects.tasks.TaskStatus.CLOSED;
import static org.proserv.projects.tasks.TaskStatus.COMPLETED;
import static org.proserv.projects.tasks.TaskStatus.READY_TO_UPLOAD;
import static org.proserv.projects.tasks.TaskStatus.REVIEWING;
import static org.proserv.projects.tasks.TaskStatus.SCHEDULED;
import static org.proserv.projects.tasks.TaskStatus.WORKING;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.projects.schedule.PartInvoice;
import org.proserv.projects.schema.ProjectsEntity;

/**
 * A piece of a project's work, for one part of its payment plan, or a free fix for a guarantee claim. It owns its
 * lifecycle ({@link Step}: who may set which status after which), its progress against its {@link Plan} and its
 * history.
 */
@Entity
@Table(name = "projects_task")
public class Task extends ProjectsEntity {

    static final int MAX_LINK = 500;
    static final int MAX_REPORT = 300;
    static final int MAX_REPORTS = 20;

    @Version
    private long version;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    /** The payment plan's part this task is for (1, 2...); null for a guarantee fix. */
    @Column(name = "part_no")
    private Integer partNo;

    /** The invoice of that part, which must be paid before work starts; null for a guarantee fix. */
    @Column(name = "invoice_id")
    private Long invoiceId;

    /** The guarantee claim this task fixes, free of charge; null for planned work. */
    @Column(name = "claim_id")
    private Long claimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TaskStatus status;

    /** Null for a guarantee fix until a director plans it. */
    @Embedded
    private Plan plan;

    @Column(name = "percent_done", nullable = false)
    private int percentDone;

    /** See {@link Plan#behindAfter}: the sweep's threshold, null when the task cannot be behind. */
    @Column(name = "behind_after")
    private Instant behindAfter;

    /** When the customer and the director were told the task fell behind; cleared when it catches up. */
    @Column(name = "behind_notified_at")
    private Instant behindNotifiedAt;

    @Column(name = "sweep_claim", length = 36)
    private String sweepClaim;

    @Column(name = "preview_link", length = MAX_LINK)
    private String previewLink;

    @Column(name = "check_link", length = MAX_LINK)
    private String checkLink;

    @Column(name = "wanted_upload_date")
    private LocalDate wantedUploadDate;

    /** The reports' places in the project's file area, one per line. */
    @Column(length = 6500)
    private String reports;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @OneToMany(mappedBy = "task", cascade = CascadeType.PERSIST)
    @OrderBy("seqNo")
    private List<TaskChange> history = new ArrayList<>();

    protected Task() {}

    private Task(long projectId, long customerId, String title, String description, Actor creator, Instant now) {
        this.projectId = projectId;
        this.customerId = customerId;
        this.title = title;
        this.description = description;
        this.status = SCHEDULED;
        this.createdBy = creator.username();
        this.createdAt = now;
        this.statusChangedAt = now;
    }

    /** A director's task for one part of the payment plan, Scheduled with its plan. */
    public static Task planned(
            long projectId,
            long customerId,
            String title,
            String description,
            int partNo,
            long invoiceId,
            Plan plan,
            Actor director,
            Instant now) {
        if (director.role() != Role.director) {
            throw ProservException.forbidden("Only a director creates tasks");
        }
        var task = new Task(projectId, customerId, title, description, director, now);
        task.partNo = partNo;
        task.invoiceId = invoiceId;
        task.plan = plan;
        task.record(TaskChange.Kind.STATUS, null, director, "scheduled", now);
        return task;
    }

    /** The free fix a guarantee claim becomes: Scheduled, unplanned until a director plans it, never invoiced. */
    public static Task fix(long projectId, long customerId, long claimId, String title, Actor claimant, Instant now) {
        var task = new Task(projectId, customerId, title, null, claimant, now);
        task.claimId = claimId;
        task.record(TaskChange.Kind.STATUS, null, claimant, "guarantee claim " + claimId + ", free of charge", now);
        return task;
    }

    /**
     * Moves the task to another status, if the lifecycle allows it from here and the actor may take that step.
     *
     * @param invoice the state of the task's part's invoice (ignored for a free fix)
     * @param today the current date, which a wanted upload date may not lie before
     */
    public Step move(Actor actor, Move move, Optional<PartInvoice> invoice, LocalDate today, Instant now) {
        TaskStatus to = move.to();
        if (to == null) {
            throw ProservException.invalid("status", "is required");
        }
        var setters = Step.settersOf(to);
        if (!setters.isEmpty() && setters.stream().noneMatch(s -> s.permits(actor))) {
            throw ProservException.forbidden(to + " is set by "
                            + setters.stream().map(Setter::label).sorted().collect(Collectors.joining(" or "))
                            + " only")
                    .with("requestedStatus", to.name());
        }
        Step step = Step.between(status, to).orElseThrow(() -> illegal(to));
        if (!step.setter().permits(actor)) {
            throw ProservException.forbidden("From " + status + ", " + to + " is set by "
                            + step.setter().label() + " only")
                    .with("requestedStatus", to.name());
        }
        if (actor.isCustomer() && !actor.actsFor(customerId)) {
            throw ProservException.notFound("Task", id());
        }
        requireWhatTheStatusTakes(move, today);
        if (to == WORKING && claimId == null) {
            PartInvoice due = invoice.orElseThrow(() -> new IllegalStateException("the invoice of task " + id()));
            if (!due.paid()) {
                throw ProservException.conflict("Task " + id() + " cannot start: invoice " + due.invoiceId()
                                + " of part " + partNo + " is not paid (no work before payment)")
                        .with("rule", "no-work-before-payment")
                        .with("invoiceId", due.invoiceId());
            }
        }
        TaskStatus from = status;
        status = to;
        statusChangedAt = now;
        switch (to) {
            case REVIEWING -> previewLink = move.link();
            case COMPLETED -> {
                checkLink = move.link();
                percentDone = Plan.FULL;
            }
            case READY_TO_UPLOAD -> wantedUploadDate = move.wantedUploadDate();
            case CLOSED -> reports = String.join("\n", move.reports());
            default -> {
                // the other statuses take nothing but the note
            }
        }
        record(TaskChange.Kind.STATUS, from, actor, move.note(), now);
        return step;
    }

    /** The developer says how much is done, 0 to 100 percent, while the task is in development. */
    public void reportProgress(Actor actor, int percent, String note, Instant now) {
        if (actor.role() != Role.developer) {
            throw ProservException.forbidden("Only a developer reports a task's progress");
        }
        if (percent < 0 || percent > Plan.FULL) {
            throw ProservException.invalid("percentDone", "must be between 0 and 100");
        }
        if (!status.inDevelopment()) {
            throw ProservException.conflict("Task " + id() + " is " + status
                            + ": progress is reported while it is WORKING, QUALITY_ASSURANCE or REVIEWING")
                    .with("taskStatus", status.name());
        }
        percentDone = percent;
        record(TaskChange.Kind.PROGRESS, status, actor, note, now);
    }

    /** A director plans the task anew (or, for a guarantee fix, for the first time) before it is completed. */
    public void replan(Actor actor, Plan newPlan, String note, Instant now) {
        if (actor.role() != Role.director) {
            throw ProservException.forbidden("Only a director plans tasks");
        }
        if (status != SCHEDULED && !status.inDevelopment()) {
            throw ProservException.conflict(
                            "Task " + id() + " is " + status + ": only work not yet completed is" + " planned")
                    .with("taskStatus", status.name());
        }
        plan = newPlan;
        record(
                TaskChange.Kind.PLAN,
                status,
                actor,
                note == null ? "planned " + newPlan.start() + " to " + newPlan.end() : note,
                now);
    }

    /** Computed from the clock on every read: never a stored flag that could be stale. */
    public boolean behindSchedule(Instant now) {
        return plan != null && status.inDevelopment() && plan.behind(percentDone, now);
    }

    /** Behind schedule and nobody told yet: the customer and the director are told once each time it falls behind. */
    public boolean behindNoticeDue(Instant now) {
        return behindNotifiedAt == null && behindSchedule(now);
    }

    /** The sweep told the customer and the director; nobody is told again until the task has caught up. */
    public void behindNoticeSent(Instant now) {
        if (!behindNoticeDue(now)) {
            throw new IllegalStateException("task " + id() + " has no behind-schedule notice due");
        }
        behindNotifiedAt = now;
    }

    /** The statuses this task may go to next, whoever may set them. */
    public List<TaskStatus> allowedNext() {
        return Step.nextFrom(status);
    }

    private ProservException illegal(TaskStatus to) {
        List<TaskStatus> allowed = allowedNext();
        return new ProservException(
                        ProblemCategory.CONFLICT,
                        "Task " + id() + " is " + status + ": it cannot go to " + to
                                + (allowed.isEmpty() ? "; it is closed" : "; it may go to " + allowed))
                .with("taskStatus", status.name())
                .with("allowedNext", allowed.stream().map(Enum::name).toList());
    }

    private void requireWhatTheStatusTakes(Move move, LocalDate today) {
        TaskStatus to = move.to();
        boolean takesLink = to == REVIEWING || to == COMPLETED;
        if (takesLink) {
            String what = to == REVIEWING ? "the preview link" : "the link to check the result";
            requireLink(move.link(), what);
        } else if (move.link() != null) {
            throw ProservException.invalid("link", "is taken only by REVIEWING and COMPLETED");
        }
        if (move.wantedUploadDate() != null) {
            if (to != READY_TO_UPLOAD) {
                throw ProservException.invalid("wantedUploadDate", "is taken only by READY_TO_UPLOAD");
            }
            if (move.wantedUploadDate().isBefore(today)) {
                throw ProservException.invalid("wantedUploadDate", "must not lie before today (" + today + ")");
            }
            if (move.wantedUploadDate().isAfter(today.plusYears(1))) {
                throw ProservException.invalid("wantedUploadDate", "must lie within a year from today");
            }
        }
        if (to == CLOSED) {
            requireReports(move.reports());
        } else if (!move.reports().isEmpty()) {
            throw ProservException.invalid("reports", "are taken only by CLOSED");
        }
        if (move.note() != null && move.note().length() > TaskChange.MAX_NOTE) {
            throw ProservException.invalid("note", "must be at most " + TaskChange.MAX_NOTE + " characters");
        }
    }

    private static void requireLink(String link, String what) {
        if (link == null || link.isBlank()) {
            throw ProservException.invalid("link", "is required: " + what);
        }
        if (link.length() > MAX_LINK) {
            throw ProservException.invalid("link", "must be at most " + MAX_LINK + " characters");
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme();
            if (scheme == null
                    || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    || uri.getHost() == null) {
                throw ProservException.invalid("link", "must be an http or https URL with a host");
            }
        } catch (URISyntaxException e) {
            throw ProservException.invalid("link", "must be an http or https URL with a host");
        }
    }

    private static void requireReports(List<String> files) {
        if (files.isEmpty()) {
            throw ProservException.invalid("reports", "name at least one report in the project's file area");
        }
        if (files.size() > MAX_REPORTS) {
            throw ProservException.invalid("reports", "at most " + MAX_REPORTS + " reports");
        }
        for (String file : files) {
            if (file == null || file.isBlank() || file.length() > MAX_REPORT || file.contains("\n")) {
                throw ProservException.invalid(
                        "reports", "each report is a path in the file area of 1 to " + MAX_REPORT + " characters");
            }
        }
    }

    private void record(TaskChange.Kind kind, TaskStatus from, Actor actor, String note, Instant now) {
        behindAfter = plan != null && status.inDevelopment() ? plan.behindAfter(percentDone) : null;
        if (behindNotifiedAt != null && !behindSchedule(now)) {
            // caught up (or left development): falling behind again is news again
            behindNotifiedAt = null;
        }
        history.add(new TaskChange(this, history.size() + 1, kind, from, actor.username(), actor.role(), note, now));
    }

    public long projectId() {
        return projectId;
    }

    public long customerId() {
        return customerId;
    }

    public String title() {
        return title;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public Optional<Integer> partNo() {
        return Optional.ofNullable(partNo);
    }

    public Optional<Long> invoiceId() {
        return Optional.ofNullable(invoiceId);
    }

    public Optional<Long> claimId() {
        return Optional.ofNullable(claimId);
    }

    /** A guarantee fix: free, outside the payment plan, not counted in the project's approval. */
    public boolean isFix() {
        return claimId != null;
    }

    public TaskStatus status() {
        return status;
    }

    public Optional<Plan> plan() {
        return Optional.ofNullable(plan);
    }

    public int percentDone() {
        return percentDone;
    }

    public Optional<Instant> behindNotifiedAt() {
        return Optional.ofNullable(behindNotifiedAt);
    }

    public Optional<String> previewLink() {
        return Optional.ofNullable(previewLink);
    }

    public Optional<String> checkLink() {
        return Optional.ofNullable(checkLink);
    }

    public Optional<LocalDate> wantedUploadDate() {
        return Optional.ofNullable(wantedUploadDate);
    }

    public List<String> reports() {
        return reports == null || reports.isEmpty() ? List.of() : List.of(reports.split("\n"));
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public List<TaskChange> history() {
        return Collections.unmodifiableList(history);
    }
}
