package org.proserv.support.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.proserv.support.tickets.ChargeSettlement.Step.AWAIT_TOP_UP;
import static org.proserv.support.tickets.ChargeSettlement.Step.COVERED;
import static org.proserv.support.tickets.ChargeSettlement.Step.GIVE_BACK;
import static org.proserv.support.tickets.ChargeSettlement.Step.PAY_INSTEAD;
import static org.proserv.support.tickets.ChargeSettlement.Step.SPEND;

import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proserv.support.charging.ChargeSource;

class ChargeSettlementTest {

    private static final Supplier<Optional<ChargeSource>> NO_OTHER_SOURCE = Optional::empty;

    private static IntSupplier holding(int points) {
        return () -> points;
    }

    @ParameterizedTest
    @EnumSource(value = ChargeSource.class, names = "POINTS", mode = EnumSource.Mode.EXCLUDE)
    void aTicketPaidByASubscriptionOrAPackageOwesNoPoints(ChargeSource source) {
        var settlement = ChargeSettlement.decide(
                source,
                80,
                () -> {
                    throw new AssertionError("the balance is not asked");
                },
                NO_OTHER_SOURCE);
        assertEquals(COVERED, settlement.step());
    }

    @Test
    void whatIsOwedIsSpentWhenThePointsSuffice() {
        var exactly = ChargeSettlement.decide(ChargeSource.POINTS, 50, holding(50), NO_OTHER_SOURCE);
        assertEquals(new ChargeSettlement(SPEND, 50, null), exactly);
    }

    @Test
    void nothingOwedIsCovered() {
        assertEquals(
                COVERED,
                ChargeSettlement.decide(ChargeSource.POINTS, 0, holding(0), NO_OTHER_SOURCE)
                        .step());
    }

    @Test
    void aTicketCheaperThanWhatWasChargedGivesTheDifferenceBack() {
        assertEquals(
                new ChargeSettlement(GIVE_BACK, 25, null),
                ChargeSettlement.decide(ChargeSource.POINTS, -25, holding(0), NO_OTHER_SOURCE));
    }

    @Test
    void shortOfPointsTheTicketWaitsForExactlyWhatIsMissing() {
        assertEquals(
                new ChargeSettlement(AWAIT_TOP_UP, 40, null),
                ChargeSettlement.decide(ChargeSource.POINTS, 160, holding(120), NO_OTHER_SOURCE));
    }

    @Test
    void shortOfPointsAnotherSourceThatCanPayTakesOver() {
        var settlement = ChargeSettlement.decide(
                ChargeSource.POINTS, 160, holding(120), () -> Optional.of(ChargeSource.PACKAGE));
        assertEquals(PAY_INSTEAD, settlement.step());
        assertEquals(ChargeSource.PACKAGE, settlement.source());
    }

    @Test
    void anotherSourceIsNotAskedWhileThePointsSuffice() {
        boolean[] asked = {false};
        ChargeSettlement.decide(ChargeSource.POINTS, 10, holding(10), () -> {
            asked[0] = true;
            return Optional.of(ChargeSource.PACKAGE);
        });
        assertFalse(asked[0]);
    }
}
