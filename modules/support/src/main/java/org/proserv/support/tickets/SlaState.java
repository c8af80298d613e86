package org.proserv.support.tickets;

/** How the first-response promise stands. */
public enum SlaState {
    running,
    met,
    breached,
    /** Waiting for the customer to top up points: staff may not work, so the clock stands still. */
    paused
}
