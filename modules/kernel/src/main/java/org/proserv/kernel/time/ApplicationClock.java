package org.proserv.kernel.time;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one source of "now" for every rule and timer. It produces a {@link Clock} for injection.
 *
 * <p>Black-box tests need to move time forward to see timers act without sleeping. That is what
 * the test switch is for: with {@code proserv.test-clock.enabled=true} an administrator may shift
 * the clock forward. The switch is refused outright when {@code proserv.environment=production},
 * so a production node can never run on shifted time.
 */
@ApplicationScoped
public class ApplicationClock {

    @Inject
    @ConfigProperty(name = "proserv.test-clock.enabled", defaultValue = "false")
    boolean testClockEnabled;

    @Inject
    @ConfigProperty(name = "proserv.environment", defaultValue = "development")
    String environment;

    /** About a century: far enough for any test, near enough that dates stay in every database's range. */
    static final Duration MAX_OFFSET = Duration.ofDays(36_500);

    private volatile Duration offset = Duration.ZERO;

    @PostConstruct
    void refuseTestClockInProduction() {
        if (testClockEnabled && "production".equalsIgnoreCase(environment)) {
            throw new IllegalStateException(
                    "proserv.test-clock.enabled=true is not allowed with proserv.environment=production");
        }
    }

    @Produces
    public Clock clock() {
        return new ShiftedClock(this);
    }

    /** Now, to the microsecond: the precision both databases store, so a saved instant reads back equal. */
    public Instant now() {
        return Instant.now().plus(offset).truncatedTo(ChronoUnit.MICROS);
    }

    public boolean testClockEnabled() {
        return testClockEnabled;
    }

    public Duration offset() {
        return offset;
    }

    /** Moves this node's time forward; only with the test switch on. Time never goes back. */
    public synchronized Instant advance(Duration by) {
        if (!testClockEnabled) {
            throw new ProservException(ProblemCategory.NOT_FOUND, "The test clock is not enabled on this server");
        }
        if (by.isNegative()) {
            throw ProservException.invalid("by", "must not be negative: time only moves forward");
        }
        if (offset.plus(by).compareTo(MAX_OFFSET) > 0) {
            throw ProservException.invalid("by", "would move the clock more than " + MAX_OFFSET.toDays() + " days ahead");
        }
        offset = offset.plus(by);
        return now();
    }

    /** A clock that reads the application clock's current offset on every call. */
    private static final class ShiftedClock extends Clock {
        private final ApplicationClock source;
        private final ZoneId zone;

        ShiftedClock(ApplicationClock source) {
            this(source, ZoneOffset.UTC);
        }

        private ShiftedClock(ApplicationClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new ShiftedClock(source, newZone);
        }

        @Override
        public Instant instant() {
            return source.now();
        }
    }
}
