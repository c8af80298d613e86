package org.proserv.support.tickets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.proserv.kernel.money.Money;
import org.proserv.support.charging.ChargingPolicy;
import org.proserv.support.points.PointsPolicy;

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
    @ConfigProperty(name = "proserv.currency")
    String currency;

    @Inject
    @ConfigProperty(name = "proserv.support.package.standard-price")
    String standardPackagePrice;

    @Inject
    @ConfigProperty(name = "proserv.support.package.urgent-price")
    String urgentPackagePrice;

    @Produces
    SupportPolicy policy() {
        return new SupportPolicy(
                firstResponse, preCloseAfter, autoCloseAfter, reopenWithin, hotRushResponse, hotRushWithdrawals);
    }

    @Produces
    ChargingPolicy chargingPolicy() {
        return new ChargingPolicy(
                hotRushMinimumPoints,
                price("proserv.support.package.standard-price", standardPackagePrice),
                price("proserv.support.package.urgent-price", urgentPackagePrice));
    }

    @Produces
    PointsPolicy pointsPolicy() {
        return new PointsPolicy(
                Period.parse(lotLifetime), refundWindow, expiryWarning, ZoneId.of(calendarZone), currency);
    }

    /** A configured price: a decimal amount in the configured currency, refused (never rounded) if it does not fit. */
    private Money price(String key, String amount) {
        try {
            return Money.of(amount, currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
    }
}
