package org.proserv.rest.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proserv.kernel.error.FieldError;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;
import org.proserv.rest.json.MoneyInput;
import org.proserv.rest.json.MoneyView;
import org.proserv.rest.points.CatalogueResource.PackPrice;
import org.proserv.rest.points.PointsViews.PackView;
import org.proserv.rest.points.PointsViews.PackageView;
import org.proserv.support.charging.IncidentPackage;
import org.proserv.support.points.PointPack;
import org.proserv.support.points.PointsPolicy;
import org.proserv.support.schema.SupportEntity;

/** Prices are shown as stored, in their own currency, and read from requests exactly or refused. */
class PricesViewTest {

    private static final Instant NOW = Instant.parse("2026-03-04T07:00:00Z");
    private static final PointsPolicy IN_EUROS =
            new PointsPolicy(Period.ofYears(2), Duration.ofDays(30), Duration.ofDays(30), ZoneOffset.ofHours(4), "EUR");

    @Test
    void aPackageIsShownInTheCurrencyItWasBoughtIn() {
        var bought = persisted(new IncidentPackage(7L, true, Money.of("59.90", "EUR"), NOW), SupportEntity.class);
        assertEquals(new MoneyView(5990, "59.90", "EUR"), PackageView.of(bought).price());
    }

    @Test
    void aPackIsShownInItsCurrencyWithTheCurrencysFractionDigits() {
        var yen = persisted(new PointPack(60, Money.of("5000", "JPY"), NOW), PointPack.class);
        assertEquals(new MoneyView(5000, "5000", "JPY"), PackView.of(yen).price());
        var dollars = persisted(new PointPack(1200, new Money(67333, "USD"), NOW), PointPack.class);
        assertEquals(new MoneyView(67333, "673.33", "USD"), PackView.of(dollars).price());
    }

    @Test
    void priceCentsAreInTheConfiguredCurrency() {
        assertEquals(Money.of("34.50", "EUR"), pack(null, null, 3450L).price(IN_EUROS));
    }

    @Test
    void aPriceNamesItsCurrency() {
        assertEquals(Money.of("34.50", "USD"), pack("34.50", "USD", null).price(IN_EUROS));
        assertEquals(Money.of("5000", "JPY"), pack("5000", "JPY", null).price(IN_EUROS));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "34.505 | USD | price.amount | 3 fraction digits",
                "5000.5 | JPY | price.amount | 1 fraction digits",
                "1e3    | USD | price.amount | decimal number",
                "34.50  | usd | price.currency | ISO 4217",
                "34.50  | ABC | price.currency | not an ISO 4217",
                "1000000.01 | USD | price.amount | at most 1000000.00"
            })
    void aPriceThatIsNotExactMoneyIsRefusedNamingTheField(String amount, String currency, String field, String reason) {
        var e = assertThrows(
                ProservException.class, () -> pack(amount, currency, null).price(IN_EUROS));
        FieldError error = e.fieldErrors().get(0);
        assertEquals(field, error.field());
        assertTrue(error.reason().contains(reason), error.reason());
    }

    @Test
    void exactlyOneOfPriceAndPriceCentsIsGiven() {
        var neither = assertThrows(
                ProservException.class, () -> pack(null, null, null).price(IN_EUROS));
        assertEquals("price", neither.fieldErrors().get(0).field());
        var both = assertThrows(
                ProservException.class, () -> pack("34.50", "USD", 3450L).price(IN_EUROS));
        assertEquals("price", both.fieldErrors().get(0).field());
    }

    /** The entity with the id the database would have given it (JPA alone writes it). */
    private static <T> T persisted(T entity, Class<?> declaringId) {
        try {
            Field id = declaringId.getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, 1L);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set the id of a test entity", e);
        }
    }

    private static PackPrice pack(String amount, String currency, Long priceCents) {
        var request = new PackPrice();
        request.points = 60;
        request.priceCents = priceCents;
        if (amount != null) {
            request.price = new MoneyInput();
            request.price.amount = amount;
            request.price.currency = currency;
        }
        return request;
    }
}
