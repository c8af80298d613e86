package org.proserv.projects.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.proserv.kernel.error.ProservException;

/**
 * When a task is planned to start and end, and so how far its work should have come at any instant. Kept to the
 * microsecond, the precision both databases store, so the threshold the sweep compares in SQL is the one computed here.
 */
@Embeddable
public class Plan {

    static final int FULL = 100;

    /** Longer than any task; short enough that the exact arithmetic in microseconds cannot overflow. */
    static final Period LONGEST = Period.ofYears(10);

    @Column(name = "planned_start")
    private Instant start;

    @Column(name = "planned_end")
    private Instant end;

    protected Plan() {}

    private Plan(Instant start, Instant end) {
        this.start = start;
        this.end = end;
    }

    /** A plan whose end lies after its start. */
    public static Plan of(Instant start, Instant end) {
        if (start == null) {
            throw ProservException.invalid("plannedStart", "is required");
        }
        if (end == null) {
            throw ProservException.invalid("plannedEnd", "is required");
        }
        Instant from = start.truncatedTo(ChronoUnit.MICROS);
        Instant to = end.truncatedTo(ChronoUnit.MICROS);
        if (!to.isAfter(from)) {
            throw ProservException.invalid("plannedEnd", "must be after plannedStart");
        }
        if (to.isAfter(from.atOffset(ZoneOffset.UTC).plus(LONGEST).toInstant())) {
            throw ProservException.invalid("plannedEnd", "must be at most " + LONGEST + " after plannedStart");
        }
        return new Plan(from, to);
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    /**
     * Behind schedule: the share done is below the share of the planned time already elapsed, that is {@code done% <
     * 100 * elapsed / planned}, with elapsed counted from the planned start and capped at the planned duration. Exact:
     * compared as whole microseconds, never in floating point.
     */
    public boolean behind(int percentDone, Instant now) {
        long planned = micros(start, end);
        long elapsed = Math.min(planned, Math.max(0, micros(start, now)));
        return Math.multiplyExact(FULL, elapsed) > Math.multiplyExact((long) percentDone, planned);
    }

    /**
     * The instant after which a task with this much done is behind schedule (it is not at that instant itself), or null
     * when it never is (all done). Stored for the sweep to select in SQL; it moves whenever the plan or the progress
     * does, and {@link #behind} is what every answer shows.
     */
    public Instant behindAfter(int percentDone) {
        if (percentDone >= FULL) {
            return null;
        }
        long planned = micros(start, end);
        return start.plus(Math.multiplyExact((long) percentDone, planned) / FULL, ChronoUnit.MICROS);
    }

    private static long micros(Instant from, Instant to) {
        Duration between = Duration.between(from, to.truncatedTo(ChronoUnit.MICROS));
        return Math.addExact(Math.multiplyExact(between.getSeconds(), 1_000_000L), between.getNano() / 1_000);
    }
}
