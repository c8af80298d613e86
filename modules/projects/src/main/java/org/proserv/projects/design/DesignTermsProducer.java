package org.proserv.projects.design;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the design terms from configuration; see server-config/CONFIGURATION.md. */
@ApplicationScoped
public class DesignTermsProducer {

    @Inject
    @ConfigProperty(name = "proserv.projects.design.sketch-sets")
    int sketchSets;

    @Inject
    @ConfigProperty(name = "proserv.projects.design.min-images")
    int minImages;

    @Inject
    @ConfigProperty(name = "proserv.projects.design.max-images")
    int maxImages;

    @Produces
    DesignTerms designTerms() {
        return new DesignTerms(sketchSets, minImages, maxImages);
    }
}
