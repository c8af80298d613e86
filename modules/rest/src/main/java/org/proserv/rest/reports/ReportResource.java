package org.proserv.rest.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.clients.Scope;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.security.Caller;
import org.proserv.rest.security.RequiresScope;
import org.proserv.support.reports.SlaGrouping;
import org.proserv.support.reports.SlaReportRow;
import org.proserv.support.reports.SlaReports;

@Path("reports")
@RequestScoped
@Tag(name = "Reports", description = "SLA figures for staff")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN, Roles.API_CLIENT})
@RequiresScope(Scope.REPORTS_READ_NAME)
public class ReportResource {

    /** CSV when asked for; JSON when the client takes either (any Accept, or none). */
    static final String CSV_LESS_PREFERRED = "text/csv;qs=0.5";

    private static final String DESCRIPTION = "Roles: dispatcher, engineer, admin; API clients with reports:read. "
            + "The tickets submitted in [from, to) (instants, at most 400 days apart) and what became of their "
            + "deadlines, one row per groupBy value: day, week (from Monday) or month in the support calendar's "
            + "zone (every period of the range, empty ones included, the first and last cut to the range), "
            + "category, engineer or hotrush (as the ticket is now). A first answer is met (in time), breached "
            + "(late, or still awaited once its breach was recorded) or pending; laterBreaches counts breached "
            + "answers after a reopening and HotRush next updates. The first answer's business time: median and "
            + "90th percentile of the answered ones, in seconds.";

    public record SlaRowView(
            String key,
            Instant from,
            Instant to,
            long tickets,
            long firstResponseMet,
            long firstResponseBreached,
            long firstResponsePending,
            BigDecimal firstResponseBreachedPercent,
            long laterBreaches,
            Long firstResponseMedianSeconds,
            Long firstResponseP90Seconds) {
        static SlaRowView of(SlaReportRow row) {
            return new SlaRowView(
                    row.key(),
                    row.from(),
                    row.to(),
                    row.tickets(),
                    row.firstResponseMet(),
                    row.firstResponseBreached(),
                    row.firstResponsePending(),
                    row.firstResponseBreachedPercent().orElse(null),
                    row.laterBreaches(),
                    row.firstResponseMedianSeconds(),
                    row.firstResponseP90Seconds());
        }
    }

    public record SlaReportView(Instant from, Instant to, String groupBy, List<SlaRowView> rows) {}

    @EJB
    SlaReports reports;

    @Inject
    Caller caller;

    @GET
    @Path("sla")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "SLA report: deadlines met and breached, grouped", description = DESCRIPTION)
    public SlaReportView sla(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        Instant start = Params.instant("from", from);
        Instant end = Params.instant("to", to);
        var grouping = grouping(groupBy);
        var rows = reports.report(caller.actor(), start, end, grouping).stream()
                .map(SlaRowView::of)
                .toList();
        return new SlaReportView(start, end, grouping.name().toLowerCase(), rows);
    }

    @GET
    @Path("sla")
    @Produces(CSV_LESS_PREFERRED)
    @Operation(summary = "The same SLA report as CSV (Accept: text/csv)", description = DESCRIPTION)
    public String slaCsv(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        var report = sla(from, to, groupBy);
        var lines = report.rows().stream().map(ReportResource::csvLine).collect(Collectors.joining("\r\n"));
        return "key,from,to,tickets,firstResponseMet,firstResponseBreached,firstResponsePending,"
                + "firstResponseBreachedPercent,laterBreaches,firstResponseMedianSeconds,firstResponseP90Seconds\r\n"
                + lines
                + (lines.isEmpty() ? "" : "\r\n");
    }

    private static SlaGrouping grouping(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            throw ProservException.invalid("groupBy", "required: day, week, month, category, engineer or hotrush");
        }
        return SlaGrouping.named(groupBy)
                .orElseThrow(() ->
                        ProservException.invalid("groupBy", "must be day, week, month, category, engineer or hotrush"));
    }

    private static String csvLine(SlaRowView row) {
        return String.join(
                ",",
                csv(row.key()),
                text(row.from()),
                text(row.to()),
                Long.toString(row.tickets()),
                Long.toString(row.firstResponseMet()),
                Long.toString(row.firstResponseBreached()),
                Long.toString(row.firstResponsePending()),
                text(row.firstResponseBreachedPercent()),
                Long.toString(row.laterBreaches()),
                text(row.firstResponseMedianSeconds()),
                text(row.firstResponseP90Seconds()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** RFC 4180: a field holding a comma, quote or line break is quoted, its quotes doubled. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        if (value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
