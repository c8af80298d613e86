package org.proserv.support.points;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import org.proserv.kernel.calendar.BusinessCalendar;
import org.proserv.kernel.config.ConfigDefaults;
import org.proserv.kernel.money.Money;
import org.proserv.kernel.time.CalendarYears;

/**
 * The configurable numbers of the points terms (docs/support.md, Support points).
 *
 * @param lotLifetime how long after purchase a lot expires (2 years)
 * @param refundWindow how long after purchase an untouched lot may be refunded (30 days)
 * @param expiryWarning how long before expiry the customer is warned (30 days)
 * @param zone the support calendar's zone, in which the lot lifetime is counted
 * @param currency the configured currency (ISO 4217) of prices that do not name one: packages, prices given in cents,
 *     the nothing paid for points granted by staff
 */
public record PointsPolicy(
        Period lotLifetime, Duration refundWindow, Duration expiryWarning, ZoneId zone, String currency) {

    public PointsPolicy {
        // a misconfigured currency is refused when the policy is made, not when a price first needs it
        Money.zero(currency);
    }

    /** The terms configured by default: the support module's defaults, in the standard calendar's zone. */
    public static PointsPolicy standard() {
        ConfigDefaults defaults = ConfigDefaults.visibleTo(PointsPolicy.class);
        return new PointsPolicy(
                Period.parse(defaults.value("proserv.points.lot-lifetime")),
                Duration.parse(defaults.value("proserv.points.refund-window")),
                Duration.parse(defaults.value("proserv.points.expiry-warning")),
                BusinessCalendar.standard().zone(),
                defaults.value("proserv.currency"));
    }

    /** A price in the configured currency's minor unit. */
    public Money price(long cents) {
        return new Money(cents, currency);
    }

    /**
     * The lifetime added to the purchase's local date-time in the support calendar's zone, as a customer reads the
     * purchase date: a lot bought on 29 February (local) expires on 28 February, at the same local time of day.
     */
    public Instant expiryOf(Instant purchasedAt) {
        return CalendarYears.plus(purchasedAt, lotLifetime, zone);
    }
}
