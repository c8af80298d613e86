package org.proserv.projects.api;

import java.time.Instant;
import org.proserv.kernel.money.Money;

/**
 * An invoice was paid. Fired synchronously inside the payment's transaction: an observer in another context acts in
 * that transaction (its change commits with the payment, or neither does), and should observe only the subject types it
 * issued invoices for.
 */
public record InvoicePaid(
        long invoiceId, long customerId, String subjectType, long subjectId, Money amount, Instant paidAt) {}
