package org.proserv.support.points;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;

class MoneyBackTest {

    private static final Instant BOUGHT = Instant.parse("2026-03-02T10:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(30);

    private static PointLot lot(LotOrigin origin) {
        return new PointLot(7L, 1L, origin, 120, Money.of("68.50", "USD"), BOUGHT, BOUGHT.plus(Duration.ofDays(730)));
    }

    private static LedgerEntry entry(EntryKind kind, int points) {
        return new LedgerEntry(7L, 1L, kind, points, null, null, null, "alice", BOUGHT);
    }

    private static String reasonOf(Runnable refund) {
        var refused = assertThrows(ProservException.class, refund::run);
        assertEquals(ProblemCategory.CONFLICT, refused.category());
        return String.valueOf(refused.properties().get("reason"));
    }

    @Test
    void anUntouchedBoughtLotIsRefundableUntilTheLastInstantOfTheWindow() {
        var lot = lot(LotOrigin.PURCHASE);
        var untouched = List.of(entry(EntryKind.PURCHASE, 120));
        assertDoesNotThrow(() -> MoneyBack.requireRefundable(lot, untouched, BOUGHT.plus(WINDOW), WINDOW));
        assertEquals(
                "refund-window-passed",
                reasonOf(() -> MoneyBack.requireRefundable(
                        lot, untouched, BOUGHT.plus(WINDOW).plusNanos(1_000), WINDOW)));
    }

    @Test
    void aLotWithAnySpendIsNotRefundable() {
        var used = List.of(entry(EntryKind.PURCHASE, 120), entry(EntryKind.SPEND, -10));
        assertEquals(
                "lot-used",
                reasonOf(() ->
                        MoneyBack.requireRefundable(lot(LotOrigin.PURCHASE), used, BOUGHT.plusSeconds(60), WINDOW)));
    }

    @Test
    void aLotGrantedByStaffWasNotBoughtAndIsNotRefundable() {
        var granted = lot(LotOrigin.ADJUSTMENT);
        var refused = assertThrows(
                ProservException.class,
                () -> MoneyBack.requireRefundable(
                        granted, List.of(entry(EntryKind.ADJUSTMENT, 120)), BOUGHT.plusSeconds(60), WINDOW));
        assertEquals(ProblemCategory.CONFLICT, refused.category());
    }
}
