package org.proserv.releases.tracker;

/** Where a feature request stands on the ideas board. */
public enum IdeaStatus {
    OPEN,
    PLANNED,
    DONE,
    DECLINED
}
