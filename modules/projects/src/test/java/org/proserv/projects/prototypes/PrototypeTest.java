package org.proserv.projects.prototypes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;

class PrototypeTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static PrototypeDraft draft(String price, String buyout) {
        return new PrototypeDraft(
                "Aurora", "https://prototypes.example/aurora", Money.of(price, "USD"), Money.of(buyout, "USD"));
    }

    private static String refusedField(PrototypeDraft draft) {
        var refused = assertThrows(ProservException.class, () -> new Prototype(draft, "desi", NOW));
        assertEquals(ProblemCategory.VALIDATION, refused.category());
        return refused.fieldErrors().get(0).field();
    }

    @Test
    void aNewPrototypeIsListedWithItsPriceAndBuyoutPrice() {
        var prototype = new Prototype(draft("149.00", "990.00"), "desi", NOW);
        assertTrue(prototype.listed());
        assertEquals(Money.of("149.00", "USD"), prototype.priceOf(PurchaseKind.PURCHASE));
        assertEquals(Money.of("990.00", "USD"), prototype.priceOf(PurchaseKind.BUYOUT));
    }

    @Test
    void refusesBadInputNamingTheField() {
        assertEquals("name", refusedField(new PrototypeDraft(" ", "https://p.example", usd("1.00"), usd("2.00"))));
        assertEquals("previewUrl", refusedField(new PrototypeDraft("A", "ftp://p.example", usd("1.00"), usd("2.00"))));
        assertEquals("previewUrl", refusedField(new PrototypeDraft("A", "not a url", usd("1.00"), usd("2.00"))));
        assertEquals("price", refusedField(draft("0.00", "2.00")));
        assertEquals("buyoutPrice", refusedField(draft("150.00", "150.00")));
        assertEquals(
                "buyoutPrice.currency",
                refusedField(new PrototypeDraft("A", "https://p.example", usd("1.00"), Money.of("2.00", "EUR"))));
    }

    @Test
    void aBoughtOutPrototypeIsGoneAndRefusesEveryPurchaseAndASecondBuyout() {
        var prototype = new Prototype(draft("149.00", "990.00"), "desi", NOW);
        prototype.boughtOutBy(7, NOW);
        assertFalse(prototype.listed());
        assertEquals(7L, prototype.boughtOutBy());
        var refused = assertThrows(ProservException.class, prototype::requireListed);
        assertEquals(ProblemCategory.CONFLICT, refused.category());
        assertEquals("prototype-bought-out", refused.properties().get("rule"));
        var again = assertThrows(ProservException.class, () -> prototype.boughtOutBy(8, NOW));
        assertEquals("prototype-bought-out", again.properties().get("rule"));
        assertEquals(7L, prototype.boughtOutBy());
    }

    @Test
    void aPurchaseRecordsWhatWasPaidAndOnlyABuyoutGivesUnlimitedUse() {
        var prototype = new Prototype(draft("149.00", "990.00"), "desi", NOW);
        var purchase = new PrototypePurchase(40, prototype, 7, PurchaseKind.PURCHASE, NOW);
        assertEquals(Money.of("149.00", "USD"), purchase.paid());
        assertFalse(purchase.unlimitedUse());
        var buyout = new PrototypePurchase(40, prototype, 8, PurchaseKind.BUYOUT, NOW);
        assertEquals(Money.of("990.00", "USD"), buyout.paid());
        assertTrue(buyout.unlimitedUse());
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
