package org.proserv.releases.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.releases.catalog.VersionStatus.latest;
import static org.proserv.releases.catalog.VersionStatus.obsolete;
import static org.proserv.releases.catalog.VersionStatus.outOfGuarantee;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.releases.Ids;

class VersionStatusesTest {

    private static final ReleasePolicy ONE_YEAR = ReleasePolicy.standard();
    private static final Instant CREATED = Instant.parse("2020-01-01T00:00:00Z");

    private static Product product(Object... branchVersionDate) {
        var product = Ids.assign(new Product("X-Cart", CREATED), 1L);
        for (int i = 0; i < branchVersionDate.length; i += 3) {
            String branch = (String) branchVersionDate[i];
            if (product.branch(branch).isEmpty()) {
                product.addBranch(branch, CREATED);
            }
            product.addVersion(
                    branch,
                    (String) branchVersionDate[i + 1],
                    Instant.parse((String) branchVersionDate[i + 2]),
                    Instant.parse("2030-01-01T00:00:00Z"));
        }
        return product;
    }

    private static VersionStatus status(Product product, String version, Clock clock) {
        return product.statuses(clock.instant(), ONE_YEAR)
                .of(version)
                .orElseThrow()
                .status();
    }

    @Test
    void aVersionIsInGuaranteeUpToExactlyOneYearAfterItsReleaseAndOutOfItJustAfter() {
        var product = product("4.6", "4.6.5", "2025-03-10T12:00:00Z", "4.7", "4.7.0", "2025-09-01T00:00:00Z");
        Instant anniversary = Instant.parse("2026-03-10T12:00:00Z");

        assertEquals(obsolete, status(product, "4.6.5", Clock.fixed(anniversary.minusSeconds(1), ZoneOffset.UTC)));
        assertEquals(
                obsolete,
                status(product, "4.6.5", Clock.fixed(anniversary, ZoneOffset.UTC)),
                "released exactly one year ago is not 'more than' a year");
        assertEquals(
                outOfGuarantee,
                status(product, "4.6.5", Clock.fixed(anniversary.plus(Duration.ofNanos(1000)), ZoneOffset.UTC)),
                "a microsecond later it is");
        assertEquals(
                anniversary,
                product.statuses(anniversary, ONE_YEAR)
                        .of("4.6.5")
                        .orElseThrow()
                        .guaranteeEndsAt());
    }

    @Test
    void theGuaranteePeriodIsConfigurableAndCountsCalendarUnitsInTheCalendarZone() {
        var product = product("4.6", "4.6.5", "2024-02-29T08:00:00Z", "4.7", "4.7.0", "2025-09-01T00:00:00Z");
        // one year after a 29 February is 28 February
        assertEquals(
                obsolete,
                product.statuses(Instant.parse("2025-02-28T08:00:00Z"), ONE_YEAR)
                        .of("4.6.5")
                        .orElseThrow()
                        .status());
        assertEquals(
                outOfGuarantee,
                product.statuses(Instant.parse("2025-02-28T08:00:01Z"), ONE_YEAR)
                        .of("4.6.5")
                        .orElseThrow()
                        .status());
        // six months
        ReleasePolicy sixMonths = ONE_YEAR.withGuarantee(Period.ofMonths(6));
        assertEquals(
                obsolete,
                product.statuses(Instant.parse("2024-08-29T08:00:00Z"), sixMonths)
                        .of("4.6.5")
                        .orElseThrow()
                        .status());
        assertEquals(
                outOfGuarantee,
                product.statuses(Instant.parse("2024-08-29T08:00:01Z"), sixMonths)
                        .of("4.6.5")
                        .orElseThrow()
                        .status());
    }

