package org.proserv.installations.orders;

/** What an order is for. */
public enum OrderKind {
    /** The installation service, at the configured price in points or money. */
    INSTALLATION,
    /** A third-party software installation, priced in points by staff. */
    THIRD_PARTY
}
