package org.proserv.projects.schedule;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import org.proserv.kernel.calendar.BusinessCalendar;
import org.proserv.kernel.config.ConfigDefaults;
import org.proserv.kernel.time.CalendarYears;

/**
 * The configurable numbers of delivery (docs/projects.md, Guarantee), read from configuration by
 * {@link DeliveryTermsProducer}.
 *
 * @param guarantee how long after the project's approval delivered work is guaranteed
 *     ({@code proserv.projects.guarantee})
 * @param zone the support calendar's zone, in which the period's calendar units are counted
 */
public record DeliveryTerms(Period guarantee, ZoneId zone) {

    public DeliveryTerms {
        Objects.requireNonNull(zone, "zone");
        if (guarantee.isNegative() || guarantee.isZero()) {
            throw new IllegalArgumentException("the guarantee period must be positive, not " + guarantee);
        }
    }

    /** The terms configured by default: the projects module's defaults, in the standard calendar's zone. */
    public static DeliveryTerms standard() {
        ConfigDefaults defaults = ConfigDefaults.visibleTo(DeliveryTerms.class);
        return new DeliveryTerms(
                Period.parse(defaults.value("proserv.projects.guarantee")),
                BusinessCalendar.standard().zone());
    }

    /**
     * The last instant of the guarantee of a project approved at this instant: the period added to the approval's local
     * date-time in the calendar's zone (31 August + 6 months = 28 or 29 February).
     */
    public Instant guaranteeEndsAt(Instant approvedAt) {
        return CalendarYears.plus(approvedAt, guarantee, zone);
    }
}
