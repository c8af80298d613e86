package org.proserv.support.tickets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.proserv.support.charging.ChargingPolicy;
import org.proserv.support.points.PointsPolicy;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;

/** Reads the support and points terms from configuration; see server-config/CONFIGURATION.md. */
@ApplicationScoped
public class SupportPolicyProducer {

    @Inject
    @ConfigProperty(name = "proserv.support.first-response", defaultValue = "PT16H")
    Duration firstResponse;

    @Inject
    @ConfigProperty(name = "proserv.support.pre-close-after", defaultValue = "P7D")
    Duration preCloseAfter;

    @Inject
    @ConfigProperty(name = "proserv.support.auto-close-after", defaultValue = "P3D")
    Duration autoCloseAfter;

    @Inject
    @ConfigProperty(name = "proserv.support.reopen-within", defaultValue = "P14D")
    Duration reopenWithin;

    @Inject
    @ConfigProperty(name = "proserv.support.hotrush.response", defaultValue = "PT2H")
    Duration hotRushResponse;

    @Inject
    @ConfigProperty(name = "proserv.support.hotrush.minimum-points", defaultValue = "120")
    int hotRushMinimumPoints;

    @Inject
    @ConfigProperty(name = "proserv.support.hotrush.withdrawals", defaultValue = "3")
    int hotRushWithdrawals;

    @Inject
    @ConfigProperty(name = "proserv.points.lot-lifetime", defaultValue = "P2Y")
    String lotLifetime;

    @Inject
    @ConfigProperty(name = "proserv.points.refund-window", defaultValue = "P30D")
    Duration refundWindow;

    @Inject
    @ConfigProperty(name = "proserv.points.expiry-warning", defaultValue = "P30D")
    Duration expiryWarning;

    @Inject
    @ConfigProperty(name = "proserv.calendar.zone", defaultValue = "+04:00")
    String calendarZone;

    @Inject
    @ConfigProperty(name = "proserv.support.package.standard-price-cents", defaultValue = "3450")
    long standardPackageCents;

    @Inject
    @ConfigProperty(name = "proserv.support.package.urgent-price-cents", defaultValue = "6850")
    long urgentPackageCents;

    @Produces
    SupportPolicy policy() {
        return new SupportPolicy(firstResponse, preCloseAfter, autoCloseAfter, reopenWithin, hotRushResponse,
                hotRushWithdrawals);
    }

    @Produces
    ChargingPolicy chargingPolicy() {
        return new ChargingPolicy(hotRushMinimumPoints, standardPackageCents, urgentPackageCents);
    }

    @Produces
    PointsPolicy pointsPolicy() {
        return new PointsPolicy(Period.parse(lotLifetime), refundWindow, expiryWarning, ZoneId.of(calendarZone));
    }
}
