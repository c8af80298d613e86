package org.proserv.releases.api;

import java.time.Instant;
import java.util.List;

/**
 * An upgrade pack as other contexts read it: every patch the releases catalogue brings from {@code from} to {@code to},
 * each once, in the order the pack lists them.
 *
 * @param versions the versions after {@code from} up to and including {@code to}, oldest first
 */
public record UpgradePackRecord(
        String product, String from, String to, List<String> versions, List<UpgradePackRecord.PatchRecord> patches) {

    public UpgradePackRecord {
        versions = List.copyOf(versions);
        patches = List.copyOf(patches);
    }

    /**
     * A patch of the pack.
     *
     * @param kind {@code BUG_FIX} or {@code SECURITY}
     * @param severity the security severity, or null
     * @param versions the versions of the pack's range it was released for, oldest first
     */
    public record PatchRecord(
            long id,
            String title,
            String kind,
            String severity,
            boolean manualOnly,
            Instant releasedAt,
            List<String> versions) {

        public PatchRecord {
            versions = List.copyOf(versions);
        }
    }

    public int total() {
        return patches.size();
    }
}
