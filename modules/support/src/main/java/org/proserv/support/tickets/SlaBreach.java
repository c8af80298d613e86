package org.proserv.support.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.proserv.support.schema.SupportEntity;

import java.time.Duration;
import java.time.Instant;

/** A staff answer that was not given by its due time, recorded once when the sweep found it. */
@Entity
@Table(name = "support_sla_breach")
public class SlaBreach extends SupportEntity {

    @Column(name = "ticket_id", nullable = false)
    private long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResponseKind kind;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    protected SlaBreach() {
    }

    public SlaBreach(long ticketId, ResponseKind kind, Instant dueAt, Instant detectedAt) {
        this.ticketId = ticketId;
        this.kind = kind;
        this.dueAt = dueAt;
        this.detectedAt = detectedAt;
    }

    public long ticketId() {
        return ticketId;
    }

    public ResponseKind kind() {
        return kind;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant detectedAt() {
        return detectedAt;
    }

    /** How late the awaited answer already was when the breach was detected. */
    public Duration overdueAtDetection() {
        return Duration.between(dueAt, detectedAt);
    }
}
