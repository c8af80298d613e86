package org.proserv.support.tickets;

/** How the first-response promise stands. */
public enum SlaState {
    running, met, breached
}
