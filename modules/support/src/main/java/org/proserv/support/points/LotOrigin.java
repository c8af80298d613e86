package org.proserv.support.points;

/** How a lot of points came to be. */
public enum LotOrigin {
    PURCHASE,
    ADJUSTMENT
}
