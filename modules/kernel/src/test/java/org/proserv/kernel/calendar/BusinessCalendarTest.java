package org.proserv.kernel.calendar;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.kernel.calendar.Times.date;
import static org.proserv.kernel.calendar.Times.local;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules of the business calendar, on the standard calendar (UTC+04:00) unless stated. */
class BusinessCalendarTest {

    private final BusinessCalendar standard = BusinessCalendar.standard();

    @Nested
    class Due {

        // 2025-12-01 is a Monday.
        @ParameterizedTest(name = "{0} + {1}h -> {2}")
        @CsvSource({
            "2025-12-01T09:00, 16, 2025-12-02T09:00", // Mon 09:00 -> Tue 09:00
            "2025-12-01T07:00, 16, 2025-12-02T08:00", // starts at opening, runs out at closing
            "2025-12-01T23:30, 1,  2025-12-02T08:30", // Mon 23:30 -> Tue 08:30
            "2025-12-05T20:00, 16, 2025-12-07T14:00", // Fri 20:00 -> Sun 14:00
            "2025-12-06T19:00, 16, 2025-12-08T16:00", // Sat 19:00 -> Mon 16:00
            "2025-12-06T10:00, 8,  2025-12-07T10:00", // Sat 10:00 -> Sun 10:00
        })
        void workedExamples(String start, long hours, String expected) {
            assertEquals(local(expected), standard.due(local(start), ofHours(hours)));
        }

        @Test
        void newYearHolidayIsSkipped() {
            BusinessCalendar calendar = standard.withHoliday(date("2026-01-01"));

            // Wed 20:00-24:00 = 4h, Thu closed, Fri 08:00 + 12h.
            assertEquals(local("2026-01-02T20:00"), calendar.due(local("2025-12-31T20:00"), ofHours(16)));
        }

        @Test
        void timeRunningOutExactlyAtClosingFallsDueAtNextOpening() {
            assertEquals(local("2025-12-02T08:00"), standard.due(local("2025-12-01T09:00"), ofHours(15)));
            assertEquals(local("2025-12-02T08:00"), standard.due(local("2025-12-01T23:00"), ofHours(1)));
            // One second short of the closing stays on the same day.
            assertEquals(
                    local("2025-12-01T23:59:59"),
                    standard.due(local("2025-12-01T09:00"), ofHours(15).minusSeconds(1)));
        }

        @Test
        void zeroDurationIsStartWhenOpen() {
            Instant start = local("2025-12-01T09:17:03");
            assertEquals(start, standard.due(start, Duration.ZERO));
        }

        @Test
        void zeroDurationIsNextOpeningWhenClosed() {
            assertEquals(local("2025-12-02T08:00"), standard.due(local("2025-12-02T03:00"), Duration.ZERO));
            assertEquals(local("2025-12-07T10:00"), standard.due(local("2025-12-06T18:00"), Duration.ZERO));
        }

        @Test
        void startOutsideOpenHoursCountsFromNextOpening() {
            assertEquals(local("2025-12-02T09:30"), standard.due(local("2025-12-02T01:00"), ofMinutes(90)));
        }

        @Test
        void keepsSubSecondPrecisionOfStart() {
            Instant start = local("2025-12-01T09:00").plusNanos(123_456_789);
            assertEquals(local("2025-12-01T10:00").plusNanos(123_456_789), standard.due(start, ofHours(1)));
        }

        @Test
        void holidayOnWeekendIsSkipped() {
            BusinessCalendar calendar = standard.withHoliday(date("2025-12-06"));

            // Fri 20:00-24:00 = 4h, Sat holiday, Sun 10:00-18:00 = 8h, Mon 08:00 + 4h.
            assertEquals(local("2025-12-08T12:00"), calendar.due(local("2025-12-05T20:00"), ofHours(16)));
        }

        @Test
        void consecutiveHolidaysAreSkipped() {
            BusinessCalendar calendar = standard.withHoliday(date("2025-12-02")).withHoliday(date("2025-12-03"));

            assertEquals(local("2025-12-04T09:00"), calendar.due(local("2025-12-01T09:00"), ofHours(16)));
        }

