package org.proserv.support.charging;

/** What pays for a ticket's incident. */
public enum ChargeSource {
    /** A licence with support or an active subscription covers it. */
    SUBSCRIPTION,
    /** A one-incident package was used. */
    PACKAGE,
    /** Support points are spent. */
    POINTS
}
