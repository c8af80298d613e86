package org.proserv.releases.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.DateTimeException;
import java.time.Period;

/** Reads the release terms from configuration; see server-config/CONFIGURATION.md. */
@ApplicationScoped
public class ReleasePolicyProducer {

    @Inject
    @ConfigProperty(name = "proserv.releases.guarantee", defaultValue = "P1Y")
    String guarantee;

    @Produces
    ReleasePolicy policy() {
        try {
            return new ReleasePolicy(Period.parse(guarantee.trim()));
        } catch (DateTimeException e) {
            throw new IllegalStateException("proserv.releases.guarantee must be an ISO-8601 period such as P1Y, not "
                    + guarantee, e);
        }
    }
}
