package org.proserv.releases.catalog;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import org.proserv.kernel.calendar.BusinessCalendar;
import org.proserv.kernel.config.ConfigDefaults;
import org.proserv.kernel.time.CalendarYears;

/**
 * The configurable numbers of the release terms (docs/releases.md, Version status), read from configuration by
 * {@link ReleasePolicyProducer}.
 *
 * @param guarantee how long after its release a version is in guarantee (bug-fix patches for it)
 * @param zone the support calendar's zone, in which the guarantee's calendar units are counted
 */
public record ReleasePolicy(Period guarantee, ZoneId zone) {

    public ReleasePolicy {
        Objects.requireNonNull(zone, "zone");
        if (guarantee.isNegative() || guarantee.isZero()) {
            throw new IllegalArgumentException("the guarantee period must be positive, not " + guarantee);
        }
    }

    /** The terms configured by default: the releases module's defaults, in the standard calendar's zone. */
    public static ReleasePolicy standard() {
        ConfigDefaults defaults = ConfigDefaults.visibleTo(ReleasePolicy.class);
        return new ReleasePolicy(
                Period.parse(defaults.value("proserv.releases.guarantee")),
                BusinessCalendar.standard().zone());
    }

    /** The same zone with another guarantee period. */
    public ReleasePolicy withGuarantee(Period period) {
        return new ReleasePolicy(period, zone);
    }

    /**
     * The last instant of the guarantee of a version released at this instant: the period added to the release's local
     * date-time in the calendar's zone (29 February + 1 year = 28 February).
     */
    public Instant guaranteeEndsAt(Instant releasedAt) {
        return CalendarYears.plus(releasedAt, guarantee, zone);
    }
}
