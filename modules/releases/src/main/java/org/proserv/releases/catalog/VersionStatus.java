package org.proserv.releases.catalog;

/**
 * A version's standing, computed from the clock when read (docs/releases.md, Version status), never stored.
 *
 * <ul>
 *   <li>{@link #latest}: the newest release of the newest branch;
 *   <li>{@link #obsolete}: not the latest, released within the guarantee period (1 year by default): still supported,
 *       bug-fix patches are free;
 *   <li>{@link #outOfGuarantee}: released longer ago than the guarantee period: no new bug-fix patches, the answer is
 *       an upgrade.
 * </ul>
 */
public enum VersionStatus {
    latest,
    obsolete,
    outOfGuarantee
}