        @Test
        void overrideReplacesWeekdayHours() {
            BusinessCalendar calendar = standard.withOverride(date("2025-12-01"), OpenHours.of("08:00", "12:00"));

            // Mon 09:00-12:00 = 3h, Tue 08:00 + 1h.
            assertEquals(local("2025-12-02T09:00"), calendar.due(local("2025-12-01T09:00"), ofHours(4)));
        }

        @Test
        void overrideCanExtendADay() {
            BusinessCalendar calendar = standard.withOverride(date("2025-12-06"), OpenHours.of("00:00", "24:00"));

            // Sat 02:00 is open under the override; 24h later is Sun 10:00 + 2h.
            assertEquals(local("2025-12-07T12:00"), calendar.due(local("2025-12-06T02:00"), ofHours(24)));
        }

        @Test
        void closedOverrideClosesTheDate() {
            BusinessCalendar calendar = standard.withOverride(date("2025-12-02"), OpenHours.CLOSED);

            assertEquals(local("2025-12-03T09:00"), calendar.due(local("2025-12-01T09:00"), ofHours(16)));
        }

        @Test
        void holidayWinsOverOverride() {
            BusinessCalendar calendar = standard.withOverride(date("2025-12-02"), OpenHours.of("00:00", "24:00"))
                    .withHoliday(date("2025-12-02"));

            assertEquals(OpenHours.CLOSED, calendar.hoursOn(date("2025-12-02")));
            assertEquals(local("2025-12-03T09:00"), calendar.due(local("2025-12-01T09:00"), ofHours(16)));
        }

        @Test
        void thousandHoursSpanWeeks() {
            // A week holds 5 x 16h + 2 x 8h = 96h; 1000h = 10 weeks + 40h.
            // From Mon 08:00: 10 weeks to Mon 08:00, then Mon 16h + Tue 16h + Wed 08:00 + 8h.
            assertEquals(local("2026-02-11T16:00"), standard.due(local("2025-12-01T08:00"), ofHours(1000)));
            // Two holidays in the skipped weeks push it by two weekdays.
            BusinessCalendar withHolidays =
                    standard.withHoliday(date("2025-12-25")).withHoliday(date("2026-01-01"));
            assertEquals(local("2026-02-13T16:00"), withHolidays.due(local("2025-12-01T08:00"), ofHours(1000)));
        }

        @Test
        void overrideWithinSkippedWeeksIsCounted() {
            // Sat 2025-12-13 open 00:00-24:00 adds 16h to a skipped week: 1000h ends 16h earlier.
            BusinessCalendar calendar = standard.withOverride(date("2025-12-13"), OpenHours.of("00:00", "24:00"));
            assertEquals(local("2026-02-10T16:00"), calendar.due(local("2025-12-01T08:00"), ofHours(1000)));
        }

        @Test
        void overridesAddingMoreThanAWeekOfHoursAreNotOverskipped() {
            // One hour a week, plus a 24-hour Wednesday: a weeks-only estimate would skip too far.
            BusinessCalendar sparse = new BusinessCalendar(
                    ZoneOffset.UTC,
                    Map.of(DayOfWeek.MONDAY, OpenHours.of("09:00", "10:00")),
                    Set.of(),
                    Map.of(date("2026-01-07"), OpenHours.of("00:00", "24:00")));
            Instant start = Instant.parse("2026-01-05T09:00:00Z");

            // Jan 5: 1h, Jan 7: 24h, then Mondays Jan 12 .. Feb 9 bring it to 30h at a closing.
            Instant due = sparse.due(start, ofHours(30));
            assertEquals(Instant.parse("2026-02-16T09:00:00Z"), due);
            assertEquals(MinuteSteppingReference.of(sparse).due(start, 30 * 60), due);
            assertEquals(ofHours(30), sparse.businessTime(start, due));
        }

