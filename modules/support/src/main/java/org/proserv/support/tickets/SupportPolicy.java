package org.proserv.support.tickets;

import java.time.Duration;
import org.proserv.kernel.config.ConfigDefaults;

/**
 * The configurable numbers of the support terms (docs/support.md), read from configuration by
 * {@link SupportPolicyProducer}.
 *
 * @param firstResponse business time within which the first staff answer is due (1 business day)
 * @param preCloseAfter wall time without customer feedback after which an answered ticket is pre-closed
 * @param autoCloseAfter wall time after pre-closing at which the ticket closes by itself
 * @param reopenWithin wall time after closing during which the customer may reopen
 * @param hotRushResponse business time within which each HotRush staff report is due (2 hours)
 * @param hotRushWithdrawals how many times, ever, a customer account may withdraw HotRush after assignment
 */
public record SupportPolicy(
        Duration firstResponse,
        Duration preCloseAfter,
        Duration autoCloseAfter,
        Duration reopenWithin,
        Duration hotRushResponse,
        int hotRushWithdrawals) {

    /** The terms configured by default: the support module's configuration defaults. */
    public static SupportPolicy standard() {
        ConfigDefaults defaults = ConfigDefaults.visibleTo(SupportPolicy.class);
        return new SupportPolicy(
                Duration.parse(defaults.value("proserv.support.first-response")),
                Duration.parse(defaults.value("proserv.support.pre-close-after")),
                Duration.parse(defaults.value("proserv.support.auto-close-after")),
                Duration.parse(defaults.value("proserv.support.reopen-within")),
                Duration.parse(defaults.value("proserv.support.hotrush.response")),
                Integer.parseInt(defaults.value("proserv.support.hotrush.withdrawals")));
    }

    /** The business time within which the first staff answer is due. */
    public Duration firstResponse(boolean hotRush) {
        return hotRush ? hotRushResponse : firstResponse;
    }
}
