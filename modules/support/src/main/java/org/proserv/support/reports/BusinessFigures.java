package org.proserv.support.reports;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.proserv.support.tickets.TicketStatus;

/** The support desk's running totals, read from the database so that every node reports the same. */
@Stateless
public class BusinessFigures {

    @PersistenceContext(unitName = "support")
    EntityManager em;

    /** Tickets of each status, every status present (zero when none). */
    public Map<TicketStatus, Long> ticketsByStatus() {
        var counts = new EnumMap<TicketStatus, Long>(TicketStatus.class);
        for (var status : TicketStatus.values()) {
            counts.put(status, 0L);
        }
        List<?> rows = em.createNativeQuery("select status, count(*) from support_ticket group by status")
                .getResultList();
        for (Object item : rows) {
            Object[] row = (Object[]) item;
            counts.put(TicketStatus.valueOf(row[0].toString()), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Every deadline breached, ever (one per missed answer). */
    public long slaBreaches() {
        return ((Number) em.createNativeQuery("select count(*) from support_sla_breach")
                        .getSingleResult())
                .longValue();
    }

    /** Points spent on tickets, net of those given back when a charge was lowered. */
    public long pointsSpent() {
        Object sum = em.createNativeQuery("select coalesce(sum(points), 0) from support_point_entry"
                        + " where kind in ('SPEND', 'RETURN')")
                .getSingleResult();
        return -((Number) sum).longValue();
    }
}
