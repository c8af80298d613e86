package org.proserv.installations.upgrades;

import java.util.List;

/**
 * What a customer asks for: the store's software, its current version and the target version (both known to the
 * releases catalogue, the target newer, checked before the order is made), the store's URL, its custom modifications
 * and skins, and whether the project managers should estimate re-implementing them.
 */
public record UpgradeDraft(
        String product,
        String currentVersion,
        String targetVersion,
        String storeUrl,
        List<Modification> customModifications,
        boolean reimplementationWanted) {

    public UpgradeDraft {
        customModifications = customModifications == null ? List.of() : List.copyOf(customModifications);
    }

    public record Modification(ModificationKind kind, String name, String description) {}
}
