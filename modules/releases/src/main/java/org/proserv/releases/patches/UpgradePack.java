package org.proserv.releases.patches;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proserv.kernel.error.ProservException;
import org.proserv.releases.catalog.ProductVersion;

/**
 * An upgrade pack from version {@code from} to {@code to}: every patch released for the versions after {@code from} up
 * to and including {@code to} (docs/releases.md, Upgrade packs), each once, ordered by the first of those versions it
 * applies to, then by release date and id.
 */
public record UpgradePack(ProductVersion from, ProductVersion to, List<ProductVersion> versions, List<Entry> patches) {

    /** A patch of the pack, with the versions of the range it was released for. */
    public record Entry(Patch patch, List<ProductVersion> versions) {}

    public int total() {
        return patches.size();
    }

    /** Whether {@code to} is a version newer than {@code from}: the only direction a pack goes. */
    public static boolean isUpgrade(ProductVersion from, ProductVersion to) {
        return ProductVersion.ORDER.compare(to, from) > 0;
    }

    /**
     * The versions of the product a pack from {@code from} to {@code to} covers, oldest first; 400 unless to is newer.
     */
    public static List<ProductVersion> range(
            Collection<ProductVersion> productVersions, ProductVersion from, ProductVersion to) {
        if (!isUpgrade(from, to)) {
            throw ProservException.invalid("to", "must be a version newer than " + from.name());
        }
        return productVersions.stream()
                .filter(v -> ProductVersion.ORDER.compare(v, from) > 0 && ProductVersion.ORDER.compare(v, to) <= 0)
                .sorted(ProductVersion.ORDER)
                .toList();
    }

    /**
     * Assembles the pack from (patch, version it applies to) pairs; pairs for versions outside the range are left out.
     */
    public static UpgradePack assemble(
            Collection<ProductVersion> productVersions,
            ProductVersion from,
            ProductVersion to,
            Collection<Map.Entry<Patch, ProductVersion>> releasedFor) {
        List<ProductVersion> range = range(productVersions, from, to);
        var position = new HashMap<ProductVersion, Integer>();
        for (int i = 0; i < range.size(); i++) {
            position.put(range.get(i), i);
        }
        var versionsOf = new LinkedHashMap<Patch, List<ProductVersion>>();
        for (var pair : releasedFor) {
            if (position.containsKey(pair.getValue())) {
                versionsOf
                        .computeIfAbsent(pair.getKey(), p -> new ArrayList<>())
                        .add(pair.getValue());
            }
        }
        var entries = new ArrayList<Entry>();
        versionsOf.forEach((patch, versions) -> {
            versions.sort(ProductVersion.ORDER);
            entries.add(new Entry(patch, List.copyOf(versions)));
        });
        entries.sort(Comparator.comparing((Entry e) -> position.get(e.versions().get(0)))
                .thenComparing(e -> e.patch().releasedAt())
                .thenComparing(e -> e.patch().id()));
        return new UpgradePack(from, to, range, List.copyOf(entries));
    }
}
