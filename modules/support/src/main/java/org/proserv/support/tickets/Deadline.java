package org.proserv.support.tickets;

import java.time.Instant;

/** A staff answer a ticket waits for, and when it is due. */
public record Deadline(ResponseKind kind, Instant dueAt) {

    public boolean passedAt(Instant now) {
        return dueAt.isBefore(now);
    }
}
