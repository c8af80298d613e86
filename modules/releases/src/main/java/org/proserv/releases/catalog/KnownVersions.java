package org.proserv.releases.catalog;

import java.util.List;
import org.proserv.kernel.error.ProservException;

/** The answer to a version the catalogue does not know: the versions it does know, a bounded list. */
public final class KnownVersions {

    /** At most this many known versions are named. */
    public static final int SHOWN = 20;

    private KnownVersions() {}

    /** 400 naming the field, with the product's versions (given newest first), at most {@link #SHOWN} of them. */
    public static ProservException unknown(
            String field, Product product, String versionName, List<String> newestFirst) {
        var shown = newestFirst.subList(0, Math.min(SHOWN, newestFirst.size()));
        String more = newestFirst.size() > SHOWN ? " and " + (newestFirst.size() - SHOWN) + " older" : "";
        String reason = newestFirst.isEmpty()
                ? product.name() + " has no versions yet, so none is " + versionName
                : product.name() + " has no version " + versionName + "; its versions are " + String.join(", ", shown)
                        + more;
        return ProservException.invalid(field, reason)
                .with("versions", String.join(",", shown))
                .with("versionCount", newestFirst.size());
    }
}
