package org.proserv.kernel.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Seeded randomized checks: invariants over thousands of starts and durations, and agreement with the minute-stepping
 * reference, on the standard calendar and on a DST zone.
 */
class BusinessCalendarPropertiesTest {

    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = Duration.ofDays(3 * 365).toSeconds();
    private static final int CASES = 3_000;

    @Test
    void invariantsOnStandardCalendar() {
        checkInvariants(randomExceptions(BusinessCalendar.standard(), new Random(42)), new Random(43));
    }

    @Test
    void invariantsInDstZone() {
        BusinessCalendar berlin = new BusinessCalendar(
                ZoneId.of("Europe/Berlin"), BusinessCalendar.standard().weeklyHours(), Set.of(), Map.of());
        checkInvariants(randomExceptions(berlin, new Random(44)), new Random(45));
    }

    @Test
    void agreesWithMinuteSteppingReference() {
        BusinessCalendar calendar = randomExceptions(BusinessCalendar.standard(), new Random(7));
        crossCheck(calendar, new Random(8), 150);
    }

    @Test
    void agreesWithMinuteSteppingReferenceInDstZone() {
        // Sunday open around the clock, so the 02:00/03:00 switches fall inside open hours.
        Map<DayOfWeek, OpenHours> week =
                new EnumMap<>(BusinessCalendar.standard().weeklyHours());
        week.put(DayOfWeek.SUNDAY, OpenHours.of("00:00", "24:00"));
        BusinessCalendar berlin = new BusinessCalendar(ZoneId.of("Europe/Berlin"), week, Set.of(), Map.of());
        crossCheck(randomExceptions(berlin, new Random(9)), new Random(10), 150);
    }

    @Test
    void multiWeekDurationsAgreeWithReference() {
        BusinessCalendar calendar = randomExceptions(BusinessCalendar.standard(), new Random(11));
        MinuteSteppingReference reference = MinuteSteppingReference.of(calendar);
        Instant start = Times.local("2025-03-03T09:00");
        for (long hours : new long[] {1, 16, 96, 97, 1_000, 2_500, 10_000}) {
            Instant due = calendar.due(start, Duration.ofHours(hours));
            assertEquals(reference.due(start, hours * 60), due, hours + "h");
        }
    }

    private static void checkInvariants(BusinessCalendar calendar, Random random) {
        for (int i = 0; i < CASES; i++) {
            Instant start = randomInstant(random);
            Duration duration = randomDuration(random);
            Instant due = calendar.due(start, duration);
            String label = "start " + start + " + " + duration + " -> " + due;

            assertTrue(calendar.isOpen(due), "due is an open instant: " + label);
            assertFalse(due.isBefore(start), label);
            assertEquals(duration, calendar.businessTime(start, due), "business time to due: " + label);
            assertEarliest(calendar, start, duration, due, label);

            Duration longer = duration.plus(randomDuration(random));
            assertFalse(calendar.due(start, longer).isBefore(due), "monotonic in duration: " + label);

            Instant opening = calendar.nextOpening(start);
            assertTrue(calendar.isOpen(opening), "next opening is open: " + label);
            assertEquals(Duration.ZERO, calendar.businessTime(start, opening), "nothing open before it: " + label);

            Instant[] abc = sorted(randomInstant(random), randomInstant(random), start);
            assertEquals(
                    calendar.businessTime(abc[0], abc[2]),
                    calendar.businessTime(abc[0], abc[1]).plus(calendar.businessTime(abc[1], abc[2])),
                    "additive over " + abc[0] + ", " + abc[1] + ", " + abc[2]);
        }
    }

    /** One second earlier either is closed or has not yet accumulated the duration. */
    private static void assertEarliest(
            BusinessCalendar calendar, Instant start, Duration duration, Instant due, String label) {
        Instant before = due.minusSeconds(1);
        if (!before.isBefore(start)) {
            boolean qualifies = calendar.isOpen(before)
                    && calendar.businessTime(start, before).compareTo(duration) >= 0;
            assertFalse(qualifies, "an earlier instant would do: " + label);
        }
    }

    private static void crossCheck(BusinessCalendar calendar, Random random, int cases) {
        MinuteSteppingReference reference = MinuteSteppingReference.of(calendar);
        for (int i = 0; i < cases; i++) {
            Instant start = FROM.plusSeconds(random.nextInt((int) (SPAN_SECONDS / 60)) * 60L);
            long minutes = random.nextInt(4) == 0 ? random.nextInt(60_000) : random.nextInt(3_000);
            Instant due = calendar.due(start, Duration.ofMinutes(minutes));
            assertEquals(reference.due(start, minutes), due, "start " + start + " + " + minutes + "min");

            Instant to = start.plusSeconds(random.nextInt(60 * 24 * 60) * 60L);
            assertEquals(
                    reference.businessTime(start, to),
                    calendar.businessTime(start, to),
                    "business time " + start + " .. " + to);
        }
    }

    /** About fifty holidays a year and a few overrides, including overrides on holidays. */
    private static BusinessCalendar randomExceptions(BusinessCalendar base, Random random) {
        Set<LocalDate> holidays = new TreeSet<>();
        Map<LocalDate, OpenHours> overrides = new TreeMap<>();
        LocalDate first = LocalDate.of(2024, 12, 1);
        int days = 5 * 365;
        for (int i = 0; i < 250; i++) {
            holidays.add(first.plusDays(random.nextInt(days)));
        }
        for (int i = 0; i < 60; i++) {
            int opens = random.nextInt(20) * 3600;
            int closes = opens + (1 + random.nextInt(24 - opens / 3600)) * 3600;
            OpenHours hours = random.nextInt(5) == 0 ? OpenHours.CLOSED : new OpenHours(opens, closes);
            overrides.put(first.plusDays(random.nextInt(days)), hours);
        }
        return new BusinessCalendar(base.zone(), base.weeklyHours(), holidays, overrides);
    }

    private static Instant randomInstant(Random random) {
        return FROM.plusSeconds((long) (random.nextDouble() * SPAN_SECONDS));
    }

    /** Mostly short durations, some of several weeks, some exactly zero or a whole number of hours. */
    private static Duration randomDuration(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> Duration.ZERO;
            case 1 -> Duration.ofHours(random.nextInt(40));
            case 2 -> Duration.ofSeconds(random.nextInt(3_000 * 3600));
            default -> Duration.ofSeconds(random.nextInt(100 * 3600));
        };
    }

    private static Instant[] sorted(Instant a, Instant b, Instant c) {
        Instant[] all = {a, b, c};
        Arrays.sort(all);
        return all;
    }
}
