package org.proserv.support.tickets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.proserv.support.points.PointsPolicy;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;

/** Reads the support and points terms from configuration; see server-config/CONFIGURATION.md. */
@ApplicationScoped
public class SupportPolicyProducer {

    @Inject
    @ConfigProperty(name = "proserv.support.first-response")
    Duration firstResponse;

    @Inject
    @ConfigProperty(name = "proserv.support.pre-close-after")
    Duration preCloseAfter;

    @Inject
    @ConfigProperty(name = "proserv.support.auto-close-after")
    Duration autoCloseAfter;

    @Inject
    @ConfigProperty(name = "proserv.support.reopen-within")
    Duration reopenWithin;

    @Inject
    @ConfigProperty(name = "proserv.support.hotrush.response")
    Duration hotRushResponse;

    @Inject
    @ConfigProperty(name = "proserv.support.hotrush.minimum-points")
    int hotRushMinimumPoints;

    @Inject
    @ConfigProperty(name = "proserv.support.hotrush.withdrawals")
    int hotRushWithdrawals;

    @Inject
    @ConfigProperty(name = "proserv.points.lot-lifetime")
    String lotLifetime;

    @Inject
    @ConfigProperty(name = "proserv.points.refund-window")
    Duration refundWindow;

    @Inject
    @ConfigProperty(name = "proserv.points.expiry-warning")
    Duration expiryWarning;

    @Inject
    @ConfigProperty(name = "proserv.calendar.zone")
    String calendarZone;

    @Inject
    @ConfigProperty(name = "proserv.support.package.standard-price-cents")
    long standardPackageCents;

    @Inject
    @ConfigProperty(name = "proserv.support.package.urgent-price-cents")
    long urgentPackageCents;

    @Produces
    SupportPolicy policy() {
        return new SupportPolicy(firstResponse, preCloseAfter, autoCloseAfter, reopenWithin, hotRushResponse,
                hotRushMinimumPoints, hotRushWithdrawals, standardPackageCents, urgentPackageCents);
    }

    @Produces
    PointsPolicy pointsPolicy() {
        return new PointsPolicy(Period.parse(lotLifetime), refundWindow, expiryWarning, ZoneId.of(calendarZone));
    }
}
