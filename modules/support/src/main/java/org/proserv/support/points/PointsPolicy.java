package org.proserv.support.points;

import org.proserv.kernel.time.CalendarYears;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The configurable numbers of the points terms (docs/support.md, Support points).
 *
 * @param lotLifetime     how long after purchase a lot expires (2 years)
 * @param refundWindow    how long after purchase an untouched lot may be refunded (30 days)
 * @param expiryWarning   how long before expiry the customer is warned (30 days)
 * @param zone            the support calendar's zone, in which the lot lifetime is counted
 */
public record PointsPolicy(Period lotLifetime, Duration refundWindow, Duration expiryWarning, ZoneId zone) {

    public static PointsPolicy standard() {
        return new PointsPolicy(Period.ofYears(2), Duration.ofDays(30), Duration.ofDays(30), ZoneOffset.ofHours(4));
    }

    /**
     * The lifetime added to the purchase's local date-time in the support calendar's zone, as a
     * customer reads the purchase date: a lot bought on 29 February (local) expires on 28 February,
     * at the same local time of day.
     */
    public Instant expiryOf(Instant purchasedAt) {
        return CalendarYears.plus(purchasedAt, lotLifetime, zone);
    }
}
