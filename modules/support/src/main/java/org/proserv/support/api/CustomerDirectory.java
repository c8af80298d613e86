package org.proserv.support.api;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.proserv.support.customers.Customer;

/** Support's customers for the other contexts, which refer to a customer by id only. */
@Stateless
public class CustomerDirectory {

    @PersistenceContext(unitName = "support")
    EntityManager em;

    public boolean exists(long customerId) {
        return em.find(Customer.class, customerId) != null;
    }

    public Optional<CustomerCard> find(long customerId) {
        return Optional.ofNullable(em.find(Customer.class, customerId))
                .map(c -> new CustomerCard(c.id(), c.name(), c.email()));
    }
}
