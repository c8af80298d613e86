package org.proserv.platform.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: the Standard Webhooks schedule, the first attempt at once, then 5 s, 5 min, 30
 * min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h after each failure, ten attempts in all. Each delay is stretched by a random
 * jitter of up to a tenth, never shortened, so receivers that fail together are not all retried at once. A receiver's
 * {@code Retry-After} (on 429 or 503) postpones the retry further, never brings it forward.
 */
public final class RetrySchedule {

    static final List<Duration> DELAYS = List.of(
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(5),
            Duration.ofHours(10),
            Duration.ofHours(14),
            Duration.ofHours(20),
            Duration.ofHours(24));

    /** Attempts a delivery gets, the first included. */
    public static final int ATTEMPTS = DELAYS.size() + 1;

    static final double MAX_JITTER = 0.1;

    private RetrySchedule() {}

    /**
     * @param failedAttempts attempts made so far, all failed (1 after the first)
     * @param random a number in [0, 1)
     * @param retryAfter what the receiver asked for, if it did
     * @return how long to wait before the next attempt, or empty when the delivery is out of attempts
     */
    public static Optional<Duration> delayAfter(
            int failedAttempts, DoubleSupplier random, Optional<Duration> retryAfter) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("a retry follows a failed attempt");
        }
        if (failedAttempts >= ATTEMPTS) {
            return Optional.empty();
        }
        Duration base = DELAYS.get(failedAttempts - 1);
        long jitterMillis = (long) (base.toMillis() * MAX_JITTER * random.getAsDouble());
        Duration delay = base.plusMillis(jitterMillis);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(delay) > 0) {
            delay = retryAfter.get();
        }
        return Optional.of(delay);
    }
}