    @Test
    void theGuaranteeYearIsAddedToTheLocalDateOfTheReleaseInTheCalendarZone() {
        // released 2024-02-28T21:30Z: 29 February 01:30 in +04:00, so the year ends on 28 February 01:30 there
        var leap = product("4.6", "4.6.5", "2024-02-28T21:30:00Z", "4.7", "4.7.0", "2025-09-01T00:00:00Z");
        Instant ends = Instant.parse("2025-02-27T21:30:00Z");
        assertEquals(
                ends, leap.statuses(ends, ONE_YEAR).of("4.6.5").orElseThrow().guaranteeEndsAt());
        assertEquals(
                obsolete,
                leap.statuses(ends, ONE_YEAR).of("4.6.5").orElseThrow().status());
        assertEquals(
                outOfGuarantee,
                leap.statuses(ends.plusSeconds(1), ONE_YEAR)
                        .of("4.6.5")
                        .orElseThrow()
                        .status(),
                "out of guarantee on 28 February in +04:00, not a day later as counted in UTC");

        // released 2023-12-31T21:30Z, already 1 January 2024 in +04:00: the year ends on 1 January 2025 01:30 there
        var yearEnd = product("4.6", "4.6.5", "2023-12-31T21:30:00Z", "4.7", "4.7.0", "2025-09-01T00:00:00Z");
        Instant newYear = Instant.parse("2024-12-31T21:30:00Z");
        assertEquals(
                newYear,
                yearEnd.statuses(newYear, ONE_YEAR).of("4.6.5").orElseThrow().guaranteeEndsAt());
        assertEquals(
                obsolete,
                yearEnd.statuses(newYear, ONE_YEAR).of("4.6.5").orElseThrow().status());
        assertEquals(
                outOfGuarantee,
                yearEnd.statuses(newYear.plusSeconds(1), ONE_YEAR)
                        .of("4.6.5")
                        .orElseThrow()
                        .status());

        // the zone comes from the policy: counted in UTC the leap-day release keeps its guarantee a day longer
        var utc = new ReleasePolicy(Period.ofYears(1), ZoneOffset.UTC);
        assertEquals(
                obsolete,
                leap.statuses(ends.plusSeconds(1), utc)
                        .of("4.6.5")
                        .orElseThrow()
                        .status());
    }

    @Test
    void latestIsTheNewestReleaseOfTheNewestBranchEvenWhenAnOlderBranchReleasedLater() {
        var product = product(
                "4.1",
                "4.1.19",
                "2025-01-10T00:00:00Z",
                "4.3",
                "4.3.0",
                "2025-02-01T00:00:00Z",
                "4.3",
                "4.3.1",
                "2025-04-01T00:00:00Z",
                "4.1",
                "4.1.20",
                "2025-05-01T00:00:00Z");
        var statuses = product.statuses(Instant.parse("2025-06-01T00:00:00Z"), ONE_YEAR);
        assertEquals("4.3.1", statuses.latest().orElseThrow().name());
        assertEquals(latest, statuses.of("4.3.1").orElseThrow().status());
        assertEquals(obsolete, statuses.of("4.1.20").orElseThrow().status(), "released last, but on an older branch");
        assertEquals(obsolete, statuses.of("4.3.0").orElseThrow().status());
        assertEquals(obsolete, statuses.of("4.1.19").orElseThrow().status());
        assertEquals(
                List.of("4.3.1", "4.3.0", "4.1.20", "4.1.19"),
                statuses.newestFirst().stream().map(VersionStatuses.State::name).toList());
    }

    @Test
    void branchesCompareByNumberNotByText() {
        var product = product("4.9", "4.9.3", "2025-03-01T00:00:00Z", "4.10", "4.10.0", "2025-01-01T00:00:00Z");
        assertEquals(
                "4.10.0",
                product.statuses(Instant.parse("2025-04-01T00:00:00Z"), ONE_YEAR)
                        .latest()
                        .orElseThrow()
                        .name());
    }

    @Test
    void theLatestVersionStaysLatestHoweverOld() {
        var product = product("4.7", "4.7.12", "2020-06-01T00:00:00Z", "4.7", "4.7.11", "2020-01-01T00:00:00Z");
        var statuses = product.statuses(Instant.parse("2026-01-01T00:00:00Z"), ONE_YEAR);
        assertEquals(latest, statuses.of("4.7.12").orElseThrow().status());
        assertEquals(outOfGuarantee, statuses.of("4.7.11").orElseThrow().status());
    }

