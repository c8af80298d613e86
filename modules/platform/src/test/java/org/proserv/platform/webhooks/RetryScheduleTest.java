package org.proserv.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Optional<Duration> NO_RETRY_AFTER = Optional.empty();

    @Test
    void afterEachFailureTheNextAttemptFollowsTheStandardSchedule() {
        List<Duration> expected = List.of(
                Duration.ofSeconds(5),
                Duration.ofMinutes(5),
                Duration.ofMinutes(30),
                Duration.ofHours(2),
                Duration.ofHours(5),
                Duration.ofHours(10),
                Duration.ofHours(14),
                Duration.ofHours(20),
                Duration.ofHours(24));
        for (int failed = 1; failed <= expected.size(); failed++) {
            assertEquals(
                    expected.get(failed - 1),
                    RetrySchedule.delayAfter(failed, () -> 0.0, NO_RETRY_AFTER).orElseThrow());
        }
    }

    @Test
    void theTenthFailedAttemptIsTheLast() {
        assertEquals(10, RetrySchedule.ATTEMPTS);
        assertTrue(RetrySchedule.delayAfter(9, () -> 0.0, NO_RETRY_AFTER).isPresent());
        assertTrue(RetrySchedule.delayAfter(10, () -> 0.0, NO_RETRY_AFTER).isEmpty());
    }

    @Test
    void jitterStretchesADelayByUpToATenthAndNeverShortensIt() {
        for (int failed = 1; failed < RetrySchedule.ATTEMPTS; failed++) {
            Duration base = RetrySchedule.DELAYS.get(failed - 1);
            Duration most = RetrySchedule.delayAfter(failed, () -> 0.999999, NO_RETRY_AFTER)
                    .orElseThrow();
            Duration half =
                    RetrySchedule.delayAfter(failed, () -> 0.5, NO_RETRY_AFTER).orElseThrow();
            assertTrue(most.compareTo(base) > 0 && most.compareTo(base.plus(base.dividedBy(10))) <= 0, "" + most);
            assertEquals(base.plus(base.dividedBy(20)), half);
        }
    }

    @Test
    void aLaterRetryAfterPostponesTheRetryAndAnEarlierOneDoesNotBringItForward() {
        assertEquals(
                Duration.ofMinutes(1),
                RetrySchedule.delayAfter(1, () -> 0.0, Optional.of(Duration.ofMinutes(1)))
                        .orElseThrow());
        assertEquals(
                Duration.ofMinutes(5),
                RetrySchedule.delayAfter(2, () -> 0.0, Optional.of(Duration.ofSeconds(1)))
                        .orElseThrow());
    }

    @Test
    void retryAfterIsReadInSecondsOrAsAnHttpDateOnlyOn429And503() {
        var now = Instant.parse("2026-03-04T07:00:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(120)), SendResult.retryAfter(429, Optional.of("120"), now));
        assertEquals(
                Optional.of(Duration.ofMinutes(10)),
                SendResult.retryAfter(503, Optional.of("Wed, 04 Mar 2026 07:10:00 GMT"), now));
        assertEquals(Optional.empty(), SendResult.retryAfter(500, Optional.of("120"), now));
        assertEquals(Optional.empty(), SendResult.retryAfter(429, Optional.of("soon"), now));
        assertEquals(Optional.empty(), SendResult.retryAfter(429, Optional.empty(), now));
    }
}
