package org.proserv.installations.orders;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.proserv.projects.api.InvoicePaid;
import org.proserv.support.api.PointsToppedUp;

/**
 * What the other contexts tell the orders, in the transaction of their change: a top-up pays the customer's orders
 * waiting for points, a paid invoice pays its order. Both commit with the change that caused them, or neither does.
 */
@ApplicationScoped
public class OrderEvents {

    @EJB
    InstallationOrders orders;

    void onToppedUp(@Observes PointsToppedUp toppedUp) {
        orders.resumeAwaitingTopUp(toppedUp.customerId());
    }

    void onInvoicePaid(@Observes InvoicePaid paid) {
        if (InstallationOrders.INVOICE_SUBJECT.equals(paid.subjectType())) {
            orders.invoicePaid(paid);
        }
    }
}
