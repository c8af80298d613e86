package org.proserv.releases.catalog;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The status of every version of a product at one instant (docs/releases.md, Version status):
 *
 * <ul>
 *   <li>the <em>latest</em> version is the newest release (by release date) of the newest branch (by branch number),
 *       whatever its age;
 *   <li>any other version is <em>out of guarantee</em> once more than the guarantee period has passed since its
 *       release, and <em>obsolete</em> (still supported) until then.
 * </ul>
 *
 * An out-of-guarantee version comes with the upgrade advised: the newest supported release of its own branch newer than
 * it, when there is one (a minor upgrade), otherwise the latest version.
 */
public final class VersionStatuses {

    /** One version's standing; {@code upgradeTo} only for versions out of guarantee. */
    public record State(
            ProductVersion version, VersionStatus status, Instant guaranteeEndsAt, ProductVersion upgradeTo) {

        public String name() {
            return version.name();
        }

        public Optional<ProductVersion> upgrade() {
            return Optional.ofNullable(upgradeTo);
        }
    }

    private final Map<String, State> byName;
    private final ProductVersion latest;

    private VersionStatuses(Map<String, State> byName, ProductVersion latest) {
        this.byName = byName;
        this.latest = latest;
    }

    public static VersionStatuses of(Collection<ProductVersion> versions, Instant now, ReleasePolicy policy) {
        ProductVersion latest = latestOf(versions);
        List<ProductVersion> newestFirst =
                versions.stream().sorted(ProductVersion.ORDER.reversed()).toList();
        var states = new LinkedHashMap<String, State>();
        for (ProductVersion v : newestFirst) {
            Instant ends = v.guaranteeEndsAt(policy);
            if (v == latest) {
                states.put(v.name(), new State(v, VersionStatus.latest, ends, null));
            } else if (v.outOfGuaranteeAt(now, policy)) {
                states.put(
                        v.name(),
                        new State(
                                v,
                                VersionStatus.outOfGuarantee,
                                ends,
                                upgradeFor(v, newestFirst, latest, now, policy)));
            } else {
                states.put(v.name(), new State(v, VersionStatus.obsolete, ends, null));
            }
        }
        return new VersionStatuses(states, latest);
    }

    private static ProductVersion latestOf(Collection<ProductVersion> versions) {
        var newestBranch = versions.stream().map(v -> v.branch().name()).max(VersionNumber.ORDER);
        return newestBranch
                .flatMap(branch -> versions.stream()
                        .filter(v -> v.branch().name().equals(branch))
                        .max(Comparator.comparing(ProductVersion::releasedAt).thenComparing(ProductVersion.ORDER)))
                .orElse(null);
    }

    private static ProductVersion upgradeFor(
            ProductVersion old,
            List<ProductVersion> newestFirst,
            ProductVersion latest,
            Instant now,
            ReleasePolicy policy) {
        return newestFirst.stream()
                .filter(v -> v.branch().name().equals(old.branch().name()))
                .filter(v -> ProductVersion.ORDER.compare(v, old) > 0)
                .filter(v -> v == latest || !v.outOfGuaranteeAt(now, policy))
                .findFirst()
                .orElse(latest);
    }

    public Optional<ProductVersion> latest() {
        return Optional.ofNullable(latest);
    }

    public State of(ProductVersion version) {
        return of(version.name())
                .orElseThrow(() -> new IllegalArgumentException("not a version of this product: " + version));
    }

    public Optional<State> of(String versionName) {
        return Optional.ofNullable(byName.get(versionName));
    }

    /** Newest version first. */
    public List<State> newestFirst() {
        return List.copyOf(byName.values());
    }
}