    @Test
    void outOfGuaranteeVersionsAreAdvisedAMinorUpgradeWhenTheirBranchHasASupportedOneElseTheLatest() {
        var product = product(
                "4.6",
                "4.6.5",
                "2023-01-01T00:00:00Z",
                "4.7",
                "4.7.10",
                "2024-01-01T00:00:00Z",
                "4.7",
                "4.7.11",
                "2024-11-01T00:00:00Z",
                "4.7",
                "4.7.12",
                "2025-03-01T00:00:00Z",
                "5.0",
                "5.0.2",
                "2025-05-01T00:00:00Z");
        var statuses = product.statuses(Instant.parse("2025-06-01T00:00:00Z"), ONE_YEAR);
        var old = statuses.of("4.7.10").orElseThrow();
        assertEquals(outOfGuarantee, old.status());
        assertEquals("4.7.12", old.upgradeTo().name(), "the newest supported release of its branch");
        assertEquals("5.0.2", statuses.of("4.6.5").orElseThrow().upgradeTo().name(), "no supported 4.6: the latest");
        assertNull(statuses.of("4.7.11").orElseThrow().upgradeTo(), "in guarantee: no upgrade needed");
        assertEquals(obsolete, statuses.of("4.7.11").orElseThrow().status());
    }

    @Test
    void versionsAreRecordedWhenReleasedOnAKnownBranchWithAUniqueName() {
        var product = product("4.7", "4.7.12", "2025-03-01T00:00:00Z");
        Instant now = Instant.parse("2025-06-01T00:00:00Z");
        var future = assertThrows(
                ProservException.class, () -> product.addVersion("4.7", "4.7.13", now.plusSeconds(1), now));
        assertEquals("releasedAt", future.fieldErrors().get(0).field());
        var branch = assertThrows(ProservException.class, () -> product.addVersion("9.9", "9.9.0", now, now));
        assertEquals("branch", branch.fieldErrors().get(0).field());
        var twice = assertThrows(ProservException.class, () -> product.addVersion("4.7", "4.7.12", now, now));
        assertEquals(ProblemCategory.CONFLICT, twice.category());
        assertEquals(
                ProblemCategory.CONFLICT,
                assertThrows(ProservException.class, () -> product.addBranch("4.7", now))
                        .category());
        assertTrue(product.statuses(now, ONE_YEAR).of("4.7.13").isEmpty());
    }

    @Test
    void releaseDatesBefore1990OrBeyondTheYear9999AreRefusedNamingTheField() {
        var product = product("4.7", "4.7.12", "2025-03-01T00:00:00Z");
        Instant farFuture = Instant.parse("+10000-01-01T00:00:00Z");
        for (Instant date : List.of(
                Instant.parse("1989-12-31T23:59:59Z"),
                Instant.parse("-5000-01-01T00:00:00Z"),
                Instant.MIN,
                Instant.EPOCH)) {
            var refused =
                    assertThrows(ProservException.class, () -> product.addVersion("4.7", "4.7.1", date, farFuture));
            assertEquals("releasedAt", refused.fieldErrors().get(0).field(), date::toString);
        }
        for (Instant now : List.of(farFuture, Instant.MAX)) {
            var refused = assertThrows(ProservException.class, () -> product.addVersion("4.7", "4.7.2", now, now));
            assertEquals("releasedAt", refused.fieldErrors().get(0).field());
        }
        var first = product.addVersion("4.7", "4.7.0", ReleaseDates.EARLIEST, Instant.parse("2025-06-01T00:00:00Z"));
        assertEquals(
                outOfGuarantee,
                product.statuses(Instant.parse("2025-06-01T00:00:00Z"), ONE_YEAR)
                        .of(first)
                        .status());
    }

    @Test
    void versionNumbersOrderNumerically() {
        List<String> sorted =
                List.of("4.10.0", "4.2", "4.2.0", "4.2.10", "4.2.9", "4.2.beta", "10.0", "4.02.1").stream()
                        .sorted(VersionNumber.ORDER)
                        .toList();
        assertEquals(List.of("4.2", "4.2.beta", "4.2.0", "4.02.1", "4.2.9", "4.2.10", "4.10.0", "10.0"), sorted);
    }
}
