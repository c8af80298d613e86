package org.proserv.support.points;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proserv.kernel.error.FieldError;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;
import org.proserv.support.points.Wallet.LotBalance;
import org.proserv.support.schema.SupportEntity;

/**
 * The spending rules of support points (docs/support.md, "Support points"): the oldest unexpired lot pays first, a
 * balance never goes below zero, and points given back return to the lots they came from unless those have expired.
 * Every instant is passed explicitly.
 */
class WalletTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Instant FAR_AHEAD = Instant.parse("2030-01-01T00:00:00Z");
    private static final Duration ONE_NANO = Duration.ofNanos(1);

    /** A purchased lot with the id JPA would have given it. */
    private static PointLot lot(long id, Instant purchasedAt, Instant expiresAt, int points) {
        PointLot lot =
                new PointLot(7L, null, LotOrigin.PURCHASE, points, new Money(6850, "USD"), purchasedAt, expiresAt);
        try {
            Field field = SupportEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(lot, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set the id of a test lot", e);
        }
        return lot;
    }

    /** An unexpired lot bought at {@code purchasedAt} with {@code remaining} points left. */
    private static LotBalance live(long id, String purchasedAt, int remaining) {
        return new LotBalance(lot(id, Instant.parse(purchasedAt), FAR_AHEAD, 120), remaining);
    }

    private static LotBalance expiring(long id, String purchasedAt, Instant expiresAt, int remaining) {
        return new LotBalance(lot(id, Instant.parse(purchasedAt), expiresAt, 120), remaining);
    }

    private static List<Allocation> allocations(long... lotIdThenPoints) {
        var list = new ArrayList<Allocation>();
        for (int i = 0; i < lotIdThenPoints.length; i += 2) {
            list.add(new Allocation(lotIdThenPoints[i], (int) lotIdThenPoints[i + 1]));
        }
        return list;
    }

    private static int sum(List<Allocation> allocations) {
        return allocations.stream().mapToInt(Allocation::points).sum();
    }

    @Nested
    class Taking {

        @Test
        void takesFromTheOldestLotFirstWhateverOrderTheLotsAreGivenIn() {
            var wallet = new Wallet(
                    List.of(
                            live(3, "2025-03-01T00:00:00Z", 60),
                            live(1, "2025-01-01T00:00:00Z", 60),
                            live(2, "2025-02-01T00:00:00Z", 60)),
                    NOW);

            assertEquals(allocations(1, 60, 2, 60, 3, 10), wallet.take(130));
        }

        @Test
        void lotsBoughtAtTheSameInstantAreTakenInIdOrder() {
            var wallet =
                    new Wallet(List.of(live(9, "2025-02-01T00:00:00Z", 50), live(5, "2025-02-01T00:00:00Z", 50)), NOW);

            assertEquals(allocations(5, 50, 9, 20), wallet.take(70));
        }

        @Test
        void thePurchaseDateDecidesBeforeTheId() {
            // The older lot has the larger id (a back-dated adjustment, say).
            var wallet =
                    new Wallet(List.of(live(4, "2025-03-01T00:00:00Z", 50), live(8, "2025-01-01T00:00:00Z", 50)), NOW);

            assertEquals(allocations(8, 50, 4, 10), wallet.take(60));
        }

        @Test
        void anAmountWithinTheOldestLotTakesOnlyFromIt() {
            var wallet =
                    new Wallet(List.of(live(2, "2025-02-01T00:00:00Z", 60), live(1, "2025-01-01T00:00:00Z", 60)), NOW);

            assertEquals(allocations(1, 25), wallet.take(25));
        }

        @Test
        void exactlyEmptyingALotDoesNotTouchTheNextOne() {
            var wallet =
                    new Wallet(List.of(live(1, "2025-01-01T00:00:00Z", 60), live(2, "2025-02-01T00:00:00Z", 60)), NOW);

            assertEquals(allocations(1, 60), wallet.take(60));
        }

        @Test
        void takingEverythingAvailableSplitsExactly() {
            var wallet = new Wallet(
                    List.of(
                            live(1, "2025-01-01T00:00:00Z", 17),
                            live(2, "2025-02-01T00:00:00Z", 43),
                            live(3, "2025-03-01T00:00:00Z", 60)),
                    NOW);

            List<Allocation> taken = wallet.take(120);

            assertEquals(allocations(1, 17, 2, 43, 3, 60), taken);
            assertEquals(120, sum(taken));
        }

        @Test
        void emptyLotsAreSkipped() {
            var wallet =
                    new Wallet(List.of(live(1, "2025-01-01T00:00:00Z", 0), live(2, "2025-02-01T00:00:00Z", 60)), NOW);

            assertEquals(allocations(2, 40), wallet.take(40));
        }

        @Test
        void expiredLotsAreSkippedEvenWhenOlder() {
            var wallet = new Wallet(
                    List.of(
                            expiring(1, "2023-01-01T00:00:00Z", NOW.minus(Duration.ofDays(1)), 60),
                            live(2, "2025-02-01T00:00:00Z", 60)),
                    NOW);

            assertEquals(allocations(2, 40), wallet.take(40));
        }

        @Test
        void aLotIsExpiredAtTheVeryInstantItExpires() {
            var wallet = new Wallet(
                    List.of(expiring(1, "2023-06-01T12:00:00Z", NOW, 60), live(2, "2025-02-01T00:00:00Z", 60)), NOW);

            assertEquals(allocations(2, 40), wallet.take(40));
            assertEquals(60, wallet.available());
        }

        @Test
        void aLotIsUsableOneNanosecondBeforeItExpires() {
            var wallet = new Wallet(
                    List.of(
                            expiring(1, "2023-06-01T12:00:00Z", NOW.plus(ONE_NANO), 60),
                            live(2, "2025-02-01T00:00:00Z", 60)),
                    NOW);

            assertEquals(allocations(1, 40), wallet.take(40));
            assertEquals(120, wallet.available());
        }

        @Test
        void takingMoreThanIsAvailableIsAPaymentProblemSayingHowMuchIsMissing() {
            var wallet = new Wallet(
                    List.of(
                            expiring(1, "2023-01-01T00:00:00Z", NOW, 500),
                            live(2, "2025-02-01T00:00:00Z", 60),
                            live(3, "2025-03-01T00:00:00Z", 20)),
                    NOW);

            ProservException e = assertThrows(ProservException.class, () -> wallet.take(81));

            assertAll(
                    () -> assertEquals(ProblemCategory.PAYMENT_REQUIRED, e.category()),
                    () -> assertEquals(81, e.properties().get("needed")),
                    () -> assertEquals(80, e.properties().get("available"), "the expired lot does not count"));
        }

        @Test
        void anEmptyWalletCannotPayAnything() {
            var wallet = new Wallet(List.of(), NOW);

            ProservException e = assertThrows(ProservException.class, () -> wallet.take(1));

            assertEquals(ProblemCategory.PAYMENT_REQUIRED, e.category());
            assertEquals(0, e.properties().get("available"));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, -60})
        void onlyAPositiveAmountCanBeTaken(int points) {
            var wallet = new Wallet(List.of(live(1, "2025-01-01T00:00:00Z", 60)), NOW);

            ProservException e = assertThrows(ProservException.class, () -> wallet.take(points));

            assertEquals(ProblemCategory.VALIDATION, e.category());
            assertEquals(
                    List.of("points"),
                    e.fieldErrors().stream().map(FieldError::field).toList());
        }
    }

    @Nested
    class Balances {

        private final Wallet wallet = new Wallet(
                List.of(
                        expiring(1, "2023-01-01T00:00:00Z", NOW.minus(Duration.ofHours(1)), 45),
                        live(2, "2025-02-01T00:00:00Z", 60),
                        live(3, "2025-03-01T00:00:00Z", 0)),
                NOW);

        @Test
        void theBalanceIsTheSumOfEveryLotIncludingExpiredRemaindersNotYetSwept() {
            assertEquals(105, wallet.balance());
        }

        @Test
        void whatIsAvailableLeavesExpiredLotsOut() {
            assertEquals(60, wallet.available());
        }

        @Test
        void theLotsAreListedOldestFirst() {
            var unordered = new Wallet(
                    List.of(
                            live(3, "2025-03-01T00:00:00Z", 1),
                            live(1, "2025-01-01T00:00:00Z", 1),
                            live(2, "2025-01-01T00:00:00Z", 1)),
                    NOW);

            assertEquals(
                    List.of(1L, 2L, 3L),
                    unordered.lots().stream().map(b -> b.lot().id()).toList());
        }
    }

    @Nested
    class GivingBack {

        /** Three lots, given out of order; 20, 30 and 10 points were taken from them for one ticket. */
        private final List<LotBalance> lots = List.of(
                live(3, "2025-03-01T00:00:00Z", 50),
                live(1, "2025-01-01T00:00:00Z", 40),
                live(2, "2025-02-01T00:00:00Z", 30));

        private final Map<Long, Integer> takenFrom = Map.of(1L, 20, 2L, 30, 3L, 10);

        @Test
        void pointsGoBackToTheNewestLotFirstCappedByWhatWasTakenFromEach() {
            List<Allocation> back = new Wallet(lots, NOW).giveBack(takenFrom, 35);

            assertEquals(allocations(3, 10, 2, 25), back);
        }

        @Test
        void givingBackEverythingReturnsEachLotExactlyWhatWasTakenFromIt() {
            List<Allocation> back = new Wallet(lots, NOW).giveBack(takenFrom, 60);

            assertEquals(allocations(3, 10, 2, 30, 1, 20), back);
        }

        @Test
        void neverMoreThanWasTakenGoesBack() {
            List<Allocation> back = new Wallet(lots, NOW).giveBack(takenFrom, 100);

            assertEquals(allocations(3, 10, 2, 30, 1, 20), back);
            assertEquals(60, sum(back));
        }

        @Test
        void lotsNothingWasTakenFromGetNothing() {
            var withNewer = new ArrayList<>(lots);
            withNewer.add(live(4, "2025-04-01T00:00:00Z", 120));

            List<Allocation> back = new Wallet(withNewer, NOW).giveBack(Map.of(1L, 20, 4L, 0), 20);

            assertEquals(allocations(1, 20), back);
        }

        @Test
        void whatWouldGoBackToAnExpiredLotIsForfeited() {
            List<LotBalance> withExpired = List.of(
                    live(3, "2025-03-01T00:00:00Z", 50),
                    live(1, "2025-01-01T00:00:00Z", 40),
                    expiring(2, "2025-02-01T00:00:00Z", NOW, 30));

            List<Allocation> back = new Wallet(withExpired, NOW).giveBack(takenFrom, 60);

            assertEquals(allocations(3, 10, 1, 20), back);
            assertEquals(30, sum(back), "the 30 points taken from the expired lot are lost");
            assertTrue(back.stream().noneMatch(a -> a.lotId() == 2L));
        }

        @Test
        void aLotStillReceivesOneNanosecondBeforeItExpires() {
            List<LotBalance> almostExpired = List.of(
                    live(3, "2025-03-01T00:00:00Z", 50),
                    live(1, "2025-01-01T00:00:00Z", 40),
                    expiring(2, "2025-02-01T00:00:00Z", NOW.plus(ONE_NANO), 30));

            assertEquals(allocations(3, 10, 2, 30, 1, 20), new Wallet(almostExpired, NOW).giveBack(takenFrom, 60));
        }

        @Test
        void nothingGoesBackWhenNothingWasTaken() {
            assertEquals(List.of(), new Wallet(lots, NOW).giveBack(Map.of(), 30));
        }
    }

    @Nested
    class Expiry {

        private final PointsPolicy policy = PointsPolicy.standard();

        @Test
        void aLotExpiresTwoCalendarYearsAfterItsPurchase() {
            assertEquals(Instant.parse("2027-03-15T09:30:00Z"), policy.expiryOf(Instant.parse("2025-03-15T09:30:00Z")));
        }

        @Test
        void aLotBoughtOnTheTwentyNinthOfFebruaryExpiresOnTheTwentyEighth() {
            // 10:15Z is 14:15 at +04:00 on 29 February: 28 February 2026, 14:15 local
            assertEquals(Instant.parse("2026-02-28T10:15:30Z"), policy.expiryOf(Instant.parse("2024-02-29T10:15:30Z")));
        }

        @Test
        void yearsAreCountedInTheSupportCalendarsZone() {
            // 2024-02-28T22:00Z is already 29 February 02:00 at +04:00: 28 February 2026 02:00 local,
            // the evening of the 27th in UTC (adding the years in UTC would give the 28th, 22:00Z)
            assertEquals(Instant.parse("2026-02-27T22:00:00Z"), policy.expiryOf(Instant.parse("2024-02-28T22:00:00Z")));
        }

        @Test
        void aPurchaseOnTheLastEveningOfTheYearInUtcIsOnNewYearsDayLocally() {
            Instant purchased = Instant.parse("2023-12-31T21:30:00Z");
            Instant expiry = policy.expiryOf(purchased);

            assertEquals(
                    LocalDateTime.parse("2026-01-01T01:30"),
                    expiry.atOffset(ZoneOffset.ofHours(4)).toLocalDateTime());
            assertEquals(Instant.parse("2025-12-31T21:30:00Z"), expiry);
        }

        @Test
        void theLocalTimeOfDayIsKeptAcrossASummerTimeChangeInAZoneWithOne() {
            PointsPolicy berlin = new PointsPolicy(
                    Period.ofYears(2),
                    Duration.ofDays(30),
                    Duration.ofDays(30),
                    ZoneId.of("Europe/Berlin"),
                    PointsPolicy.standard().currency());
            // noon on 30 March 2024 is still winter time (+01:00); on 30 March 2026 summer time (+02:00)
            assertEquals(Instant.parse("2026-03-30T10:00:00Z"), berlin.expiryOf(Instant.parse("2024-03-30T11:00:00Z")));
        }

        @Test
        void aLotIsUsableUntilJustBeforeItsExpiryInstant() {
            Instant purchased = Instant.parse("2024-02-29T10:15:30Z");
            PointLot lot = lot(1, purchased, policy.expiryOf(purchased), 60);

            assertAll(
                    () -> assertFalse(lot.expiredAt(purchased)),
                    () -> assertFalse(
                            lot.expiredAt(Instant.parse("2026-02-28T10:15:30Z").minus(ONE_NANO))),
                    () -> assertTrue(lot.expiredAt(Instant.parse("2026-02-28T10:15:30Z"))),
                    () -> assertTrue(lot.expiredAt(Instant.parse("2026-03-01T00:00:00Z"))));
        }
    }
}
