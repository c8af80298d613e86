package org.proserv.support.charging;

import org.proserv.kernel.money.Money;

/**
 * The configurable numbers of entitlement, read from configuration with the other support terms.
 *
 * @param hotRushMinimumPoints points a customer without subscription or urgent package needs for HotRush
 * @param standardPackagePrice price of a standard one-incident package
 * @param urgentPackagePrice   price of an urgent (HotRush) one-incident package
 */
public record ChargingPolicy(int hotRushMinimumPoints, Money standardPackagePrice, Money urgentPackagePrice) {

    /** The default terms, in the default currency. */
    public static ChargingPolicy standard(String currency) {
        return new ChargingPolicy(120, new Money(3450, currency), new Money(6850, currency));
    }

    /** What a one-incident package costs: an urgent one covers HotRush. */
    public Money packagePrice(boolean urgent) {
        return urgent ? urgentPackagePrice : standardPackagePrice;
    }
}
