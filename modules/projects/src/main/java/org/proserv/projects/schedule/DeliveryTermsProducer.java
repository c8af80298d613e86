package org.proserv.projects.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.Period;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the delivery terms from configuration; see server-config/CONFIGURATION.md. */
@ApplicationScoped
public class DeliveryTermsProducer {

    @Inject
    @ConfigProperty(name = "proserv.projects.guarantee")
    String guarantee;

    @Inject
    @ConfigProperty(name = "proserv.calendar.zone")
    String zone;

    @Produces
    DeliveryTerms terms() {
        Period period;
        try {
            period = Period.parse(guarantee.trim());
        } catch (DateTimeException e) {
            throw new IllegalStateException(
                    "proserv.projects.guarantee must be an ISO-8601 period such as P6M, not " + guarantee, e);
        }
        try {
            return new DeliveryTerms(period, ZoneId.of(zone.trim()));
        } catch (DateTimeException e) {
            throw new IllegalStateException(
                    "proserv.calendar.zone must be a zone id or offset such as +04:00, not " + zone, e);
        }
    }
}
