package org.proserv.support.charging;

import org.proserv.kernel.config.ConfigDefaults;
import org.proserv.kernel.money.Money;

/**
 * The configurable numbers of entitlement, read from configuration with the other support terms.
 *
 * @param hotRushMinimumPoints points a customer without subscription or urgent package needs for HotRush
 * @param standardPackagePrice price of a standard one-incident package
 * @param urgentPackagePrice price of an urgent (HotRush) one-incident package
 */
public record ChargingPolicy(int hotRushMinimumPoints, Money standardPackagePrice, Money urgentPackagePrice) {

    /** The terms configured by default: the support module's configuration defaults. */
    public static ChargingPolicy standard() {
        ConfigDefaults defaults = ConfigDefaults.visibleTo(ChargingPolicy.class);
        String currency = defaults.value("proserv.currency");
        return new ChargingPolicy(
                Integer.parseInt(defaults.value("proserv.support.hotrush.minimum-points")),
                Money.of(defaults.value("proserv.support.package.standard-price"), currency),
                Money.of(defaults.value("proserv.support.package.urgent-price"), currency));
    }

    /** What a one-incident package costs: an urgent one covers HotRush. */
    public Money packagePrice(boolean urgent) {
        return urgent ? urgentPackagePrice : standardPackagePrice;
    }
}
