package org.proserv.support.tickets;

import org.proserv.kernel.money.Money;
import org.proserv.support.points.PointsPolicy;

import java.time.Duration;

/**
 * The configurable numbers of the support terms (DOMAIN.md §2), read from configuration by
 * {@link SupportPolicyProducer}.
 *
 * @param firstResponse business time within which the first staff answer is due (1 business day)
 * @param preCloseAfter  wall time without customer feedback after which an answered ticket is pre-closed
 * @param autoCloseAfter wall time after pre-closing at which the ticket closes by itself
 * @param reopenWithin   wall time after closing during which the customer may reopen
 * @param hotRushResponse business time within which each HotRush staff report is due (2 hours)
 * @param hotRushMinimumPoints points a customer without subscription or urgent package needs for HotRush
 * @param hotRushWithdrawals how many times, ever, a customer account may withdraw HotRush after assignment
 * @param standardPackagePrice price of a standard one-incident package
 * @param urgentPackagePrice   price of an urgent (HotRush) one-incident package
 */
public record SupportPolicy(Duration firstResponse, Duration preCloseAfter, Duration autoCloseAfter,
                            Duration reopenWithin, Duration hotRushResponse, int hotRushMinimumPoints,
                            int hotRushWithdrawals, Money standardPackagePrice, Money urgentPackagePrice) {

    public static SupportPolicy standard() {
        return new SupportPolicy(Duration.ofHours(16), Duration.ofDays(7), Duration.ofDays(3), Duration.ofDays(14),
                Duration.ofHours(2), 120, 3, new Money(3450, PointsPolicy.DEFAULT_CURRENCY),
                new Money(6850, PointsPolicy.DEFAULT_CURRENCY));
    }

    /** What a one-incident package costs: an urgent one covers HotRush. */
    public Money packagePrice(boolean urgent) {
        return urgent ? urgentPackagePrice : standardPackagePrice;
    }

    /** The business time within which the first staff answer is due. */
    public Duration firstResponse(boolean hotRush) {
        return hotRush ? hotRushResponse : firstResponse;
    }
}
