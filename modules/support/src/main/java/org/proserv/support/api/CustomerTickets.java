package org.proserv.support.api;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.proserv.support.tickets.Ticket;

/** Support's tickets for the other contexts: whether a ticket is one of a customer's (an order placed from it). */
@Stateless
public class CustomerTickets {

    @PersistenceContext(unitName = "support")
    EntityManager em;

    public boolean belongsTo(long ticketId, long customerId) {
        var ticket = em.find(Ticket.class, ticketId);
        return ticket != null && ticket.customerId() == customerId;
    }
}
