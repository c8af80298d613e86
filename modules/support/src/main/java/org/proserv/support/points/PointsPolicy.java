package org.proserv.support.points;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * The configurable numbers of the points terms (docs/support.md, Support points).
 *
 * @param lotLifetime     how long after purchase a lot expires (2 years)
 * @param refundWindow    how long after purchase an untouched lot may be refunded (30 days)
 * @param expiryWarning   how long before expiry the customer is warned (30 days)
 */
public record PointsPolicy(Period lotLifetime, Duration refundWindow, Duration expiryWarning) {

    public static PointsPolicy standard() {
        return new PointsPolicy(Period.ofYears(2), Duration.ofDays(30), Duration.ofDays(30));
    }

    /** Calendar years in UTC: a lot bought on 29 February expires on 28 February. */
    public Instant expiryOf(Instant purchasedAt) {
        return purchasedAt.atZone(ZoneOffset.UTC).plus(lotLifetime).toInstant();
    }
}
