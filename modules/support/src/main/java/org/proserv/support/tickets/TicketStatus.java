package org.proserv.support.tickets;

/** Where a ticket is in its life. */
public enum TicketStatus {
    /** Queued, waiting for a dispatcher to classify it and choose an engineer. */
    SUBMITTED,
    /** An engineer has it; their first answer is awaited. */
    ASSIGNED,
    /** Classified, but the customer's points do not cover the charge: waits until they buy more. */
    AWAITING_TOP_UP,
    /** Staff have answered; the conversation goes on. */
    IN_PROGRESS,
    /** No customer feedback for long; closes by itself unless the customer answers. */
    PRE_CLOSED,
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
