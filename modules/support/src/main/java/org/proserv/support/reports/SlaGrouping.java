package org.proserv.support.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** What an SLA report's rows are: periods of the desk's calendar, or tickets sharing a trait. */
public enum SlaGrouping {
    DAY,
    /** Weeks from Monday, as the desk's opening hours are. */
    WEEK,
    MONTH,
    /** The issue category (tickets not classified yet form their own row). */
    CATEGORY,
    /** The assigned engineer (unassigned tickets form their own row). */
    ENGINEER,
    /** HotRush or standard, as the ticket is now (a withdrawn or removed HotRush counts as standard). */
    HOTRUSH;

    public boolean isPeriod() {
        return this == DAY || this == WEEK || this == MONTH;
    }

    /** The first day of the period containing {@code date}. */
    LocalDate periodStart(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            default -> throw new IllegalStateException(this + " is no period");
        };
    }

    LocalDate nextPeriodStart(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            default -> throw new IllegalStateException(this + " is no period");
        };
    }

    /** The grouping of this name, in any case ({@code week}, {@code hotrush}). */
    public static Optional<SlaGrouping> named(String name) {
        for (var grouping : values()) {
            if (grouping.name().equalsIgnoreCase(name)) {
                return Optional.of(grouping);
            }
        }
        return Optional.empty();
    }
}
