package org.proserv.support.tickets;

import java.time.Duration;

/**
 * The configurable numbers of the support terms (docs/support.md), read from configuration by
 * {@link SupportPolicyProducer}.
 *
 * @param firstResponse business time within which the first staff answer is due (1 business day)
 * @param preCloseAfter  wall time without customer feedback after which an answered ticket is pre-closed
 * @param autoCloseAfter wall time after pre-closing at which the ticket closes by itself
 * @param reopenWithin   wall time after closing during which the customer may reopen
 * @param hotRushResponse business time within which each HotRush staff report is due (2 hours)
 * @param hotRushMinimumPoints points a customer without subscription or urgent package needs for HotRush
 * @param hotRushWithdrawals how many times, ever, a customer account may withdraw HotRush after assignment
 * @param standardPackageCents price of a standard one-incident package (USD cents)
 * @param urgentPackageCents   price of an urgent (HotRush) one-incident package (USD cents)
 */
public record SupportPolicy(Duration firstResponse, Duration preCloseAfter, Duration autoCloseAfter,
                            Duration reopenWithin, Duration hotRushResponse, int hotRushMinimumPoints,
                            int hotRushWithdrawals, long standardPackageCents, long urgentPackageCents) {

    public static SupportPolicy standard() {
        return new SupportPolicy(Duration.ofHours(16), Duration.ofDays(7), Duration.ofDays(3), Duration.ofDays(14),
                Duration.ofHours(2), 120, 3, 3450, 6850);
    }

    /** The business time within which the first staff answer is due. */
    public Duration firstResponse(boolean hotRush) {
        return hotRush ? hotRushResponse : firstResponse;
    }
}
