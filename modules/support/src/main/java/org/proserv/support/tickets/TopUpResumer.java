package org.proserv.support.tickets;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.proserv.support.customers.SupportGained;

/**
 * Buying points, a one-incident package or a subscription resumes the customer's tickets that were waiting for a
 * top-up. After the purchase has committed, in a transaction of its own: a purchase never fails because of a ticket.
 */
@ApplicationScoped
public class TopUpResumer {

    private static final Logger LOG = Logger.getLogger(TopUpResumer.class.getName());

    @EJB
    Tickets tickets;

    void onSupportGained(@Observes(during = TransactionPhase.AFTER_SUCCESS) SupportGained event) {
        try {
            tickets.resumeAwaitingTopUp(event.customerId());
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "tickets of customer " + event.customerId()
                            + " waiting for a top-up were not resumed; the next top-up or classification will",
                    e);
        }
    }
}
