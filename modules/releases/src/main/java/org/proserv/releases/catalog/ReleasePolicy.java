package org.proserv.releases.catalog;

import java.time.Period;

/**
 * The configurable numbers of the release terms (DOMAIN.md §3), read from configuration by
 * {@link ReleasePolicyProducer}.
 *
 * @param guarantee how long after its release a version is in guarantee (bug-fix patches for it)
 */
public record ReleasePolicy(Period guarantee) {

    public ReleasePolicy {
        if (guarantee.isNegative() || guarantee.isZero()) {
            throw new IllegalArgumentException("the guarantee period must be positive, not " + guarantee);
        }
    }

    public static ReleasePolicy standard() {
        return new ReleasePolicy(Period.ofYears(1));
    }
}
