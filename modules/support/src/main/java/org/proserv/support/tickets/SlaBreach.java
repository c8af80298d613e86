package org.proserv.support.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.proserv.support.schema.SupportEntity;

/**
 * A staff answer that was not given by its due time: recorded once per deadline, by the sweep that found it overdue or
 * by the late answer itself, and completed with when the answer came.
 */
@Entity
@Table(name = "support_sla_breach")
public class SlaBreach extends SupportEntity {

    /** Boxed only so that a ticket not saved yet (in unit tests) can be breached. */
    @Column(name = "ticket_id", nullable = false)
    private Long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResponseKind kind;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    /** When the awaited answer finally came; null while it has not (or the ticket ended without it). */
    @Column(name = "answered_at")
    private Instant answeredAt;

    /** Business time from the deadline to the answer, fixed when it came (the calendar may change later). */
    @Column(name = "late_business_seconds")
    private Long lateBusinessSeconds;

    protected SlaBreach() {}

    SlaBreach(Long ticketId, ResponseKind kind, Instant dueAt, Instant detectedAt) {
        this.ticketId = ticketId;
        this.kind = kind;
        this.dueAt = dueAt;
        this.detectedAt = detectedAt;
    }

    /** The awaited answer came, late by {@code businessLate} of open hours. Recorded once. */
    public void answered(Instant at, Duration businessLate) {
        if (answeredAt == null) {
            answeredAt = at;
            lateBusinessSeconds = businessLate.toSeconds();
        }
    }

    public Deadline deadline() {
        return new Deadline(kind, dueAt);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    /** How late the answer came, in wall-clock time. */
    public Optional<Duration> lateBy() {
        return answeredAt().map(at -> Duration.between(dueAt, at));
    }

    /** How late the answer came, counted in the desk's open hours. */
    public Optional<Duration> lateByBusinessTime() {
        return Optional.ofNullable(lateBusinessSeconds).map(Duration::ofSeconds);
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
