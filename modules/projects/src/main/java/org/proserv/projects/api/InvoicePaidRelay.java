package org.proserv.projects.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.proserv.projects.billing.InvoiceSettled;

/** Publishes billing's payments as {@link InvoicePaid}, in the same transaction (a synchronous observer). */
@ApplicationScoped
public class InvoicePaidRelay {

    @Inject
    Event<InvoicePaid> paid;

    void relay(@Observes InvoiceSettled settled) {
        paid.fire(new InvoicePaid(
                settled.invoiceId(),
                settled.customerId(),
                settled.subjectType(),
                settled.subjectId(),
                settled.amount(),
                settled.paidAt()));
    }
}
