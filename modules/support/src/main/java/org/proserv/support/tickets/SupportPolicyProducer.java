package org.proserv.support.tickets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** Reads the support terms from configuration; see server-config/CONFIGURATION.md. */
@ApplicationScoped
public class SupportPolicyProducer {

    @Inject
    @ConfigProperty(name = "proserv.support.first-response", defaultValue = "PT16H")
    Duration firstResponse;

    @Inject
    @ConfigProperty(name = "proserv.support.pre-close-after", defaultValue = "P7D")
    Duration preCloseAfter;

    @Inject
    @ConfigProperty(name = "proserv.support.auto-close-after", defaultValue = "P3D")
    Duration autoCloseAfter;

    @Inject
    @ConfigProperty(name = "proserv.support.reopen-within", defaultValue = "P14D")
    Duration reopenWithin;

    @Produces
    SupportPolicy policy() {
        return new SupportPolicy(firstResponse, preCloseAfter, autoCloseAfter, reopenWithin);
    }
}
