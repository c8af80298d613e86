package org.proserv.releases.catalog;

import org.proserv.kernel.time.CalendarYears;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The configurable numbers of the release terms (docs/releases.md, Version status), read from configuration by
 * {@link ReleasePolicyProducer}.
 *
 * @param guarantee how long after its release a version is in guarantee (bug-fix patches for it)
 * @param zone      the support calendar's zone, in which the guarantee's calendar units are counted
 */
public record ReleasePolicy(Period guarantee, ZoneId zone) {

    /** The support calendar's default zone. */
    public static final ZoneId DEFAULT_ZONE = ZoneOffset.ofHours(4);

    public ReleasePolicy {
        Objects.requireNonNull(zone, "zone");
        if (guarantee.isNegative() || guarantee.isZero()) {
            throw new IllegalArgumentException("the guarantee period must be positive, not " + guarantee);
        }
    }

    public static ReleasePolicy standard() {
        return new ReleasePolicy(Period.ofYears(1), DEFAULT_ZONE);
    }

    /** The same zone with another guarantee period. */
    public ReleasePolicy withGuarantee(Period period) {
        return new ReleasePolicy(period, zone);
    }

    /**
     * The last instant of the guarantee of a version released at this instant: the period added to
     * the release's local date-time in the calendar's zone (29 February + 1 year = 28 February).
     */
    public Instant guaranteeEndsAt(Instant releasedAt) {
        return CalendarYears.plus(releasedAt, guarantee, zone);
    }
}
