package org.proserv.projects.schedule;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.projects.schema.ProjectsEntity;

/**
 * A project's delivery: the guaranteed deadline a director fixes once the first part is paid (covering development,
 * internal testing and the upload to the preview server), its moves (later only, each with a reason the customer sees),
 * and the project's approval and closing as its tasks reach them, from which the guarantee runs.
 *
 * <p>The project is approved when it has planned tasks and every one of them is Approved or Closed; it is closed when
 * every one is Closed. Guarantee fixes are not counted: they come after the approval and never move it.
 */
@Entity
@Table(name = "projects_schedule")
public class Schedule extends ProjectsEntity {

    @Version
    private long version;

    @Column(name = "project_id", nullable = false, unique = true)
    private long projectId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false)
    private Instant deadline;

    /** The deadline as first fixed, before any move. */
    @Column(name = "first_deadline", nullable = false)
    private Instant firstDeadline;

    @Column(name = "scheduled_by", nullable = false, length = 64)
    private String scheduledBy;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    /** Fixed at the approval: claims never move it, nor does a later change of the configured period. */
    @Column(name = "guarantee_ends_at")
    private Instant guaranteeEndsAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "schedule", cascade = CascadeType.PERSIST)
    @OrderBy("seqNo")
    private List<DeadlineMove> moves = new ArrayList<>();

    protected Schedule() {}

    /**
     * A director schedules a project whose first part is paid, with a deadline after now.
     *
     * @param firstPart the invoice of the payment plan's first part
     */
    public Schedule(
            long projectId, long customerId, Instant deadline, PartInvoice firstPart, Actor director, Instant now) {
        if (director.role() != Role.director) {
            throw ProservException.forbidden("Only a director schedules projects");
        }
        if (!firstPart.paid()) {
            throw ProservException.conflict("Project " + projectId + " cannot be scheduled before its first part is"
                            + " paid: invoice " + firstPart.invoiceId() + " is not paid")
                    .with("rule", "no-work-before-payment")
                    .with("invoiceId", firstPart.invoiceId());
        }
        Instant due = requireDeadline(deadline);
        if (!due.isAfter(now)) {
            throw ProservException.invalid("deadline", "must lie after now (" + now + ")");
        }
        this.projectId = projectId;
        this.customerId = customerId;
        this.deadline = due;
        this.firstDeadline = due;
        this.scheduledBy = director.username();
        this.scheduledAt = now;
    }

    /**
     * Moves the guaranteed deadline later, with a reason the customer is shown. Never earlier, nor to the same instant:
     * a promised date is only ever given more time.
     */
    public DeadlineMove moveDeadline(Instant to, String reason, Actor director, Instant now) {
        if (director.role() != Role.director) {
            throw ProservException.forbidden("Only a director moves a project's deadline");
        }
        Instant later = requireDeadline(to);
        if (reason == null || reason.isBlank()) {
            throw ProservException.invalid("reason", "is required: the customer is shown why the deadline moves");
        }
        if (reason.length() > DeadlineMove.MAX_REASON) {
            throw ProservException.invalid("reason", "must be at most " + DeadlineMove.MAX_REASON + " characters");
        }
        if (!later.isAfter(deadline)) {
            throw ProservException.conflict("The guaranteed deadline of project " + projectId + " is " + deadline
                            + ": it can only move later, never earlier")
                    .with("rule", "deadline-never-earlier")
                    .with("deadline", deadline.toString());
        }
        var move = new DeadlineMove(this, moves.size() + 1, deadline, later, reason.strip(), director.username(), now);
        moves.add(move);
        deadline = later;
        return move;
    }

    /** The project takes new planned work only until it is approved. */
    public void requireOpenForWork() {
        if (approvedAt != null) {
            throw ProservException.conflict("Project " + projectId + " was approved at " + approvedAt
                            + ": new work is a new quote, a defect a guarantee claim")
                    .with("rule", "approved");
        }
    }

    /**
     * Records the approval and the closing when the planned tasks' statuses reach them; both happen once and stay.
     *
     * @return true when this call approved the project
     */
    public boolean tasksNow(Collection<Progress> plannedTasks, Instant now, DeliveryTerms terms) {
        if (plannedTasks.isEmpty()) {
            return false;
        }
        boolean approvedNow = false;
        if (approvedAt == null && plannedTasks.stream().allMatch(Progress::approved)) {
            approvedAt = now;
            guaranteeEndsAt = terms.guaranteeEndsAt(now);
            approvedNow = true;
        }
        if (approvedAt != null && closedAt == null && plannedTasks.stream().allMatch(Progress::closed)) {
            closedAt = now;
        }
        return approvedNow;
    }

    /** Where one planned task stands, as the approval counts it. */
    public record Progress(boolean approved, boolean closed) {}

    /** Within the guarantee: approved, and its end not passed (the end instant itself is still within). */
    public boolean inGuarantee(Instant now) {
        return guaranteeEndsAt != null && !now.isAfter(guaranteeEndsAt);
    }

    private static Instant requireDeadline(Instant deadline) {
        if (deadline == null) {
            throw ProservException.invalid("deadline", "is required");
        }
        return deadline.truncatedTo(ChronoUnit.MICROS);
    }

    public long projectId() {
        return projectId;
    }

    public long customerId() {
        return customerId;
    }

    public Instant deadline() {
        return deadline;
    }

    public Instant firstDeadline() {
        return firstDeadline;
    }

    public String scheduledBy() {
        return scheduledBy;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt);
    }

    public Optional<Instant> guaranteeEndsAt() {
        return Optional.ofNullable(guaranteeEndsAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public List<DeadlineMove> moves() {
        return Collections.unmodifiableList(moves);
    }
}
