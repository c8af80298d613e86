package org.proserv.projects.prototypes;

/** Whether a prototype is in the catalogue, or bought out and gone from it for good. */
public enum PrototypeStatus {
    LISTED,
    BOUGHT_OUT
}
