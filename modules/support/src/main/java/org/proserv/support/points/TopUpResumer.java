package org.proserv.support.points;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.proserv.support.tickets.Tickets;

/** Buying points resumes the customer's tickets that were waiting for a top-up, in the same transaction. */
@ApplicationScoped
public class TopUpResumer {

    @EJB
    Tickets tickets;

    void onPointsAdded(@Observes PointsAdded event) {
        tickets.resumeAwaitingTopUp(event.customerId());
    }
}
