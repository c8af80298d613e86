package org.proserv.kernel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CalendarYearsTest {

    private static final ZoneId PLUS_FOUR = ZoneOffset.ofHours(4);

    @Test
    void aYearAfterALocal29FebruaryIs28February() {
        // 2024-02-28T21:30Z is 29 February 01:30 in +04:00: a year later is 28 February 01:30 there
        assertEquals(
                Instant.parse("2025-02-27T21:30:00Z"),
                CalendarYears.plusYears(Instant.parse("2024-02-28T21:30:00Z"), 1, PLUS_FOUR));
        // counted in UTC it would have been 2025-02-28T21:30Z, a day later
        assertEquals(
                Instant.parse("2025-02-28T21:30:00Z"),
                CalendarYears.plusYears(Instant.parse("2024-02-28T21:30:00Z"), 1, ZoneOffset.UTC));
    }

    @Test
    void aYearCountsFromTheLocalDateEvenWhenUtcIsStillInThePreviousYear() {
        // 2023-12-31T21:30Z is 2024-01-01 01:30 in +04:00, a year later 2025-01-01 01:30 there
        assertEquals(
                Instant.parse("2024-12-31T21:30:00Z"),
                CalendarYears.plusYears(Instant.parse("2023-12-31T21:30:00Z"), 1, PLUS_FOUR));
        // 2023-02-28T21:30Z is 1 March 2023 locally; 2024 is a leap year: 1 March 2024 locally
        assertEquals(
                Instant.parse("2024-02-29T21:30:00Z"),
                CalendarYears.plusYears(Instant.parse("2023-02-28T21:30:00Z"), 1, PLUS_FOUR));
    }

    @Test
    void periodsOfMonthsAndDaysAreCountedInTheZoneToo() {
        assertEquals(
                Instant.parse("2024-08-28T21:30:00Z"),
                CalendarYears.plus(Instant.parse("2024-02-28T21:30:00Z"), Period.ofMonths(6), PLUS_FOUR));
        assertEquals(
                Instant.parse("2026-02-27T21:30:00Z"),
                CalendarYears.plus(Instant.parse("2024-02-28T21:30:00Z"), Period.ofYears(2), PLUS_FOUR));
    }
}
