package org.proserv.releases.patches;

import org.proserv.releases.catalog.VersionStatuses;

/** A patch plan with the version it is for and that version's status now. */
public record PatchPlanResult(VersionStatuses.State version, PatchPlanner.Plan plan) {}
