package org.proserv.installations.upgrades;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.proserv.projects.api.InvoicePaid;

/** A paid invoice of an upgrade order pays the order, in the payment's transaction: both commit, or neither does. */
@ApplicationScoped
public class UpgradeEvents {

    @EJB
    UpgradeOrders orders;

    void onInvoicePaid(@Observes InvoicePaid paid) {
        if (UpgradeOrders.INVOICE_SUBJECT.equals(paid.subjectType())) {
            orders.invoicePaid(paid);
        }
    }
}
