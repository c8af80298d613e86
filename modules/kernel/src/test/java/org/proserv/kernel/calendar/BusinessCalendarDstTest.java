package org.proserv.kernel.calendar;

import static java.time.Duration.ofHours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.kernel.calendar.Times.date;
import static org.proserv.kernel.calendar.Times.in;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Europe/Berlin switched to summer time on Sun 2026-03-29 (02:00 CET -> 03:00 CEST) and back on Sun 2026-10-25 (03:00
 * CEST -> 02:00 CET). Open time is elapsed time, not wall-clock time.
 */
class BusinessCalendarDstTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final BusinessCalendar aroundTheClock =
            new BusinessCalendar(BERLIN, every(OpenHours.of("00:00", "24:00")), Set.of(), Map.of());

    @Test
    void springSwitchDayHas23OpenHours() {
        assertEquals(
                ofHours(23),
                aroundTheClock.businessTime(in(BERLIN, "2026-03-29T00:00"), in(BERLIN, "2026-03-30T00:00")));
    }

    @Test
    void autumnSwitchDayHas25OpenHours() {
        assertEquals(
                ofHours(25),
                aroundTheClock.businessTime(in(BERLIN, "2026-10-25T00:00"), in(BERLIN, "2026-10-26T00:00")));
    }

    @Test
    void dueAcrossSpringSwitchIs25WallClockHoursLater() {
        // Sat 12:00 CET (11:00Z) + 24h elapsed = Sun 11:00Z = 13:00 CEST.
        Instant due = aroundTheClock.due(in(BERLIN, "2026-03-28T12:00"), ofHours(24));

        assertEquals(Instant.parse("2026-03-29T11:00:00Z"), due);
        assertEquals(in(BERLIN, "2026-03-29T13:00"), due);
    }

    @Test
    void dueAcrossAutumnSwitchIs23WallClockHoursLater() {
        // Sat 12:00 CEST (10:00Z) + 24h elapsed = Sun 10:00Z = 11:00 CET.
        assertEquals(in(BERLIN, "2026-10-25T11:00"), aroundTheClock.due(in(BERLIN, "2026-10-24T12:00"), ofHours(24)));
    }

    @Test
    void aroundTheClockDueIsElapsedTimeOverManyWeeks() {
        // Skipping whole weeks must correct for both switches inside the skipped range.
        Instant start = in(BERLIN, "2026-01-05T09:00");
        for (long hours : new long[] {24 * 7 * 20, 24 * 7 * 52, 10_000, 10_001}) {
            Instant due = aroundTheClock.due(start, ofHours(hours));
            assertEquals(start.plus(ofHours(hours)), due, hours + "h");
            assertEquals(ofHours(hours), aroundTheClock.businessTime(start, due), hours + "h");
        }
    }

    @Test
    void switchOutsideOpenHoursChangesNothing() {
        BusinessCalendar berlin =
                new BusinessCalendar(BERLIN, BusinessCalendar.standard().weeklyHours(), Set.of(), Map.of());

        // Sunday 10:00-18:00 stays 8 hours on both switch days.
        assertEquals(ofHours(8), berlin.businessTime(in(BERLIN, "2026-03-29T00:00"), in(BERLIN, "2026-03-30T00:00")));
        assertEquals(ofHours(8), berlin.businessTime(in(BERLIN, "2026-10-25T00:00"), in(BERLIN, "2026-10-26T00:00")));
        // Fri 20:00 CET + 16h: Fri 4h, Sat 8h, Sun 10:00 CEST + 4h.
        assertEquals(in(BERLIN, "2026-03-29T14:00"), berlin.due(in(BERLIN, "2026-03-27T20:00"), ofHours(16)));
    }

    @Test
    void holidayOnSwitchDayIsClosed() {
        BusinessCalendar calendar = aroundTheClock.withHoliday(date("2026-03-29"));

        assertFalse(calendar.isOpen(in(BERLIN, "2026-03-29T12:00")));
        assertTrue(calendar.isOpen(in(BERLIN, "2026-03-28T23:59")));
        // Sat 12:00 + 24h: Sat 12h, Sun closed, Mon 00:00 CEST + 12h.
        assertEquals(in(BERLIN, "2026-03-30T12:00"), calendar.due(in(BERLIN, "2026-03-28T12:00"), ofHours(24)));
        // Ten local weeks elapse 1679h (one hour lost to the switch); the closed switch day
        // removes its own 23 elapsed hours, so the lost hour is not subtracted twice.
        assertEquals(
                ofHours(24 * 7 * 10 - 1 - 23),
                calendar.businessTime(in(BERLIN, "2026-03-02T00:00"), in(BERLIN, "2026-05-11T00:00")));
    }

    @Test
    void openingInsideTheGapStartsWhenTheGapEnds() {
        // 02:30 does not exist on 2026-03-29; like ZonedDateTime it resolves to 03:30 CEST.
        BusinessCalendar calendar = aroundTheClock.withOverride(date("2026-03-29"), OpenHours.of("02:30", "12:00"));

        assertEquals(in(BERLIN, "2026-03-29T03:30"), calendar.nextOpening(in(BERLIN, "2026-03-29T00:00")));
        assertEquals(
                Duration.ofMinutes(8 * 60 + 30),
                calendar.businessTime(in(BERLIN, "2026-03-29T00:00"), in(BERLIN, "2026-03-29T12:00")));
    }

    private static Map<DayOfWeek, OpenHours> every(OpenHours hours) {
        Map<DayOfWeek, OpenHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, hours);
        }
        return week;
    }
}
