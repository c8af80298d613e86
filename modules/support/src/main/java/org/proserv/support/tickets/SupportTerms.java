package org.proserv.support.tickets;

import java.time.Duration;
import java.time.Instant;
import org.proserv.kernel.calendar.BusinessCalendar;

/**
 * The terms a ticket's deadlines are computed under: the support calendar's open hours as they are now, and the support
 * policy (how long each answer may take). One value, so that a rule asks for "the first answer's due time" instead of
 * combining a calendar and a policy itself.
 */
public record SupportTerms(BusinessCalendar calendar, SupportPolicy policy) {

    /** When the first (or follow-up) staff answer counted from {@code from} is due. */
    public Instant firstResponseDue(Instant from, boolean hotRush) {
        return calendar.due(from, policy.firstResponse(hotRush));
    }

    /** When the next report on a HotRush ticket is due, counted from {@code from}. */
    public Instant nextReportDue(Instant from) {
        return calendar.due(from, policy.hotRushResponse());
    }

    /** Open hours between two instants. */
    public Duration businessTime(Instant from, Instant to) {
        return calendar.businessTime(from, to);
    }

    public boolean isOpen(Instant at) {
        return calendar.isOpen(at);
    }

    public Instant nextOpening(Instant at) {
        return calendar.nextOpening(at);
    }
}
