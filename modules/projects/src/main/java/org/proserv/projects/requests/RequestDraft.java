package org.proserv.projects.requests;

import java.util.List;

/**
 * What a request for a quote says, as the customer (or staff for them) gives it. The store's software and version are
 * names the releases catalogue knows.
 */
public record RequestDraft(
        RequestKind kind,
        String title,
        String desiredFeatures,
        String workflows,
        List<String> integrationManuals,
        String storeUrl,
        String product,
        String productVersion,
        List<String> similarSites,
        List<String> otherPrograms,
        List<Customization> earlierCustomizations) {

    /** An earlier customization: by whom, and what. */
    public record Customization(String by, String what) {}

    public RequestDraft {
        integrationManuals = integrationManuals == null ? List.of() : List.copyOf(integrationManuals);
        similarSites = similarSites == null ? List.of() : List.copyOf(similarSites);
        otherPrograms = otherPrograms == null ? List.of() : List.copyOf(otherPrograms);
        earlierCustomizations = earlierCustomizations == null ? List.of() : List.copyOf(earlierCustomizations);
    }
}
