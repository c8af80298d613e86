package org.proserv.kernel.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

/**
 * A deliberately slow and obvious business calendar for cross-checking: it asks, minute by minute, whether the local
 * time of day lies within that date's hours. Valid for minute-aligned instants and for hours whose boundaries do not
 * fall inside a DST gap or overlap.
 */
final class MinuteSteppingReference {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final ZoneId zone;
    private final Map<DayOfWeek, OpenHours> weekly;
    private final Set<LocalDate> holidays;
    private final Map<LocalDate, OpenHours> overrides;

    MinuteSteppingReference(
            ZoneId zone,
            Map<DayOfWeek, OpenHours> weekly,
            Set<LocalDate> holidays,
            Map<LocalDate, OpenHours> overrides) {
        this.zone = zone;
        this.weekly = weekly;
        this.holidays = holidays;
        this.overrides = overrides;
    }

    static MinuteSteppingReference of(BusinessCalendar calendar) {
        return new MinuteSteppingReference(
                calendar.zone(), calendar.weeklyHours(), calendar.holidays(), calendar.overrides());
    }

    boolean isOpen(Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        LocalDate date = local.toLocalDate();
        OpenHours hours = holidays.contains(date)
                ? OpenHours.CLOSED
                : overrides.getOrDefault(date, weekly.getOrDefault(date.getDayOfWeek(), OpenHours.CLOSED));
        int second = local.toLocalTime().toSecondOfDay();
        return !hours.isClosed() && hours.opensAt() <= second && second < hours.closesAt();
    }

    /** Earliest open minute at which {@code minutes} open minutes have passed since {@code start}. */
    Instant due(Instant start, long minutes) {
        requireMinuteAligned(start);
        long left = minutes;
        for (Instant t = start; ; t = t.plus(MINUTE)) {
            boolean open = isOpen(t);
            if (left == 0 && open) {
                return t;
            }
            if (open) {
                left--;
            }
        }
    }

    Duration businessTime(Instant from, Instant to) {
        requireMinuteAligned(from);
        requireMinuteAligned(to);
        long minutes = 0;
        for (Instant t = from; t.isBefore(to); t = t.plus(MINUTE)) {
            if (isOpen(t)) {
                minutes++;
            }
        }
        return Duration.ofMinutes(minutes);
    }

    private static void requireMinuteAligned(Instant t) {
        if (!t.truncatedTo(ChronoUnit.MINUTES).equals(t)) {
            throw new IllegalArgumentException("the reference works on whole minutes: " + t);
        }
    }
}
