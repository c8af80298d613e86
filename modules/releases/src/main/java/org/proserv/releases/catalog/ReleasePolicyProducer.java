package org.proserv.releases.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.Period;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the release terms from configuration; see server-config/CONFIGURATION.md. */
@ApplicationScoped
public class ReleasePolicyProducer {

    @Inject
    @ConfigProperty(name = "proserv.releases.guarantee")
    String guarantee;

    /** The support calendar's zone: the guarantee's calendar units are counted there, as every business rule. */
    @Inject
    @ConfigProperty(name = "proserv.calendar.zone")
    String zone;

    @Produces
    ReleasePolicy policy() {
        Period period;
        try {
            period = Period.parse(guarantee.trim());
        } catch (DateTimeException e) {
            throw new IllegalStateException(
                    "proserv.releases.guarantee must be an ISO-8601 period such as P1Y, not " + guarantee, e);
        }
        try {
            return new ReleasePolicy(period, ZoneId.of(zone.trim()));
        } catch (DateTimeException e) {
            throw new IllegalStateException(
                    "proserv.calendar.zone must be a zone id or offset such as +04:00, not " + zone, e);
        }
    }
}
