package org.proserv.installations.orders;

import org.proserv.kernel.config.ConfigDefaults;
import org.proserv.kernel.money.Money;

/**
 * The configurable numbers of the installation services (docs/installations.md), read from configuration by
 * {@link InstallationTermsProducer}.
 *
 * @param installationPoints what the installation service costs in support points
 * @param installationPrice what it costs by invoice
 * @param thirdPartyMinimumPoints the lowest price in points staff may set for a third-party installation
 */
public record InstallationTerms(int installationPoints, Money installationPrice, int thirdPartyMinimumPoints) {

    public InstallationTerms {
        if (installationPoints <= 0) {
            throw new IllegalArgumentException("the installation service costs a positive number of points");
        }
        if (installationPrice.cents() <= 0) {
            throw new IllegalArgumentException("the installation service has a positive price");
        }
        if (thirdPartyMinimumPoints <= 0) {
            throw new IllegalArgumentException("the third-party minimum is a positive number of points");
        }
    }

    /** The terms configured by default. */
    public static InstallationTerms standard() {
        ConfigDefaults defaults = ConfigDefaults.visibleTo(InstallationTerms.class);
        return of(
                defaults.value("proserv.installations.installation-points"),
                defaults.value("proserv.installations.installation-price"),
                defaults.value("proserv.currency"),
                defaults.value("proserv.installations.third-party-min-points"));
    }

    static InstallationTerms of(String points, String price, String currency, String minimum) {
        return new InstallationTerms(
                Integer.parseInt(points.trim()),
                Money.of(price.trim(), currency.trim()),
                Integer.parseInt(minimum.trim()));
    }
}
