package org.proserv.projects.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;
import org.proserv.projects.requests.RequestKind;

class PaymentPlanTest {

    private static final BillingTerms TERMS = BillingTerms.standard();

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static List<PlanPart> plan(RequestKind kind, String total, PlanPart... parts) {
        return PaymentPlan.of(kind, usd(total), List.of(parts), TERMS);
    }

    private static ProservException refused(RequestKind kind, String total, PlanPart... parts) {
        var refused = assertThrows(ProservException.class, () -> plan(kind, total, parts));
        assertEquals(ProblemCategory.VALIDATION, refused.category());
        return refused;
    }

    @Test
    void theDefaultLimitIsFiveHundredDollars() {
        assertEquals(usd("500.00"), TERMS.singlePaymentLimit());
    }

    @Test
    void upToTheLimitOnePartOfTheWholeTotalUpfront() {
        assertEquals(List.of(new PlanPart(PaymentPlan.WHOLE, usd("500.00"))), plan(RequestKind.DEVELOPMENT, "500.00"));
        assertEquals(
                List.of(new PlanPart(PaymentPlan.WHOLE, usd("0.01"))), plan(RequestKind.DESIGN_INTEGRATION, "0.01"));
    }

    @Test
    void upToTheLimitPartsAreRefused() {
        var refused = refused(
                RequestKind.DEVELOPMENT, "500.00", new PlanPart("a", usd("250.00")), new PlanPart("b", usd("250.00")));
        assertEquals("parts", refused.fieldErrors().get(0).field());
    }

    @Test
    void aboveTheLimitTheQuotedPartsWhenTheySumExactly() {
        var parts = plan(
                RequestKind.DEVELOPMENT,
                "500.01",
                new PlanPart("catalogue", usd("300.00")),
                new PlanPart(" checkout ", usd("200.01")));
        assertEquals(List.of(new PlanPart("catalogue", usd("300.00")), new PlanPart("checkout", usd("200.01"))), parts);
    }

    @Test
    void aboveTheLimitWithoutPartsOnePart() {
        assertEquals(List.of(new PlanPart(PaymentPlan.WHOLE, usd("900.00"))), plan(RequestKind.DEVELOPMENT, "900.00"));
    }

    @Test
    void partsOffByOneCentAreRefused() {
        var refused = refused(
                RequestKind.DEVELOPMENT, "900.00", new PlanPart("a", usd("450.00")), new PlanPart("b", usd("449.99")));
        assertEquals("parts", refused.fieldErrors().get(0).field());
        refused(RequestKind.DEVELOPMENT, "900.00", new PlanPart("a", usd("450.00")), new PlanPart("b", usd("450.01")));
    }

    @Test
    void aPartNeedsAScopeAndAPositiveAmountInTheQuotesCurrency() {
        assertEquals(
                "parts[1].scope",
                refused(
                                RequestKind.DEVELOPMENT,
                                "900.00",
                                new PlanPart("a", usd("900.00")),
                                new PlanPart(" ", usd("0.00")))
                        .fieldErrors()
                        .get(0)
                        .field());
        assertEquals(
                "parts[0].amount",
                refused(
                                RequestKind.DEVELOPMENT,
                                "900.00",
                                new PlanPart("a", usd("0.00")),
                                new PlanPart("b", usd("900.00")))
                        .fieldErrors()
                        .get(0)
                        .field());
        assertEquals(
                "parts[0].amount",
                refused(RequestKind.DEVELOPMENT, "900.00", new PlanPart("a", Money.of("900.00", "EUR")))
                        .fieldErrors()
                        .get(0)
                        .field());
    }

    @Test
    void designCreationIsAlwaysFortyThenSixtyPercent() {
        assertEquals(
                List.of(
                        new PlanPart(PaymentPlan.DESIGN_STAGE_1, usd("40.00")),
                        new PlanPart(PaymentPlan.DESIGN_STAGE_2, usd("60.00"))),
                plan(RequestKind.DESIGN_CREATION, "100.00"));
        assertEquals(
                List.of(
                        new PlanPart(PaymentPlan.DESIGN_STAGE_1, usd("800.00")),
                        new PlanPart(PaymentPlan.DESIGN_STAGE_2, usd("1200.00"))),
                plan(RequestKind.DESIGN_CREATION, "2000.00"));
    }

    @Test
    void designCreationRoundsTheAdvanceToTheCentAndPutsTheRemainderLast() {
        // 40% of 333.33 is 133.332: 133.33, and 200.00 after it
        assertEquals(List.of(usd("133.33"), usd("200.00")), amounts(plan(RequestKind.DESIGN_CREATION, "333.33")));
        // 40% of 3.37 is 1.348: half up to 1.35, remainder 2.02
        assertEquals(List.of(usd("1.35"), usd("2.02")), amounts(plan(RequestKind.DESIGN_CREATION, "3.37")));
        // 40% of 0.05 is 0.02 exactly; 40% of 0.01 rounds to 0.00 and the remainder carries it
        assertEquals(List.of(usd("0.02"), usd("0.03")), amounts(plan(RequestKind.DESIGN_CREATION, "0.05")));
        // 40% of 1000.01 is 400.004
        assertEquals(List.of(usd("400.00"), usd("600.01")), amounts(plan(RequestKind.DESIGN_CREATION, "1000.01")));
        for (long cents = 1; cents < 2000; cents += 7) {
            var parts = PaymentPlan.of(RequestKind.DESIGN_CREATION, new Money(cents, "USD"), List.of(), TERMS);
            assertEquals(
                    cents, parts.get(0).amount().plus(parts.get(1).amount()).cents());
            assertEquals(Math.round(cents * 0.4), parts.get(0).amount().cents(), "40% of " + cents);
        }
    }

    @Test
    void designCreationRefusesQuotedParts() {
        refused(RequestKind.DESIGN_CREATION, "900.00", new PlanPart("a", usd("900.00")));
    }

    @Test
    void aTotalMustBePositiveAndInTheLimitsCurrency() {
        refused(RequestKind.DEVELOPMENT, "0.00");
        var refused = assertThrows(
                ProservException.class,
                () -> PaymentPlan.of(RequestKind.DEVELOPMENT, Money.of("10.00", "EUR"), List.of(), TERMS));
        assertEquals("items", refused.fieldErrors().get(0).field());
    }

    @Test
    void amountsTooLargeToSplitOrSumAreRefusedNotOverflowed() {
        var huge = new Money(Long.MAX_VALUE - 1, "USD");
        var refused = assertThrows(
                ProservException.class, () -> PaymentPlan.of(RequestKind.DESIGN_CREATION, huge, List.of(), TERMS));
        assertEquals("items", refused.fieldErrors().get(0).field());
        var parts = List.of(new PlanPart("a", huge), new PlanPart("b", huge));
        assertThrows(ProservException.class, () -> PaymentPlan.of(RequestKind.DEVELOPMENT, huge, parts, TERMS));
    }

    private static List<Money> amounts(List<PlanPart> parts) {
        return parts.stream().map(PlanPart::amount).toList();
    }
}
