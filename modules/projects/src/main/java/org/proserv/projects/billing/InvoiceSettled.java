package org.proserv.projects.billing;

import java.time.Instant;
import org.proserv.kernel.money.Money;

/**
 * Fired synchronously, inside the payment's transaction, when an invoice is paid; the published
 * {@code org.proserv.projects.api.InvoicePaid} is relayed from it.
 */
public record InvoiceSettled(
        long invoiceId, long customerId, String subjectType, long subjectId, Money amount, Instant paidAt) {}