        @Test
        void rejectsNegativeDuration() {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> standard.due(local("2025-12-01T09:00"), Duration.ofSeconds(-1)));
        }
    }

    @Nested
    class BusinessTime {

        @Test
        void countsOnlyOpenTime() {
            assertEquals(ofHours(16), standard.businessTime(local("2025-12-01T09:00"), local("2025-12-02T09:00")));
            assertEquals(ofHours(16), standard.businessTime(local("2025-12-05T20:00"), local("2025-12-07T14:00")));
            assertEquals(Duration.ZERO, standard.businessTime(local("2025-12-02T00:00"), local("2025-12-02T08:00")));
        }

        @Test
        void isZeroForAnEmptyRange() {
            Instant t = local("2025-12-01T12:00");
            assertEquals(Duration.ZERO, standard.businessTime(t, t));
        }

        @Test
        void aWeekIsTheWeeklyTotal() {
            assertEquals(ofHours(96), standard.businessTime(local("2025-12-03T13:00"), local("2025-12-10T13:00")));
        }

        @Test
        void holidaysAndOverridesChangeTheTotal() {
            BusinessCalendar calendar = standard.withHoliday(date("2025-12-25"))
                    .withOverride(date("2025-12-27"), OpenHours.of("10:00", "12:00"));

            // 2025-12-01 .. 2026-01-05 is five weeks: 480h - 16h (holiday) - 6h (short Saturday).
            assertEquals(ofHours(458), calendar.businessTime(local("2025-12-01T00:00"), local("2026-01-05T00:00")));
        }

        @Test
        void keepsSubSecondPrecision() {
            Instant from = local("2025-12-01T09:00").plusMillis(250);
            assertEquals(ofHours(1).minusMillis(250), standard.businessTime(from, local("2025-12-01T10:00")));
            assertEquals(ofHours(17).minusMillis(250), standard.businessTime(from, local("2025-12-02T10:00")));
        }

        @Test
        void rejectsReversedRange() {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> standard.businessTime(local("2025-12-02T09:00"), local("2025-12-01T09:00")));
        }
    }

    @Nested
    class Openness {

        @Test
        void openingIsOpenAndClosingIsNot() {
            assertTrue(standard.isOpen(local("2025-12-01T08:00")));
            assertTrue(standard.isOpen(local("2025-12-01T23:59:59")));
            assertFalse(standard.isOpen(local("2025-12-02T00:00")));
            assertFalse(standard.isOpen(local("2025-12-01T07:59:59")));
            assertTrue(standard.isOpen(local("2025-12-06T17:59:59")));
            assertFalse(standard.isOpen(local("2025-12-06T18:00")));
        }

        @Test
        void holidayIsClosedAllDay() {
            BusinessCalendar calendar = standard.withHoliday(date("2025-12-01"));
            assertFalse(calendar.isOpen(local("2025-12-01T12:00")));
        }

        @Test
        void nextOpeningIsTheInstantItselfWhenOpen() {
            Instant open = local("2025-12-01T12:34:56").plusNanos(7);
            assertEquals(open, standard.nextOpening(open));
        }

        @Test
        void nextOpeningSkipsClosedTimeAndHolidays() {
            assertEquals(local("2025-12-02T08:00"), standard.nextOpening(local("2025-12-02T00:00")));
            assertEquals(local("2025-12-07T10:00"), standard.nextOpening(local("2025-12-06T18:00")));
            BusinessCalendar calendar = standard.withHoliday(date("2025-12-02")).withHoliday(date("2025-12-03"));
            assertEquals(local("2025-12-04T08:00"), calendar.nextOpening(local("2025-12-02T00:00")));
        }
    }

    @Nested
    class Construction {

        @Test
        void standardCalendar() {
            assertEquals(ZoneOffset.ofHours(4), standard.zone());
            Map<DayOfWeek, OpenHours> week = standard.weeklyHours();
            assertEquals(List.of(DayOfWeek.values()), List.copyOf(week.keySet()));
            for (DayOfWeek day : List.of(
                    DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                assertEquals(OpenHours.of("08:00", "24:00"), week.get(day));
            }
            assertEquals(OpenHours.of("10:00", "18:00"), week.get(DayOfWeek.SATURDAY));
            assertEquals(OpenHours.of("10:00", "18:00"), week.get(DayOfWeek.SUNDAY));
            assertTrue(standard.holidays().isEmpty());
            assertTrue(standard.overrides().isEmpty());
        }

        @Test
        void weekAsConfiguredIsSevenSpansMondayFirst() {
            Map<DayOfWeek, OpenHours> week = BusinessCalendar.week(List.of(
                    "09:00-17:00", " 09:00-17:00 ", "closed", "09:00-17:00", "09:00-17:00", "10:00-14:00", "CLOSED"));

            assertEquals(OpenHours.of("09:00", "17:00"), week.get(DayOfWeek.TUESDAY));
            assertEquals(OpenHours.CLOSED, week.get(DayOfWeek.WEDNESDAY));
            assertEquals(OpenHours.of("10:00", "14:00"), week.get(DayOfWeek.SATURDAY));
            assertEquals(OpenHours.CLOSED, week.get(DayOfWeek.SUNDAY));
            assertThrows(
                    IllegalStateException.class, () -> BusinessCalendar.week(List.of("09:00-17:00", "09:00-17:00")));
        }

        @Test
        void missingWeekdaysAreClosed() {
            BusinessCalendar mondaysOnly = new BusinessCalendar(
                    ZoneOffset.UTC, Map.of(DayOfWeek.MONDAY, OpenHours.of("09:00", "17:00")), Set.of(), Map.of());

            assertEquals(OpenHours.CLOSED, mondaysOnly.weeklyHours().get(DayOfWeek.TUESDAY));
            assertEquals(
                    Instant.parse("2025-12-08T13:00:00Z"),
                    mondaysOnly.due(Instant.parse("2025-12-01T09:00:00Z"), ofHours(12)));
            // Running out at Monday's closing falls due at the following Monday's opening.
            assertEquals(
                    Instant.parse("2025-12-15T09:00:00Z"),
                    mondaysOnly.due(Instant.parse("2025-12-01T09:00:00Z"), ofHours(16)));
        }

        @Test
        void rejectsAWeekWithoutOpenHours() {
            Map<DayOfWeek, OpenHours> closedWeek = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                closedWeek.put(day, OpenHours.CLOSED);
            }
            assertThrows(
                    IllegalArgumentException.class,
                    () -> new BusinessCalendar(ZoneOffset.UTC, closedWeek, Set.of(), Map.of()));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> new BusinessCalendar(ZoneOffset.UTC, Map.of(), Set.of(), Map.of()));
        }

        @Test
        void holidaysAndOverridesAreSorted() {
            BusinessCalendar calendar = new BusinessCalendar(
                    ZoneOffset.UTC,
                    standard.weeklyHours(),
                    Set.of(date("2026-05-01"), date("2026-01-01"), date("2026-03-08")),
                    Map.of(date("2026-02-02"), OpenHours.CLOSED, date("2026-01-02"), OpenHours.of("10:00", "12:00")));

            assertEquals(
                    List.of(date("2026-01-01"), date("2026-03-08"), date("2026-05-01")),
                    List.copyOf(calendar.holidays()));
            assertEquals(
                    List.of(date("2026-01-02"), date("2026-02-02")),
                    List.copyOf(calendar.overrides().keySet()));
        }

        @Test
        void copiesChangeOnlyTheCopy() {
            LocalDate christmas = date("2025-12-25");
            BusinessCalendar withHoliday = standard.withHoliday(christmas);
            BusinessCalendar withOverride = standard.withOverride(christmas, OpenHours.of("10:00", "14:00"));

            assertTrue(standard.holidays().isEmpty());
            assertTrue(standard.overrides().isEmpty());
            assertEquals(Set.of(christmas), withHoliday.holidays());
            assertEquals(Map.of(christmas, OpenHours.of("10:00", "14:00")), withOverride.overrides());
            assertEquals(standard, withHoliday.withoutHoliday(christmas));
            assertEquals(standard, withOverride.withoutOverride(christmas));
            assertNotEquals(standard, withHoliday);
            assertEquals(
                    standard.hashCode(), withHoliday.withoutHoliday(christmas).hashCode());
        }

        @Test
        void viewsAreUnmodifiable() {
            assertThrows(
                    UnsupportedOperationException.class,
                    () -> standard.holidays().add(date("2026-01-01")));
            assertThrows(
                    UnsupportedOperationException.class,
                    () -> standard.overrides().put(date("2026-01-01"), OpenHours.CLOSED));
            assertThrows(
                    UnsupportedOperationException.class,
                    () -> standard.weeklyHours().put(DayOfWeek.MONDAY, OpenHours.CLOSED));
        }

        @Test
        void isIndependentOfTheInputCollections() {
            TreeSet<LocalDate> holidays = new TreeSet<>(Set.of(date("2026-01-01")));
            BusinessCalendar calendar =
                    new BusinessCalendar(ZoneOffset.UTC, standard.weeklyHours(), holidays, Map.of());
            holidays.add(date("2026-01-02"));

            assertEquals(Set.of(date("2026-01-01")), calendar.holidays());
        }
    }
}
