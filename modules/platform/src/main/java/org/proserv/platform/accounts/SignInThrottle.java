package org.proserv.platform.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;

/**
 * Slows down password guessing: after a few failed sign-ins for one username, or from one client address, each further
 * attempt must wait, twice as long after every failure up to a small cap. The cap keeps an attacker from locking the
 * real user out for long; a successful sign-in clears the username's and the address's failures. Failures are forgotten
 * after a quiet period.
 *
 * <p>The state lives in this object, so on a cluster each node throttles on its own: an attacker spreading attempts
 * over n nodes gets at most n times the budget.
 */
public final class SignInThrottle {

    /**
     * @param usernameFailures failures for one username before attempts are delayed
     * @param addressFailures failures from one client address before attempts are delayed
     * @param firstDelay the delay after the first failure beyond those allowed; doubled each time
     * @param maxDelay the longest delay
     * @param forgetAfter failures older than this (since the last one) are forgotten
     */
    public record Policy(
            int usernameFailures, int addressFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {
        public Policy {
            if (usernameFailures < 1 || addressFailures < 1) {
                throw new IllegalArgumentException("at least one failure must be allowed");
            }
            if (firstDelay.isNegative()
                    || firstDelay.isZero()
                    || maxDelay.compareTo(firstDelay) < 0
                    || forgetAfter.compareTo(maxDelay) < 0) {
                throw new IllegalArgumentException("expected 0 < firstDelay <= maxDelay <= forgetAfter");
            }
        }
    }

    /** Entries beyond this many are pruned of forgotten ones, so a flood of names cannot grow the map for ever. */
    private static final int PRUNE_ABOVE = 10_000;

    private record Failures(int count, Instant last, Instant blockedUntil) {}

    private final Clock clock;
    private final Policy policy;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock, Policy policy) {
        this.clock = clock;
        this.policy = policy;
    }

    /** How long this attempt must wait before it is even checked; empty when it may go ahead now. */
    public Optional<Duration> waitBefore(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(blockedUntil(userKey(username), now), blockedUntil(addressKey(address), now));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Refuses the attempt with 429 and the seconds to wait ({@code retryAfter}) while it must wait. */
    public void refuseIfThrottled(String username, String address, String what) {
        waitBefore(username, address).ifPresent(wait -> {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new ProservException(
                            ProblemCategory.TOO_MANY_REQUESTS,
                            "Too many failed " + what + "; try again in " + seconds + " s")
                    .with("retryAfter", seconds);
        });
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        record(userKey(username), policy.usernameFailures(), now);
        record(addressKey(address), policy.addressFailures(), now);
        if (failures.size() > PRUNE_ABOVE) {
            failures.entrySet().removeIf(e -> forgotten(e.getValue(), now));
        }
    }

    public void succeeded(String username, String address) {
        failures.remove(userKey(username));
        failures.remove(addressKey(address));
    }

    private void record(String key, int allowed, Instant now) {
        failures.compute(key, (k, before) -> {
            int count = before == null || forgotten(before, now) ? 1 : before.count() + 1;
            return new Failures(count, now, count <= allowed ? now : now.plus(delay(count - allowed)));
        });
    }

    /** firstDelay * 2^(excess - 1), capped. */
    private Duration delay(int excess) {
        Duration delay = policy.firstDelay();
        for (int i = 1; i < excess && delay.compareTo(policy.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : delay;
    }

    private boolean forgotten(Failures f, Instant now) {
        return !f.last().plus(policy.forgetAfter()).isAfter(now);
    }

    private Instant blockedUntil(String key, Instant now) {
        Failures f = failures.get(key);
        return f == null || forgotten(f, now) ? now : f.blockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String userKey(String username) {
        return "user:" + username.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
