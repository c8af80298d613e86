package org.proserv.installations.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the installation terms from configuration; see server-config/CONFIGURATION.md. */
@ApplicationScoped
public class InstallationTermsProducer {

    @Inject
    @ConfigProperty(name = "proserv.installations.installation-points")
    String installationPoints;

    @Inject
    @ConfigProperty(name = "proserv.installations.installation-price")
    String installationPrice;

    /** The currency of prices that do not name one (support's key, shared by every context). */
    @Inject
    @ConfigProperty(name = "proserv.currency")
    String currency;

    @Inject
    @ConfigProperty(name = "proserv.installations.third-party-min-points")
    String thirdPartyMinimumPoints;

    @Produces
    InstallationTerms terms() {
        try {
            return InstallationTerms.of(installationPoints, installationPrice, currency, thirdPartyMinimumPoints);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "proserv.installations.installation-points and third-party-min-points must be positive whole"
                            + " numbers and installation-price a positive amount such as 150.00, not "
                            + installationPoints + ", " + thirdPartyMinimumPoints + ", " + installationPrice,
                    e);
        }
    }
}
