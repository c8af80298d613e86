package org.proserv.support.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.proserv.kernel.error.ProservException;

/**
 * A report's time range cut into the desk's days, weeks or months. A period runs from the start of its first local day
 * in the desk's zone to the start of the next period's, so that a day across a daylight-saving change is 23 or 25 hours
 * long; the first and last periods are cut to the range.
 */
public final class ReportPeriods {

    /** The longest range a report covers: a year and a bit, so that a year by day stays a few hundred rows. */
    public static final Duration MAX_RANGE = Duration.ofDays(400);

    /** One period: {@code [from, to)}, named by the local date it starts on (the first day of a week or month). */
    public record Period(LocalDate label, Instant from, Instant to) {}

    private ReportPeriods() {}

    /** Checks a report's range: {@code from} before {@code to}, at most {@link #MAX_RANGE} apart. */
    public static void requireRange(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw ProservException.invalid("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw ProservException.invalid("to", "a report covers at most " + MAX_RANGE.toDays() + " days");
        }
    }

    public static List<Period> of(Instant from, Instant to, SlaGrouping unit, ZoneId zone) {
        requireRange(from, to);
        var periods = new ArrayList<Period>();
        LocalDate start = unit.periodStart(from.atZone(zone).toLocalDate());
        while (true) {
            LocalDate next = unit.nextPeriodStart(start);
            Instant periodStart = start.atStartOfDay(zone).toInstant();
            Instant periodEnd = next.atStartOfDay(zone).toInstant();
            if (!periodStart.isBefore(to)) {
                return periods;
            }
            periods.add(new Period(start, max(periodStart, from), min(periodEnd, to)));
            start = next;
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
