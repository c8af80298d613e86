package org.proserv.projects.api;

import java.time.Instant;
import org.proserv.kernel.money.Money;

/**
 * An invoice as other contexts read it.
 *
 * @param status {@code ISSUED}, {@code PAID} or {@code VOID}
 * @param paidAt null until paid
 */
public record InvoiceRecord(
        long id,
        long customerId,
        String subjectType,
        long subjectId,
        String description,
        Money amount,
        String status,
        Instant issuedAt,
        Instant paidAt) {

    public boolean paid() {
        return "PAID".equals(status);
    }
}
