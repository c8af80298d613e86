package org.proserv.releases.api;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.proserv.kernel.error.ProservException;
import org.proserv.releases.catalog.Catalog;
import org.proserv.releases.catalog.ProductVersion;
import org.proserv.releases.patches.Patches;
import org.proserv.releases.patches.UpgradePack;

/**
 * Upgrade packs for other contexts, by the public names of a product and its versions: whether a version is known,
 * whether a target is newer than a current version, and the pack between them (the same pack the releases API answers),
 * as records.
 */
@Stateless
public class UpgradePacks {

    @EJB
    Catalog catalog;

    @EJB
    Patches patches;

    /** Whether the catalogue knows this version of this product. */
    public boolean isKnown(String product, String version) {
        return catalog.statusOf(product, version).isPresent();
    }

    /** Whether both versions are known and {@code target} is newer than {@code current}. */
    public boolean isNewer(String product, String current, String target) {
        return catalog.byName(product)
                .flatMap(p -> p.versions().stream()
                        .filter(v -> v.name().equals(current))
                        .findFirst()
                        .flatMap(from -> p.versions().stream()
                                .filter(v -> v.name().equals(target))
                                .findFirst()
                                .map(to -> UpgradePack.isUpgrade(from, to))))
                .orElse(false);
    }

    /**
     * Refuses with a 400 problem naming the field: a product the catalogue does not know ({@code productField}), a
     * current or target version it does not know (with the versions there are), or a target that is not newer than the
     * current version ({@code targetField}).
     */
    public void requireUpgrade(
            String productField,
            String product,
            String currentField,
            String current,
            String targetField,
            String target) {
        catalog.requireKnownVersion(productField, product, currentField, current);
        catalog.requireKnownVersion(productField, product, targetField, target);
        if (!isNewer(product, current, target)) {
            throw ProservException.invalid(targetField, "must be a version newer than " + current)
                    .with("rule", "target-not-newer");
        }
    }

    /** The pack from {@code current} to {@code target}; 400 as {@link #requireUpgrade} says when there is none. */
    public UpgradePackRecord pack(String product, String current, String target) {
        requireUpgrade("product", product, "currentVersion", current, "targetVersion", target);
        long productId = catalog.requireKnownProduct("product", product).id();
        return record(product, patches.upgradePack(productId, current, target));
    }

    static UpgradePackRecord record(String product, UpgradePack pack) {
        return new UpgradePackRecord(
                product,
                pack.from().name(),
                pack.to().name(),
                pack.versions().stream().map(ProductVersion::name).toList(),
                pack.patches().stream()
                        .map(e -> new UpgradePackRecord.PatchRecord(
                                e.patch().id(),
                                e.patch().title(),
                                e.patch().kind().name(),
                                e.patch().severity().map(Enum::name).orElse(null),
                                e.patch().manualOnly(),
                                e.patch().releasedAt(),
                                e.versions().stream().map(ProductVersion::name).toList()))
                        .toList());
    }
}
