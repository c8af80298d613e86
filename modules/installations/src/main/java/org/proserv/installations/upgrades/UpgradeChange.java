package org.proserv.installations.upgrades;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.installations.schema.InstallationsEntity;

/**
 * One step of an upgrade order's history: what was done, by whom and when, from which status to which. Never changed.
 */
@Entity
@Table(name = "installations_upgrade_change")
public class UpgradeChange extends InstallationsEntity {

    /** A gate's outcome. */
    public enum Outcome {
        PASSED,
        REJECTED
    }

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private UpgradeOrder order;

    @Column(name = "seq_no", nullable = false)
    private int seqNo;

    @Column(nullable = false, length = 40)
    private String step;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 40)
    private UpgradeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 40)
    private UpgradeStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(length = 4000)
    private String notes;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected UpgradeChange() {}

    UpgradeChange(
            UpgradeOrder order,
            int seqNo,
            String step,
            UpgradeStatus fromStatus,
            UpgradeStatus toStatus,
            Outcome outcome,
            String changedBy,
            String notes,
            Instant changedAt) {
        this.order = order;
        this.seqNo = seqNo;
        this.step = step;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.outcome = outcome;
        this.changedBy = changedBy;
        this.notes = notes;
        this.changedAt = changedAt;
    }

    public int seqNo() {
        return seqNo;
    }

    public String step() {
        return step;
    }

    public UpgradeStatus fromStatus() {
        return fromStatus;
    }

    public UpgradeStatus toStatus() {
        return toStatus;
    }

    /** PASSED or REJECTED for a gate's decision, null for other steps. */
    public Outcome outcome() {
        return outcome;
    }

    public String changedBy() {
        return changedBy;
    }

    public String notes() {
        return notes;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
