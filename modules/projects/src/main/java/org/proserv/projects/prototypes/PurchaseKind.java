package org.proserv.projects.prototypes;

/** A normal purchase leaves the prototype listed; a buyout removes it and gives its buyer unlimited use. */
public enum PurchaseKind {
    PURCHASE,
    BUYOUT
}
