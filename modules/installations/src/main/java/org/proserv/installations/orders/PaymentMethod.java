package org.proserv.installations.orders;

/** How an order is paid. */
public enum PaymentMethod {
    /** Support points from the customer's ledger. */
    POINTS,
    /** An invoice of the projects context, paid through its payments. */
    INVOICE
}
