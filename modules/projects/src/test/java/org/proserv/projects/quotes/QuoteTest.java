package org.proserv.projects.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;
import org.proserv.projects.billing.BillingTerms;
import org.proserv.projects.billing.PlanPart;
import org.proserv.projects.requests.RequestKind;

class QuoteTest {

    private static final QuoteTerms TERMS = QuoteTerms.standard();
    private static final BillingTerms BILLING = BillingTerms.standard();
    /** 10:00 in the calendar's zone (+04:00). */
    private static final Instant SENT = Instant.parse("2026-03-02T06:00:00Z");

    private static QuoteDraft draft(String... prices) {
        var items = new ArrayList<QuoteDraft.Item>();
        for (int i = 0; i < prices.length; i++) {
            items.add(new QuoteDraft.Item("item " + i, 3, Money.of(prices[i], "USD")));
        }
        return new QuoteDraft(items, 10, base(), List.of());
    }

    private static QuoteDraft.Base base() {
        return new QuoteDraft.Base("X-Cart", "4.7.12", List.of("One Page Checkout"), "Classic");
    }

    private static Quote quote(QuoteDraft draft) {
        return new Quote(1, 7, RequestKind.DEVELOPMENT, null, draft, "quinn", TERMS, BILLING, SENT);
    }

    private static String rule(Runnable action) {
        var refused = assertThrows(ProservException.class, action::run);
        assertEquals(ProblemCategory.CONFLICT, refused.category());
        return (String) refused.properties().get("rule");
    }

    @Test
    void theTotalIsTheExactSumOfTheItems() {
        var quote = quote(draft("0.10", "0.20", "123.45"));
        assertEquals(Money.of("123.75", "USD"), quote.newest().total());
        assertEquals(3, quote.newest().items().size());
        assertEquals(3, quote.newest().items().get(0).hours());
    }

    @Test
    void itemsInMixedCurrenciesAreRefused() {
        var draft = new QuoteDraft(
                List.of(
                        new QuoteDraft.Item("a", 1, Money.of("1.00", "USD")),
                        new QuoteDraft.Item("b", 1, Money.of("1.00", "EUR"))),
                10,
                base(),
                List.of());
        var refused = assertThrows(ProservException.class, () -> quote(draft));
        assertEquals("items[1].price", refused.fieldErrors().get(0).field());
    }

    @Test
    void anItemNeedsADescriptionHoursAndANonNegativePrice() {
        assertEquals("items", field(new QuoteDraft(List.of(), 10, base(), List.of())));
        assertEquals(
                "items[0].description",
                field(new QuoteDraft(
                        List.of(new QuoteDraft.Item(" ", 1, Money.of("1.00", "USD"))), 10, base(), List.of())));
        assertEquals(
                "items[0].hours",
                field(new QuoteDraft(
                        List.of(new QuoteDraft.Item("a", -1, Money.of("1.00", "USD"))), 10, base(), List.of())));
        assertEquals(
                "items[0].price",
                field(new QuoteDraft(
                        List.of(new QuoteDraft.Item("a", 1, Money.of("-1.00", "USD"))), 10, base(), List.of())));
        assertEquals("timeframeDays", field(new QuoteDraft(draft("1.00").items(), 0, base(), List.of())));
        assertEquals("base", field(new QuoteDraft(draft("1.00").items(), 5, null, List.of())));
        assertEquals(
                "base.skin",
                field(new QuoteDraft(
                        draft("1.00").items(), 5, new QuoteDraft.Base("X-Cart", "4.7.12", List.of(), ""), List.of())));
    }

    @Test
    void aQuoteThatCouldNotBePaidIsRefusedWhenWritten() {
        var parts = List.of(new PlanPart("a", Money.of("600.00", "USD")), new PlanPart("b", Money.of("399.99", "USD")));
        assertEquals("parts", field(new QuoteDraft(draft("1000.00").items(), 30, base(), parts)));
    }

    @Test
    void theQuoteStatesItsBaseAndThatNothingElseIsGuaranteed() {
        var scope = quote(draft("10.00")).newest().guaranteeScope();
        assertTrue(scope.contains("X-Cart 4.7.12"), scope);
        assertTrue(scope.contains("One Page Checkout"), scope);
        assertTrue(scope.contains("Classic"), scope);
        assertTrue(scope.contains("not guaranteed for any other version, module or skin"), scope);
    }

    @Test
    void isValidTwoCalendarMonthsInTheCalendarsZone() {
        assertEquals(
                Instant.parse("2026-05-02T06:00:00Z"),
                quote(draft("10.00")).newest().validUntil());
        // sent on 31 December local time (20:30Z on the 30th is 00:30 on the 31st in +04:00): valid to 28 February
        assertEquals(Instant.parse("2026-02-27T20:30:00Z"), TERMS.validUntil(Instant.parse("2025-12-30T20:30:00Z")));
    }

