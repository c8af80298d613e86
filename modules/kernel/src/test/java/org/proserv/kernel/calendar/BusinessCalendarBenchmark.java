package org.proserv.kernel.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * Timing of {@link BusinessCalendar#due} and {@link BusinessCalendar#businessTime}, showing that cost follows weeks and
 * exceptions crossed, not hours: 1,000 business hours should cost the same order as one. A program, not a test, so the
 * build never depends on machine speed. Run with:
 *
 * <pre>
 * mvn -B -q -pl modules/kernel test-compile exec:java \
 *     -Dexec.mainClass=org.proserv.kernel.calendar.BusinessCalendarBenchmark -Dexec.classpathScope=test
 * </pre>
 *
 * <p>Each case runs over the same random starts (fixed seed) on a calendar with about fifty holidays a year; several
 * warm-up rounds come first, and the best and median of the measured rounds are printed in nanoseconds per operation.
 */
public final class BusinessCalendarBenchmark {

    private static final int STARTS = 4_096;
    private static final int WARMUP_ROUNDS = 15;
    private static final int MEASURED_ROUNDS = 15;
    private static final long[] DUE_HOURS = {1, 16, 1_000, 10_000};

    private BusinessCalendarBenchmark() {}

    public static void main(String[] args) {
        Random random = new Random(42);
        Instant[] starts = randomStarts(random);
        BusinessCalendar standard = withHolidays(BusinessCalendar.standard(), random);
        BusinessCalendar berlin = withHolidays(
                new BusinessCalendar(
                        ZoneId.of("Europe/Berlin"), BusinessCalendar.standard().weeklyHours(), Set.of(), Map.of()),
                random);

        System.out.printf("%-44s %12s %12s%n", "operation", "best ns/op", "median ns/op");
        long sink = 0;
        for (BusinessCalendar calendar : new BusinessCalendar[] {standard, berlin}) {
            String zone = calendar.zone().getId();
            for (long hours : DUE_HOURS) {
                Duration duration = Duration.ofHours(hours);
                sink += run(
                        String.format("due %,dh (%s)", hours, zone),
                        starts,
                        start -> calendar.due(start, duration).getEpochSecond());
            }
            sink += run(
                    "businessTime over 365 days (" + zone + ")",
                    starts,
                    start -> calendar.businessTime(start, start.plus(Duration.ofDays(365)))
                            .getSeconds());
        }
        System.out.println("(checksum " + sink + ")");
    }

    /** Times one operation over all starts per round; returns a checksum so no call is elided. */
    private static long run(String name, Instant[] starts, ToLongFunction<Instant> operation) {
        long sink = 0;
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            sink += oneRound(starts, operation, new long[1]);
        }
        long[] nanosPerOp = new long[MEASURED_ROUNDS];
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            long[] elapsed = new long[1];
            sink += oneRound(starts, operation, elapsed);
            nanosPerOp[round] = elapsed[0] / starts.length;
        }
        Arrays.sort(nanosPerOp);
        System.out.printf("%-44s %,12d %,12d%n", name, nanosPerOp[0], nanosPerOp[MEASURED_ROUNDS / 2]);
        return sink;
    }

    private static long oneRound(Instant[] starts, ToLongFunction<Instant> operation, long[] elapsed) {
        long sink = 0;
        long begin = System.nanoTime();
        for (Instant start : starts) {
            sink += operation.applyAsLong(start);
        }
        elapsed[0] = System.nanoTime() - begin;
        return sink;
    }

    private static Instant[] randomStarts(Random random) {
        Instant from = Instant.parse("2025-01-01T00:00:00Z");
        long span = Duration.ofDays(2 * 365).toSeconds();
        Instant[] starts = new Instant[STARTS];
        for (int i = 0; i < STARTS; i++) {
            starts[i] = from.plusSeconds((long) (random.nextDouble() * span));
        }
        return starts;
    }

    /** About fifty holidays a year from 2024 to 2033, enough for 10,000 hours from 2026. */
    private static BusinessCalendar withHolidays(BusinessCalendar base, Random random) {
        TreeSet<LocalDate> holidays = new TreeSet<>();
        for (int year = 2024; year <= 2033; year++) {
            LocalDate first = LocalDate.of(year, 1, 1);
            while (holidays.tailSet(first).size() < 50) {
                holidays.add(first.plusDays(random.nextInt(first.lengthOfYear())));
            }
        }
        return new BusinessCalendar(base.zone(), base.weeklyHours(), holidays, Map.of());
    }
}
