package org.proserv.support.tickets;

/** Which staff answer a deadline is about. */
public enum ResponseKind {
    /** The first staff answer to a new ticket. */
    FIRST_RESPONSE,
    /** The staff answer to a reopened ticket. */
    FOLLOW_UP,
    /** The next staff report on an open HotRush ticket, due after each staff answer. */
    NEXT_UPDATE
}
