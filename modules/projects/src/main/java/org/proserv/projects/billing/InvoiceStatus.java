package org.proserv.projects.billing;

/** ISSUED until paid; PAID once, for good; VOID when withdrawn unpaid. */
public enum InvoiceStatus {
    ISSUED,
    PAID,
    VOID
}
