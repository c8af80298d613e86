package org.proserv.projects.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;

class InvoiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static Invoice invoice(String amount) {
        return new Invoice(7, Invoice.PROJECT, 40, 30L, 1, "The whole project", Money.of(amount, "USD"), NOW);
    }

    @Test
    void isPaidWithExactlyTheAmountDue() {
        var invoice = invoice("250.00");
        invoice.pay(Money.of("250.00", "USD"), NOW.plusSeconds(60));
        assertEquals(InvoiceStatus.PAID, invoice.status());
        assertEquals(NOW.plusSeconds(60), invoice.paidAt());
    }

    @Test
    void refusesLessMoreOrAnotherCurrencyAndStaysIssued() {
        var invoice = invoice("250.00");
        for (var wrong : new Money[] {
            Money.of("249.99", "USD"), Money.of("250.01", "USD"), Money.of("250.00", "EUR"), Money.of("500.00", "USD")
        }) {
            var refused = assertThrows(ProservException.class, () -> invoice.pay(wrong, NOW));
            assertEquals(ProblemCategory.UNPROCESSABLE, refused.category());
            assertEquals("amount", refused.fieldErrors().get(0).field());
            assertEquals("exact-amount-due", refused.properties().get("rule"));
        }
        assertEquals(InvoiceStatus.ISSUED, invoice.status());
    }

    @Test
    void isNeverPaidTwice() {
        var invoice = invoice("250.00");
        invoice.pay(Money.of("250.00", "USD"), NOW);
        var refused = assertThrows(ProservException.class, () -> invoice.pay(Money.of("250.00", "USD"), NOW));
        assertEquals(ProblemCategory.CONFLICT, refused.category());
        assertEquals("invoice-already-paid", refused.properties().get("rule"));
        assertEquals(NOW, invoice.paidAt());
    }

    @Test
    void aPaidInvoiceCannotBeVoidedAndAVoidOneCannotBePaid() {
        var paid = invoice("10.00");
        paid.pay(Money.of("10.00", "USD"), NOW);
        assertEquals(
                "invoice-already-paid",
                assertThrows(ProservException.class, () -> paid.voidUnpaid(NOW))
                        .properties()
                        .get("rule"));
        var voided = invoice("10.00");
        voided.voidUnpaid(NOW);
        assertEquals(InvoiceStatus.VOID, voided.status());
        assertEquals(
                "invoice-void",
                assertThrows(ProservException.class, () -> voided.pay(Money.of("10.00", "USD"), NOW))
                        .properties()
                        .get("rule"));
    }

    @Test
    void needsAPositiveAmountAScopeAndASubjectType() {
        assertThrows(
                ProservException.class,
                () -> new Invoice(7, Invoice.PROJECT, 1, null, 1, "x", Money.of("0.00", "USD"), NOW));
        assertThrows(
                ProservException.class,
                () -> new Invoice(7, Invoice.PROJECT, 1, null, 1, " ", Money.of("1.00", "USD"), NOW));
        assertThrows(ProservException.class, () -> new Invoice(7, "", 1, null, 1, "x", Money.of("1.00", "USD"), NOW));
    }
}
