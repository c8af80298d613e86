package org.proserv.support.reports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.proserv.support.tickets.TicketStatus;

/**
 * The support desk's figures on {@code /metrics} (application scope): tickets by status, SLA breaches and points spent.
 * Gauges read the database when scraped, so they agree on every node and survive restarts.
 */
@Singleton
@Startup
public class BusinessMetrics {

    @Inject
    MetricRegistry registry;

    @EJB
    BusinessFigures figures;

    @PostConstruct
    void register() {
        var tickets = Metadata.builder()
                .withName("proserv_tickets")
                .withDescription("Tickets by status")
                .build();
        for (var status : TicketStatus.values()) {
            registry.gauge(
                    tickets,
                    () -> figures.ticketsByStatus().get(status),
                    new Tag("status", status.name().toLowerCase(Locale.ROOT)));
        }
        registry.gauge(
                Metadata.builder()
                        .withName("proserv_sla_breaches")
                        .withDescription("Staff answers that came, or are still awaited, after their deadline")
                        .build(),
                figures::slaBreaches);
        registry.gauge(
                Metadata.builder()
                        .withName("proserv_points_spent")
                        .withDescription("Support points spent on tickets, net of those given back")
                        .build(),
                figures::pointsSpent);
    }
}
