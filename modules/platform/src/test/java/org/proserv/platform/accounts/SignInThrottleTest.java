package org.proserv.platform.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Failed sign-ins slow further attempts, exponentially up to a cap; time comes from a clock the test moves. */
class SignInThrottleTest {

    private static final String HOME = "192.0.2.10";
    private static final String ATTACKER = "198.51.100.7";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T10:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(
            clock,
            new SignInThrottle.Policy(3, 10, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofMinutes(15)));

    @Test
    void aFewFailuresAreFreeThenEachWaitDoublesUpToTheCap() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), throttle.waitBefore("alice", ATTACKER));
            throttle.failed("alice", ATTACKER);
        }
        assertEquals(Optional.empty(), throttle.waitBefore("alice", ATTACKER), "three failures allowed");

        Duration[] expected = {seconds(1), seconds(2), seconds(4), seconds(8), seconds(8), seconds(8)};
        for (Duration wait : expected) {
            throttle.failed("alice", ATTACKER);
            assertEquals(Optional.of(wait), throttle.waitBefore("alice", ATTACKER));
            clock.advance(wait);
            assertEquals(Optional.empty(), throttle.waitBefore("alice", ATTACKER), "free again after " + wait);
        }
    }

    @Test
    void twoHundredGuessesTakeFarLongerThanTwelveSeconds() {
        Duration waited = Duration.ZERO;
        for (int i = 0; i < 200; i++) {
            var wait = throttle.waitBefore("alice", ATTACKER);
            if (wait.isPresent()) {
                waited = waited.plus(wait.get());
                clock.advance(wait.get());
            }
            throttle.failed("alice", ATTACKER);
        }
        assertTrue(waited.compareTo(Duration.ofMinutes(20)) > 0, "waited only " + waited);
    }

    @Test
    void theUsernameIsThrottledWhateverItsCaseAndFromEveryAddressButOnlyUpToTheCap() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("Alice", ATTACKER);
        }

        var wait = throttle.waitBefore("alice", HOME).orElseThrow();
        assertTrue(wait.compareTo(seconds(8)) <= 0, "the real user waits at most the cap: " + wait);
        clock.advance(wait);
        assertEquals(Optional.empty(), throttle.waitBefore("alice", HOME));
    }

    @Test
    void oneAddressTryingManyUsernamesIsThrottled() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("user" + i, ATTACKER);
        }
        assertEquals(Optional.empty(), throttle.waitBefore("user99", ATTACKER), "ten failures allowed per address");

        throttle.failed("user10", ATTACKER);

        assertEquals(Optional.of(seconds(1)), throttle.waitBefore("user99", ATTACKER));
        assertEquals(Optional.empty(), throttle.waitBefore("user99", HOME), "other addresses are not slowed");
    }

    @Test
    void aSuccessClearsTheUsernameAndTheAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("alice", HOME);
        }
        assertTrue(throttle.waitBefore("alice", HOME).isPresent());
        clock.advance(throttle.waitBefore("alice", HOME).get());

        throttle.succeeded("alice", HOME);
        throttle.failed("alice", HOME);

        assertEquals(Optional.empty(), throttle.waitBefore("alice", HOME), "counting starts again");
    }

    @Test
    void failuresAreForgottenAfterAQuietPeriod() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("alice", ATTACKER);
        }
        clock.advance(Duration.ofMinutes(15));

        throttle.failed("alice", ATTACKER);

        assertEquals(Optional.empty(), throttle.waitBefore("alice", ATTACKER));
    }

    private static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