    @Test
    void acceptedOneSecondBeforeValidUntil() {
        var quote = quote(draft("10.00"));
        var validUntil = quote.newest().validUntil();
        var accepted = quote.accept(1, "alice", validUntil.minusSeconds(1));
        assertEquals(QuoteStatus.ACCEPTED, accepted.status());
    }

    @Test
    void refusedAtValidUntilEvenBeforeAnySweepMarkedIt() {
        var quote = quote(draft("10.00"));
        var validUntil = quote.newest().validUntil();
        assertEquals(QuoteStatus.SENT, quote.newest().status());
        assertEquals(QuoteStatus.EXPIRED, quote.newest().statusAt(validUntil));
        assertEquals(QuoteStatus.SENT, quote.newest().statusAt(validUntil.minusNanos(1000)));
        assertEquals("quote-expired", rule(() -> quote.accept(1, "alice", validUntil)));
        assertEquals("quote-expired", rule(() -> quote.accept(1, "alice", validUntil.plusSeconds(86_400))));
        assertEquals(QuoteStatus.SENT, quote.newest().status());
    }

    @Test
    void aRevisionIsTheNextVersionAndSupersedesTheOneBefore() {
        var quote = quote(draft("400.00"));
        var later = SENT.plusSeconds(3600);
        var v2 = quote.revise(draft("400.00", "150.00"), "quinn", "checkout added", TERMS, BILLING, later);
        assertEquals(2, v2.number());
        assertEquals(Money.of("550.00", "USD"), v2.total());
        assertEquals(TERMS.validUntil(later), v2.validUntil());
        var v1 = quote.version(1);
        assertEquals(QuoteStatus.SUPERSEDED, v1.status());
        assertEquals(Money.of("400.00", "USD"), v1.total());
        assertEquals(v2, quote.newest());
        assertEquals(
                List.of(QuoteStatus.SENT, QuoteStatus.SUPERSEDED, QuoteStatus.SENT),
                quote.history().stream().map(QuoteHistory::status).toList());
        assertEquals(
                List.of(1, 1, 2),
                quote.history().stream().map(QuoteHistory::versionNumber).toList());
    }

    @Test
    void onlyTheNewestVersionCanBeAccepted() {
        var quote = quote(draft("400.00"));
        quote.revise(draft("450.00"), "quinn", null, TERMS, BILLING, SENT.plusSeconds(60));
        assertEquals("quote-superseded", rule(() -> quote.accept(1, "alice", SENT.plusSeconds(120))));
        assertEquals(
                QuoteStatus.ACCEPTED,
                quote.accept(2, "alice", SENT.plusSeconds(120)).status());
    }

    @Test
    void anExpiredQuoteMayBeRevisedAndTheRevisionIsValidAgain() {
        var quote = quote(draft("400.00"));
        var late = quote.newest().validUntil().plusSeconds(10);
        quote.revise(draft("420.00"), "quinn", null, TERMS, BILLING, late);
        assertEquals(
                QuoteStatus.ACCEPTED,
                quote.accept(2, "alice", late.plusSeconds(10)).status());
    }

    @Test
    void anAcceptedQuoteIsNeverRevisedNorAcceptedAgain() {
        var quote = quote(draft("400.00"));
        quote.accept(1, "alice", SENT.plusSeconds(10));
        assertEquals(
                "quote-accepted",
                rule(() -> quote.revise(draft("500.00"), "quinn", null, TERMS, BILLING, SENT.plusSeconds(20))));
        assertEquals("quote-already-accepted", rule(() -> quote.accept(1, "alice", SENT.plusSeconds(30))));
        assertEquals(1, quote.versions().size());
        assertEquals(Money.of("400.00", "USD"), quote.newest().total());
    }

    @Test
    void anUnknownVersionIsNotFound() {
        var refused =
                assertThrows(ProservException.class, () -> quote(draft("1.00")).accept(3, "alice", SENT));
        assertEquals(ProblemCategory.NOT_FOUND, refused.category());
    }

    @Test
    void theAcceptedVersionsPlanIsTheOneItsQuoteDefines() {
        var parts = List.of(
                new PlanPart("design", Money.of("600.00", "USD")), new PlanPart("code", Money.of("400.00", "USD")));
        var quote = quote(new QuoteDraft(draft("1000.00").items(), 30, base(), parts));
        assertEquals(parts, quote.accept(1, "alice", SENT.plusSeconds(1)).plan(BILLING));
    }

    private static String field(QuoteDraft draft) {
        var refused = assertThrows(ProservException.class, () -> quote(draft));
        assertEquals(ProblemCategory.VALIDATION, refused.category());
        return refused.fieldErrors().get(0).field();
    }
}
