package org.proserv.support.reports;

import static org.proserv.kernel.persistence.UtcInstantConverter.toColumn;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.support.calendar.SupportCalendar;

/**
 * SLA reports, computed by the database in one query over the tickets submitted in the range (read through the index on
 * the submission time): no ticket is loaded into memory, whatever their number.
 */
@Stateless
public class SlaReports {

    /** One row per ticket of the range with its figures; the groupings aggregate these. */
    private static final String TICKET_FIGURES = "select t.id, t.submitted_at, %s as grp,"
            + " case when t.first_response_breached then 1 else 0 end as breached,"
            + " case when t.first_response_at is not null and not t.first_response_breached then 1 else 0 end"
            + " as met,"
            + " (select count(*) from support_sla_breach b where b.ticket_id = t.id"
            + " and b.kind <> 'FIRST_RESPONSE') as later,"
            + " t.first_response_seconds as frs"
            + " from support_ticket t where t.submitted_at >= ? and t.submitted_at < ?";

    private static final String FIGURES = "count(x.id), coalesce(sum(x.met), 0), coalesce(sum(x.breached), 0),"
            + " coalesce(sum(x.later), 0),"
            + " percentile_disc(0.5) within group (order by x.frs),"
            + " percentile_disc(0.9) within group (order by x.frs)";

    @PersistenceContext(unitName = "support")
    EntityManager em;

    @EJB
    SupportCalendar calendar;

    public List<SlaReportRow> report(Actor actor, Instant from, Instant to, SlaGrouping grouping) {
        if (!actor.isStaff() && !actor.isApiClient()) {
            throw ProservException.forbidden("Only staff may read SLA reports");
        }
        ReportPeriods.requireRange(from, to);
        return grouping.isPeriod() ? byPeriod(from, to, grouping) : byTrait(from, to, grouping);
    }

    private List<SlaReportRow> byPeriod(Instant from, Instant to, SlaGrouping unit) {
        var periods = ReportPeriods.of(from, to, unit, calendar.zone());
        var table = new StringBuilder();
        for (int i = 0; i < periods.size(); i++) {
            table.append(i == 0 ? "" : " union all ")
                    .append("select cast(? as timestamp) as p_from, cast(? as timestamp) as p_to");
        }
        var query = em.createNativeQuery("select p.p_from, p.p_to, " + FIGURES + " from (" + table + ") p"
                + " left join (" + TICKET_FIGURES.formatted("null") + ") x"
                + " on x.submitted_at >= p.p_from and x.submitted_at < p.p_to"
                + " group by p.p_from, p.p_to order by p.p_from");
        int position = 1;
        for (var period : periods) {
            query.setParameter(position++, toColumn(period.from()));
            query.setParameter(position++, toColumn(period.to()));
        }
        query.setParameter(position++, toColumn(from));
        query.setParameter(position, toColumn(to));
        var rows = new ArrayList<SlaReportRow>();
        List<?> result = query.getResultList();
        for (int i = 0; i < result.size(); i++) {
            Object[] row = (Object[]) result.get(i);
            var period = periods.get(i);
            if (!period.from().equals(instant(row[0]))) {
                throw new IllegalStateException("report rows out of the periods' order");
            }
            rows.add(row(period.label().toString(), period.from(), period.to(), row, 2));
        }
        return rows;
    }

    private List<SlaReportRow> byTrait(Instant from, Instant to, SlaGrouping grouping) {
        String key = switch (grouping) {
            case CATEGORY -> "t.category";
            case ENGINEER -> "t.engineer";
            case HOTRUSH -> "case when t.hot_rush then 'hotrush' else 'standard' end";
            default -> throw new IllegalArgumentException(grouping + " is a period");
        };
        List<?> result = em.createNativeQuery(
                        "select x.grp, " + FIGURES + " from (" + TICKET_FIGURES.formatted(key) + ") x group by x.grp")
                .setParameter(1, toColumn(from))
                .setParameter(2, toColumn(to))
                .getResultList();
        var rows = new ArrayList<SlaReportRow>();
        for (Object item : result) {
            Object[] row = (Object[]) item;
            rows.add(row(row[0] == null ? null : row[0].toString(), null, null, row, 1));
        }
        // databases order text and nulls each their own way: one order everywhere, tickets without a key last
        rows.sort(Comparator.comparing(SlaReportRow::key, Comparator.nullsLast(Comparator.naturalOrder())));
        return Collections.unmodifiableList(rows);
    }

    private static SlaReportRow row(String key, Instant from, Instant to, Object[] row, int first) {
        return new SlaReportRow(
                key,
                from,
                to,
                number(row[first]),
                number(row[first + 1]),
                number(row[first + 2]),
                number(row[first + 3]),
                optionalNumber(row[first + 4]),
                optionalNumber(row[first + 5]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Long optionalNumber(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException(
                "unexpected time type " + value.getClass().getName());
    }
}
