package org.proserv.projects.guarantee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.projects.schedule.Schedule;
import org.proserv.projects.schema.ProjectsEntity;

/**
 * A customer's claim under the guarantee of an approved project: within the guarantee it is free and becomes a fix
 * task; the guarantee's end never moves because of it. After the end it is refused, with the end and an offer to quote.
 */
@Entity
@Table(name = "projects_claim")
public class GuaranteeClaim extends ProjectsEntity {

    static final int MAX_DESCRIPTION = 4000;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "claimed_by", nullable = false, length = 64)
    private String claimedBy;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;

    /** The guarantee's end when the claim was made, as the customer was told. */
    @Column(name = "guarantee_ends_at", nullable = false)
    private Instant guaranteeEndsAt;

    @Column(name = "fix_task_id")
    private Long fixTaskId;

    protected GuaranteeClaim() {}

    private GuaranteeClaim(Schedule schedule, String description, Actor customer, Instant now) {
        this.projectId = schedule.projectId();
        this.customerId = schedule.customerId();
        this.description = description;
        this.claimedBy = customer.username();
        this.claimedAt = now;
        this.guaranteeEndsAt = schedule.guaranteeEndsAt().orElseThrow();
    }

    /** The project's customer claims a defect of the delivered work; refused before the approval and after the end. */
    public static GuaranteeClaim file(Schedule schedule, String description, Actor customer, Instant now) {
        customer.requireCustomer("make a guarantee claim");
        if (!customer.actsFor(schedule.customerId())) {
            throw ProservException.notFound("Project", schedule.projectId());
        }
        if (description == null || description.isBlank()) {
            throw ProservException.invalid("description", "is required: what does not work as delivered");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw ProservException.invalid("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        var ends = schedule.guaranteeEndsAt();
        if (ends.isEmpty()) {
            throw ProservException.conflict("Project " + schedule.projectId()
                            + " is not approved yet: its guarantee starts with the approval")
                    .with("rule", "guarantee-after-approval");
        }
        if (!schedule.inGuarantee(now)) {
            throw ProservException.conflict("The guarantee of project " + schedule.projectId() + " ended at "
                            + ends.get() + ": ask for a quote for this work instead")
                    .with("rule", "guarantee-ended")
                    .with("guaranteeEndedAt", ends.get().toString())
                    .with("offer", "request a quote: POST /api/project-requests");
        }
        return new GuaranteeClaim(schedule, description.strip(), customer, now);
    }

    /** The free task that fixes the claim. */
    public void fixedBy(long taskId) {
        if (fixTaskId != null) {
            throw new IllegalStateException("claim " + id() + " already has fix task " + fixTaskId);
        }
        fixTaskId = taskId;
    }

    public long projectId() {
        return projectId;
    }

    public long customerId() {
        return customerId;
    }

    public String description() {
        return description;
    }

    public String claimedBy() {
        return claimedBy;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public Instant guaranteeEndsAt() {
        return guaranteeEndsAt;
    }

    public Long fixTaskId() {
        return fixTaskId;
    }
}
