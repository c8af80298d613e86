package org.proserv.support.points;

/** What a ledger entry records. Positive kinds add points to a lot, negative ones take them. */
public enum EntryKind {
    /** Points bought (+). */
    PURCHASE,
    /** Points charged, for a ticket or by staff (-). */
    SPEND,
    /** Points given back after a charge was lowered or a surcharge withdrawn (+). */
    RETURN,
    /** An untouched lot refunded under the money-back policy (-). */
    REFUND,
    /** What was left of a lot when it expired (-). */
    EXPIRY,
    /** A staff correction (+ as a new lot, - taken oldest first). */
    ADJUSTMENT
}
