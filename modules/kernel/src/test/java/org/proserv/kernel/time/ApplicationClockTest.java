package org.proserv.kernel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;

class ApplicationClockTest {

    private static ApplicationClock clock(boolean testClock, String environment) {
        return clock(testClock, environment, null);
    }

    private static ApplicationClock clock(boolean testClock, String environment, String start) {
        var clock = new ApplicationClock();
        clock.testClockEnabled = testClock;
        clock.environment = environment;
        clock.start = Optional.ofNullable(start);
        return clock;
    }

    @Test
    void withoutTheSwitchTimeCannotBeMoved() {
        var clock = clock(false, "development");
        var refused = assertThrows(ProservException.class, () -> clock.advance(Duration.ofDays(1)));
        assertEquals(ProblemCategory.NOT_FOUND, refused.category());
        assertEquals(Duration.ZERO, clock.offset());
    }

    @Test
    void theSwitchIsRefusedInProduction() {
        var clock = clock(true, "production");
        assertThrows(IllegalStateException.class, clock::configure);
        clock(false, "production").configure();
        clock(true, "development").configure();
    }

    @Test
    void aTestRunCanStartTheClockAtAnInstantAndTimeRunsOnFromThere() {
        var clock = clock(true, "development", "2026-03-07T23:30:00+04:00");
        clock.configure();
        Instant pinned = Instant.parse("2026-03-07T19:30:00Z");
        Instant first = clock.now();
        assertFalse(first.isBefore(pinned), first.toString());
        assertTrue(first.isBefore(pinned.plusSeconds(5)), first.toString());
        clock.advance(Duration.ofHours(1));
        assertFalse(clock.clock().instant().isBefore(pinned.plusSeconds(3_600)));
    }

    @Test
    void aStartInstantIsRefusedWithoutTheSwitchAndInProduction() {
        assertThrows(IllegalStateException.class, clock(false, "development", "2026-03-07T23:30:00Z")::configure);
        assertThrows(IllegalStateException.class, clock(true, "production", "2026-03-07T23:30:00Z")::configure);
        assertThrows(IllegalStateException.class, clock(true, "development", "next saturday")::configure);
        assertThrows(IllegalStateException.class, clock(true, "development", "1970-01-01T00:00:00Z")::configure);
        var blank = clock(false, "production", " ");
        blank.configure();
        assertEquals(Duration.ZERO, blank.offset());
    }

    @Test
    void advancingMovesEveryProducedClockForwardAndNeverBack() {
        var clock = clock(true, "development");
        var produced = clock.clock();
        Instant before = produced.instant();
        clock.advance(Duration.ofDays(3));
        Instant after = produced.instant();
        assertTrue(!after.isBefore(before.plus(Duration.ofDays(3))), before + " -> " + after);
        assertEquals(Duration.ofDays(3), clock.offset());
        var negative = assertThrows(ProservException.class, () -> clock.advance(Duration.ofHours(-1)));
        assertEquals(ProblemCategory.VALIDATION, negative.category());
        assertEquals(Duration.ofDays(3), clock.offset());
    }

    @Test
    void nowIsTruncatedToWhatDatabasesStore() {
        assertEquals(0, clock(false, "development").now().getNano() % 1_000);
    }
}
