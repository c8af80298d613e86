package org.proserv.installations.upgrades;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the upgrade terms from configuration; see server-config/CONFIGURATION.md. */
@ApplicationScoped
public class UpgradeTermsProducer {

    @Inject
    @ConfigProperty(name = UpgradeTerms.GATE_REMINDER_AFTER)
    String gateReminderAfter;

    @Produces
    UpgradeTerms upgradeTerms() {
        return new UpgradeTerms(Duration.parse(gateReminderAfter));
    }
}
