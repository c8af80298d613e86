package org.proserv.releases.tracker;

/** Where a bug report stands. Staff move it; every change is kept in its history. */
public enum BugStatus {
    /** Reported, not looked at yet. */
    NEW,
    /** Staff reproduced it: a bug in the software. */
    CONFIRMED,
    /** Staff found the software works as intended. */
    NOT_A_BUG,
    /** The same as an earlier report, which it points to. */
    DUPLICATE,
    /** Fixed, by a patch and/or in a version, which it points to. */
    FIXED
}
