package org.proserv.projects.api;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Optional;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;
import org.proserv.projects.billing.Billing;
import org.proserv.projects.billing.Invoice;
import org.proserv.support.api.CustomerDirectory;

/**
 * Invoices for other contexts: issue one to a customer for a subject of theirs (an installation order: subject type
 * {@code installation-order}, subject id the order's), read it, void it while unpaid. Payments are recorded through the
 * API, as for every invoice; {@link InvoicePaid} tells the issuer, in the payment's transaction.
 */
@Stateless
public class ProjectInvoices {

    @EJB
    Billing billing;

    @EJB
    CustomerDirectory customers;

    /**
     * Issues an invoice in the caller's transaction; returns its id. The customer must exist (400 naming
     * {@code customerId}); the subject type {@code project} is reserved for project parts.
     */
    public long issue(long customerId, Money amount, String subjectType, long subjectId, String description) {
        if (!customers.exists(customerId)) {
            throw ProservException.invalid("customerId", "customer " + customerId + " does not exist");
        }
        if (Invoice.PROJECT.equals(subjectType)) {
            throw ProservException.invalid("subjectType", "project is reserved for the parts of project plans");
        }
        return billing.issue(customerId, subjectType, subjectId, null, 1, description, amount)
                .id();
    }

    public Optional<InvoiceRecord> invoice(long invoiceId) {
        return billing.find(invoiceId).map(ProjectInvoices::record);
    }

    /** Voids an unpaid invoice (409 naming the rule for a paid one); returns it as it now is. */
    public InvoiceRecord voidUnpaid(long invoiceId) {
        return record(billing.voidUnpaid(invoiceId));
    }

    static InvoiceRecord record(Invoice invoice) {
        return new InvoiceRecord(
                invoice.id(),
                invoice.customerId(),
                invoice.subjectType(),
                invoice.subjectId(),
                invoice.scope(),
                invoice.amount(),
                invoice.status().name(),
                invoice.issuedAt(),
                invoice.paidAt());
    }
}
