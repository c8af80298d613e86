package org.proserv.support.tickets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.proserv.kernel.money.Money;
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
    @ConfigProperty(name = "proserv.currency", defaultValue = PointsPolicy.DEFAULT_CURRENCY)
    String currency;

    @Inject
    @ConfigProperty(name = "proserv.support.package.standard-price", defaultValue = "34.50")
    String standardPackagePrice;

    @Inject
    @ConfigProperty(name = "proserv.support.package.urgent-price", defaultValue = "68.50")
    String urgentPackagePrice;

    @Produces
    SupportPolicy policy() {
        return new SupportPolicy(firstResponse, preCloseAfter, autoCloseAfter, reopenWithin, hotRushResponse,
                hotRushWithdrawals);
    }

    @Produces
    ChargingPolicy chargingPolicy() {
        return new ChargingPolicy(hotRushMinimumPoints,
                price("proserv.support.package.standard-price", standardPackagePrice),
                price("proserv.support.package.urgent-price", urgentPackagePrice));
    }

    @Produces
    PointsPolicy pointsPolicy() {
        return new PointsPolicy(Period.parse(lotLifetime), refundWindow, expiryWarning, ZoneId.of(calendarZone),
                currency);
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
