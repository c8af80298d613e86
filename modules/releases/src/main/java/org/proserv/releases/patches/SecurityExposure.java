package org.proserv.releases.patches;

import java.util.List;
import org.proserv.releases.catalog.VersionStatuses;

/**
 * What a store running a version should know about security: the security patches released for its version, and those
 * released only for newer versions (issues its version may have that no patch for it fixes).
 */
public record SecurityExposure(
        VersionStatuses.State version, List<Patch> forThisVersion, List<Patch> newerVersionsOnly) {}
