package org.proserv.releases.patches;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What staff give to publish a patch.
 *
 * @param versions names of the versions it applies to
 * @param files the files it changes, each with the checksum of the file it expects
 * @param prerequisites ids of the patches to apply before it
 * @param releasedAt its release date; now when absent, never in the future
 * @param manualOnly whether it can never be installed automatically (e.g. it changes file permissions)
 * @param manualNote why it is manual-only, shown in patch plans
 * @param decisionNote for a security patch on versions out of guarantee: the reasons for the decision (required then)
 */
public record PatchDraft(
        PatchKind kind,
        Severity severity,
        String title,
        String description,
        List<String> versions,
        List<PatchFile> files,
        Set<Long> prerequisites,
        Instant releasedAt,
        boolean manualOnly,
        String manualNote,
        String decisionNote) {

    public PatchDraft {
        versions = List.copyOf(versions);
        files = List.copyOf(files);
        prerequisites = Set.copyOf(prerequisites);
    }
}
