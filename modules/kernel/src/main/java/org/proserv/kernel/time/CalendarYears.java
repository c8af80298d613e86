package org.proserv.kernel.time;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

/**
 * Calendar periods added to an instant as the business reads them: in the support calendar's zone, not in UTC. The
 * period is added to the local date-time the instant has in that zone, so "one year after" a release made on 29
 * February (local date) ends on 28 February, and a release at 2023-12-31T21:30Z, already 1 January 2024 in +04:00,
 * counts from 1 January.
 */
public final class CalendarYears {

    private CalendarYears() {}

    /** The instant {@code years} calendar years after this one, counted in the zone. */
    public static Instant plusYears(Instant instant, int years, ZoneId zone) {
        return instant.atZone(zone).plusYears(years).toInstant();
    }

    /** The instant a calendar period (years, months, days) after this one, counted in the zone. */
    public static Instant plus(Instant instant, Period period, ZoneId zone) {
        return instant.atZone(zone).plus(period).toInstant();
    }
}
