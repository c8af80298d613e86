package org.proserv.kernel.time;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;

/**
 * The one source of "now" for every rule and timer. It produces a {@link Clock} for injection.
 *
 * <p>Black-box tests need to move time forward to see timers act without sleeping. That is what the test switch is for:
 * with {@code proserv.test-clock.enabled=true} an administrator may shift the clock forward, and
 * {@code proserv.test-clock.start} makes the clock start at a given instant (then run on from it), so a test run does
 * not depend on the day or hour it happens to run. The switch is refused outright when
 * {@code proserv.environment=production}, and a start instant is refused without the switch, so a production node can
 * never run on shifted time.
 */
@ApplicationScoped
public class ApplicationClock {

    @Inject
    @ConfigProperty(name = "proserv.test-clock.enabled")
    boolean testClockEnabled;

    @Inject
    @ConfigProperty(name = "proserv.environment")
    String environment;

    /** Where this node's time starts, for a test run pinned to an instant (an ISO-8601 instant with offset). */
    @Inject
    @ConfigProperty(name = "proserv.test-clock.start")
    Optional<String> start;

    /** About a century: far enough for any test, near enough that dates stay in every database's range. */
    static final Duration MAX_OFFSET = Duration.ofDays(36_500);

    private static final Instant EARLIEST_START = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST_START = Instant.parse("2100-01-01T00:00:00Z");

    private volatile Duration offset = Duration.ZERO;

    @PostConstruct
    void configure() {
        if (testClockEnabled && "production".equalsIgnoreCase(environment)) {
            throw new IllegalStateException(
                    "proserv.test-clock.enabled=true is not allowed with proserv.environment=production");
        }
        if (start.isPresent() && !start.get().isBlank()) {
            if (!testClockEnabled) {
                throw new IllegalStateException("proserv.test-clock.start needs proserv.test-clock.enabled=true");
            }
            offset = Duration.between(Instant.now(), parseStart(start.get().strip()));
        }
    }

    private static Instant parseStart(String value) {
        try {
            Instant instant = OffsetDateTime.parse(value).toInstant();
            if (instant.isBefore(EARLIEST_START) || instant.isAfter(LATEST_START)) {
                throw new IllegalStateException("proserv.test-clock.start must lie between " + EARLIEST_START + " and "
                        + LATEST_START + ", not " + value);
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    "proserv.test-clock.start must be an ISO-8601 instant with offset"
                            + " (e.g. 2026-03-07T23:30:00+04:00), not " + value,
                    e);
        }
    }

    /** Reads the configuration when the application starts, so a refused setting stops the deployment. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // observing is enough: it makes the container create this bean, and so run configure(), now
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
            throw ProservException.invalid(
                    "by", "would move the clock more than " + MAX_OFFSET.toDays() + " days ahead");
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
