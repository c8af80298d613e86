package org.proserv.support.charging;

/** How an issue category's price is set. */
public enum Pricing {
    /** The list price, always. */
    FIXED,
    /** Staff set the price, at least the list price ("from N"). */
    FROM,
    /** Staff set any price ("priced on request"). */
    ON_REQUEST
}
