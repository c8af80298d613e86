package org.proserv.support.points;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.FieldError;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;
import org.proserv.support.charging.ChargingPolicy;
import org.proserv.support.charging.IncidentPackage;

/** Whatever has a price keeps it in the currency it was given in. */
class PricesTest {

    private static final Instant NOW = Instant.parse("2026-03-04T07:00:00Z");
    private static final Money EUR_30 = Money.of("30.00", "EUR");

    @Test
    void aPackKeepsThePriceAndCurrencyItIsPutOnSaleAt() {
        var pack = new PointPack(60, EUR_30, NOW);
        assertEquals(EUR_30, pack.price());
        pack.reprice(120, Money.of("5000", "JPY"));
        assertEquals(Money.of("5000", "JPY"), pack.price(), "a new price may be in another currency");
    }

    @Test
    void aNegativePackPriceIsRefusedNamingThePrice() {
        var e = assertThrows(ProservException.class, () -> new PointPack(60, Money.of("-0.01", "USD"), NOW));
        assertEquals(List.of(new FieldError("price", "must not be negative")), e.fieldErrors());
        var pack = new PointPack(60, EUR_30, NOW);
        assertThrows(ProservException.class, () -> pack.reprice(60, Money.of("-1", "EUR")));
        assertEquals(EUR_30, pack.price(), "a refused price changes nothing");
    }

    @Test
    void aLotKeepsThePriceItWasBoughtAt() {
        var lot = new PointLot(7L, 3L, LotOrigin.PURCHASE, 60, EUR_30, NOW, NOW.plus(Duration.ofDays(730)));
        assertEquals(EUR_30, lot.price());
    }

    @Test
    void aPackageKeepsThePriceAndCurrencyItWasBoughtAt() {
        assertEquals(EUR_30, new IncidentPackage(7L, false, EUR_30, NOW).price());
    }

    @Test
    void pricesWithoutACurrencyOfTheirOwnAreInTheConfiguredOne() {
        var policy = new PointsPolicy(
                Period.ofYears(2), Duration.ofDays(30), Duration.ofDays(30), ZoneOffset.ofHours(4), "EUR");
        assertAll(
                () -> assertEquals(Money.of("34.50", "EUR"), policy.price(3450)),
                () -> assertThrows(
                        IllegalArgumentException.class,
                        () -> new PointsPolicy(
                                Period.ofYears(2),
                                Duration.ofDays(30),
                                Duration.ofDays(30),
                                ZoneOffset.ofHours(4),
                                "eur")));
    }

    @Test
    void anUrgentPackageHasTheUrgentPrice() {
        var standard = ChargingPolicy.standard();
        assertAll(
                () -> assertEquals(Money.of("34.50", PointsPolicy.standard().currency()), standard.packagePrice(false)),
                () -> assertEquals(Money.of("68.50", PointsPolicy.standard().currency()), standard.packagePrice(true)));
    }
}
