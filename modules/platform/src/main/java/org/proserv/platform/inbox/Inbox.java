package org.proserv.platform.inbox;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import org.proserv.kernel.paging.Page;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.kernel.paging.PagedQuery;
import org.proserv.platform.accounts.Actor;

/**
 * Notices for people, from every context. A rule tells someone inside the transaction of the change that calls for it,
 * so the notice exists exactly when the change does: a sweep that claims a row once tells once.
 */
@Stateless
public class Inbox {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /**
     * @param kind what happened, e.g. {@code QUOTE_EXPIRED}
     * @param subject what it is about, e.g. {@code quote:42}
     */
    public void tell(Recipient to, String kind, String subject, String message, Instant now) {
        em.persist(new Notice(to, kind, subject, message, now));
    }

    /** The reader's own notices, newest first: a customer's, or a staff member's and their role's. */
    public Page<InboxEntry> of(Actor reader, PageRequest request) {
        var query = PagedQuery.from(em, Notice.class, "Notice n", "n");
        if (reader.isCustomer()) {
            query.where("n.customerId = :customer", "customer", reader.customerId());
        } else {
            query.where(
                    "(n.username = :username or n.role = :role)",
                    Map.of("username", reader.username(), "role", reader.role()));
        }
        return query.page("n.createdAt desc, n.id desc", request).map(Notice::entry);
    }
}
