package org.proserv.support.tickets;

import java.util.List;
import org.proserv.support.points.LedgerEntry;

/**
 * A ticket as a use case leaves it, with everything shown about it read in that use case's transaction: its
 * conversation, its history, its SLA breaches and the points charged for it.
 */
public record TicketRead(
        Ticket ticket,
        List<TicketMessage> messages,
        List<StatusChange> history,
        List<SlaBreach> breaches,
        List<LedgerEntry> charges) {}
