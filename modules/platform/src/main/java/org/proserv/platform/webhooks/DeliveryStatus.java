package org.proserv.platform.webhooks;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its next attempt (or being attempted by the node that claimed it). */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Out of attempts, or its endpoint was disabled: only a replay sends it again. */
    FAILED
}
