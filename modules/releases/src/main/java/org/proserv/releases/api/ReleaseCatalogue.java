package org.proserv.releases.api;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.proserv.releases.catalog.Catalog;
import org.proserv.releases.catalog.VersionStatuses;

/**
 * The releases catalogue as other contexts see it: products and versions by their public names (as a licence, a ticket
 * or a request for a quote names them), answered in strings and records.
 */
@Stateless
public class ReleaseCatalogue {

    @EJB
    Catalog catalog;

    /** Whether the catalogue knows this version of this product. */
    public boolean isKnown(String product, String version) {
        return catalog.statusOf(product, version).isPresent();
    }

    /** The product's version names, newest first; empty for a product the catalogue does not know. */
    public List<String> versions(String product) {
        return catalog.byName(product)
                .map(p -> catalog.statuses(p).newestFirst().stream()
                        .map(VersionStatuses.State::name)
                        .toList())
                .orElse(List.of());
    }

    /**
     * Refuses, with a 400 problem naming {@code productField} or {@code versionField} and listing the versions there
     * are, a product or version the catalogue does not know.
     */
    public void requireKnown(String productField, String product, String versionField, String version) {
        catalog.requireKnownVersion(productField, product, versionField, version);
    }
}
