package org.proserv.support.notices;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.proserv.kernel.paging.Page;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.platform.accounts.Actor;
import org.proserv.support.customers.Customers;

/** A customer's inbox of notices, newest first. */
@Stateless
public class Notices {

    @PersistenceContext(unitName = "support")
    EntityManager em;

    @EJB
    Customers customers;

    public Page<Notice> of(Actor actor, long customerId, PageRequest request) {
        customers.find(actor, customerId);
        var items = em.createQuery(
                        "select n from Notice n where n.customerId = :c order by n.createdAt desc, n.id desc",
                        Notice.class)
                .setParameter("c", customerId)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        long total = em.createQuery("select count(n) from Notice n where n.customerId = :c", Long.class)
                .setParameter("c", customerId)
                .getSingleResult();
        return Page.of(items, request, total);
    }
}
