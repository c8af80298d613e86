package org.proserv.support.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProservException;

class ReportPeriodsTest {

    private static final ZoneId DESK = ZoneOffset.ofHours(4);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void daysAreTheDesksLocalDaysNotUtcDays() {
        // 2026-01-05T19:59Z is 23:59 on the 5th at the desk, 20:00Z already the 6th
        var periods = ReportPeriods.of(at("2026-01-04T20:00:00Z"), at("2026-01-06T20:00:00Z"), SlaGrouping.DAY, DESK);
        assertEquals(2, periods.size());
        assertEquals(LocalDate.of(2026, 1, 5), periods.get(0).label());
        assertEquals(at("2026-01-04T20:00:00Z"), periods.get(0).from());
        assertEquals(at("2026-01-05T20:00:00Z"), periods.get(0).to());
        assertEquals(LocalDate.of(2026, 1, 6), periods.get(1).label());
        assertEquals(at("2026-01-06T20:00:00Z"), periods.get(1).to());
    }

    @Test
    void theFirstAndLastPeriodsAreCutToTheRange() {
        var periods = ReportPeriods.of(at("2026-01-05T06:00:00Z"), at("2026-01-07T06:00:00Z"), SlaGrouping.DAY, DESK);
        assertEquals(3, periods.size());
        assertEquals(at("2026-01-05T06:00:00Z"), periods.get(0).from(), "not before the range");
        assertEquals(at("2026-01-05T20:00:00Z"), periods.get(0).to());
        assertEquals(LocalDate.of(2026, 1, 7), periods.get(2).label());
        assertEquals(at("2026-01-07T06:00:00Z"), periods.get(2).to(), "not after the range");
    }

    @Test
    void aDayAcrossADaylightSavingChangeIsShorterOrLonger() {
        var spring = ReportPeriods.of(at("2026-03-28T23:00:00Z"), at("2026-03-30T00:00:00Z"), SlaGrouping.DAY, BERLIN);
        assertEquals(LocalDate.of(2026, 3, 29), spring.get(0).label());
        assertEquals(
                Duration.ofHours(23),
                Duration.between(spring.get(0).from(), spring.get(0).to()));
        assertEquals(at("2026-03-29T22:00:00Z"), spring.get(0).to(), "midnight is now at +02:00");

        var autumn = ReportPeriods.of(at("2026-10-24T22:00:00Z"), at("2026-10-25T23:00:00Z"), SlaGrouping.DAY, BERLIN);
        assertEquals(1, autumn.size());
        assertEquals(
                Duration.ofHours(25),
                Duration.between(autumn.get(0).from(), autumn.get(0).to()));
    }

    @Test
    void weeksStartOnMondayAndMonthsOnTheFirstInTheDesksZone() {
        // Sunday 2026-03-01 at the desk, then the week from Monday 2 March (which crosses Berlin's change on the 29th)
        var weeks = ReportPeriods.of(at("2026-02-28T23:00:00Z"), at("2026-04-05T22:00:00Z"), SlaGrouping.WEEK, BERLIN);
        assertEquals(LocalDate.of(2026, 2, 23), weeks.get(0).label(), "the week holding the range's start");
        assertEquals(at("2026-02-28T23:00:00Z"), weeks.get(0).from());
        assertEquals(at("2026-03-01T23:00:00Z"), weeks.get(0).to());
        var lastWhole = weeks.get(weeks.size() - 2);
        assertEquals(LocalDate.of(2026, 3, 23), lastWhole.label());
        assertEquals(Duration.ofDays(7).minusHours(1), Duration.between(lastWhole.from(), lastWhole.to()));
        assertEquals(LocalDate.of(2026, 3, 30), weeks.get(weeks.size() - 1).label());

        var months = ReportPeriods.of(at("2026-01-31T20:00:00Z"), at("2026-03-31T20:00:00Z"), SlaGrouping.MONTH, DESK);
        assertEquals(2, months.size());
        assertEquals(LocalDate.of(2026, 2, 1), months.get(0).label());
        assertEquals(at("2026-02-28T20:00:00Z"), months.get(0).to(), "1 March 00:00 at +04:00");
        assertEquals(LocalDate.of(2026, 3, 1), months.get(1).label());
    }

    @Test
    void periodsCoverTheRangeWithoutGapsOrOverlaps() {
        Instant from = at("2026-03-01T10:15:00Z");
        Instant to = at("2026-11-15T03:00:00Z");
        for (var unit : new SlaGrouping[] {SlaGrouping.DAY, SlaGrouping.WEEK, SlaGrouping.MONTH}) {
            var periods = ReportPeriods.of(from, to, unit, BERLIN);
            assertEquals(from, periods.get(0).from());
            assertEquals(to, periods.get(periods.size() - 1).to());
            for (int i = 1; i < periods.size(); i++) {
                assertEquals(periods.get(i - 1).to(), periods.get(i).from(), unit + " at " + i);
            }
        }
    }

    @Test
    void aRangeMustRunForwardAndNotBeyondTheLongestReport() {
        var backwards = assertThrows(
                ProservException.class,
                () -> ReportPeriods.of(at("2026-01-02T00:00:00Z"), at("2026-01-01T00:00:00Z"), SlaGrouping.DAY, DESK));
        assertEquals("to", backwards.fieldErrors().get(0).field());
        assertThrows(
                ProservException.class,
                () -> ReportPeriods.requireRange(at("2026-01-01T00:00:00Z"), at("2026-01-01T00:00:00Z")));
        assertThrows(
                ProservException.class,
                () -> ReportPeriods.requireRange(at("2026-01-01T00:00:00Z"), at("2027-02-05T00:00:01Z")));
        ReportPeriods.requireRange(at("2026-01-01T00:00:00Z"), at("2027-02-05T00:00:00Z"));
    }

    @Test
    void groupingsAreNamedInAnyCase() {
        assertEquals(Optional.of(SlaGrouping.HOTRUSH), SlaGrouping.named("hotrush"));
        assertEquals(Optional.of(SlaGrouping.WEEK), SlaGrouping.named("Week"));
        assertEquals(Optional.empty(), SlaGrouping.named("quarter"));
    }

    @Test
    void theBreachShareCountsDecidedFirstAnswersOnly() {
        var row = new SlaReportRow("x", null, null, 10, 2, 1, 0, null, null);
        assertEquals(7, row.firstResponsePending());
        assertEquals(Optional.of(new BigDecimal("33.3")), row.firstResponseBreachedPercent());
        assertEquals(
                Optional.of(new BigDecimal("66.7")),
                new SlaReportRow("x", null, null, 3, 1, 2, 0, null, null).firstResponseBreachedPercent());
        assertEquals(
                Optional.empty(),
                new SlaReportRow("x", null, null, 4, 0, 0, 0, null, null).firstResponseBreachedPercent());
    }
}
