package org.proserv.projects.billing;

import org.proserv.kernel.config.ConfigDefaults;
import org.proserv.kernel.money.Money;

/**
 * The configurable numbers of billing (docs/projects.md, Payment).
 *
 * @param singlePaymentLimit up to this total a project is paid in one part, 100% upfront (500.00 USD); quote prices are
 *     in its currency
 */
public record BillingTerms(Money singlePaymentLimit) {

    public static BillingTerms standard() {
        return new BillingTerms(Money.parse(
                ConfigDefaults.visibleTo(BillingTerms.class).value("proserv.projects.single-payment-limit")));
    }
}
