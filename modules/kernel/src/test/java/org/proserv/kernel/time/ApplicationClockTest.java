package org.proserv.kernel.time;

import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationClockTest {

    private static ApplicationClock clock(boolean testClock, String environment) {
        var clock = new ApplicationClock();
        clock.testClockEnabled = testClock;
        clock.environment = environment;
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
        assertThrows(IllegalStateException.class, clock::refuseTestClockInProduction);
        clock(false, "production").refuseTestClockInProduction();
        clock(true, "development").refuseTestClockInProduction();
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
