package org.proserv.projects.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.projects.schema.ProjectsEntity;

/** A guaranteed deadline moved later, with the reason the customer is shown. Never changed once written. */
@Entity
@Table(name = "projects_deadline_move")
public class DeadlineMove extends ProjectsEntity {

    static final int MAX_REASON = 1000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "schedule_id")
    private Schedule schedule;

    @Column(name = "seq_no", nullable = false)
    private int seqNo;

    @Column(name = "from_deadline", nullable = false)
    private Instant from;

    @Column(name = "to_deadline", nullable = false)
    private Instant to;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "moved_by", nullable = false, length = 64)
    private String movedBy;

    @Column(name = "moved_at", nullable = false)
    private Instant movedAt;

    protected DeadlineMove() {}

    DeadlineMove(Schedule schedule, int seqNo, Instant from, Instant to, String reason, String by, Instant at) {
        this.schedule = schedule;
        this.seqNo = seqNo;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.movedBy = by;
        this.movedAt = at;
    }

    public int seqNo() {
        return seqNo;
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    public String reason() {
        return reason;
    }

    public String movedBy() {
        return movedBy;
    }

    public Instant movedAt() {
        return movedAt;
    }
}
