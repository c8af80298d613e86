package org.proserv.support.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A ticket's promises of a staff answer: the first answer's deadline and when it came, and the deadline of the answer
 * the ticket waits for now (first, follow-up after a reopening, or the next HotRush report). The breach sweep reads and
 * claims these columns with set-based SQL.
 */
@Embeddable
public class Deadlines {

    @Column(name = "first_response_due_at", nullable = false)
    private Instant firstResponseDueAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    /** Business time the first answer took, fixed when it was given (the calendar may change later). */
    @Column(name = "first_response_seconds")
    private Long firstResponseSeconds;

    /** When the staff answer this ticket waits for is due; null while it waits for none. */
    @Column(name = "response_due_at")
    private Instant responseDueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "response_due_kind", length = 20)
    private ResponseKind responseDueKind;

    /** Set by the breach sweep that claimed the current deadline; cleared with the deadline. */
    @Column(name = "breach_flag", length = 36)
    private String breachFlag;

    /** A breach of the first answer was recorded: it stands whatever the deadline becomes later. */
    @Column(name = "first_response_breached", nullable = false)
    private boolean firstResponseBreached;

    protected Deadlines() {}

    /** A new ticket's: the first answer is due at {@code due}, and awaited. */
    static Deadlines firstResponseDue(Instant due) {
        var deadlines = new Deadlines();
        deadlines.firstResponseDueAt = due;
        deadlines.await(ResponseKind.FIRST_RESPONSE, due);
        return deadlines;
    }

    void await(ResponseKind kind, Instant due) {
        responseDueKind = kind;
        responseDueAt = due;
        breachFlag = null;
    }

    void awaitFirstResponse() {
        await(ResponseKind.FIRST_RESPONSE, firstResponseDueAt);
    }

    void stopAwaiting() {
        responseDueKind = null;
        responseDueAt = null;
        breachFlag = null;
    }

    void stopAwaitingNextReport() {
        if (responseDueKind == ResponseKind.NEXT_UPDATE) {
            stopAwaiting();
        }
    }

    /** The first answer's deadline moves (HotRush dropped, a top-up resumed the clock); still awaited if it was. */
    void moveFirstResponse(Instant due) {
        firstResponseDueAt = due;
        if (responseDueKind == ResponseKind.FIRST_RESPONSE) {
            awaitFirstResponse();
        }
    }

    void moveFollowUp(Instant due) {
        if (responseDueKind == ResponseKind.FOLLOW_UP) {
            await(ResponseKind.FOLLOW_UP, due);
        }
    }

    /** A staff answer: the first one is recorded with the business time it took. Returns what it answered. */
    Optional<Deadline> answered(Instant now, Supplier<Duration> businessTimeSinceSubmission) {
        if (firstResponseAt == null) {
            firstResponseAt = now;
            firstResponseSeconds = businessTimeSinceSubmission.get().toSeconds();
        }
        Optional<Deadline> answered = awaited();
        stopAwaiting();
        return answered;
    }

    void breached(Deadline missed) {
        if (missed.kind() == ResponseKind.FIRST_RESPONSE) {
            firstResponseBreached = true;
        }
    }

    /**
     * How the first-answer promise stands: a recorded breach stands; paused while staff may not work; otherwise kept,
     * running or broken by the clock.
     */
    SlaState state(Instant now, boolean paused, Instant closedAt) {
        if (firstResponseBreached) {
            return SlaState.breached;
        }
        if (paused) {
            return SlaState.paused;
        }
        Instant answeredOrNow = firstResponseAt != null ? firstResponseAt : closedAt != null ? closedAt : now;
        if (answeredOrNow.isAfter(firstResponseDueAt)) {
            return SlaState.breached;
        }
        return firstResponseAt != null ? SlaState.met : SlaState.running;
    }

    /** The staff answer awaited now, if any. */
    public Optional<Deadline> awaited() {
        return responseDueKind == null ? Optional.empty() : Optional.of(new Deadline(responseDueKind, responseDueAt));
    }

    public boolean firstAnswered() {
        return firstResponseAt != null;
    }

    public Instant firstResponseDueAt() {
        return firstResponseDueAt;
    }

    public Optional<Instant> firstResponseAt() {
        return Optional.ofNullable(firstResponseAt);
    }

    public Optional<Duration> firstResponseBusinessTime() {
        return Optional.ofNullable(firstResponseSeconds).map(Duration::ofSeconds);
    }

    public Optional<Instant> responseDueAt() {
        return Optional.ofNullable(responseDueAt);
    }

    public Optional<ResponseKind> responseDueKind() {
        return Optional.ofNullable(responseDueKind);
    }
}
