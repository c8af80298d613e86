package org.proserv.incontainer;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Direct SQL on the support schema, for a test that needs a row no use case would leave behind. */
@Stateless
public class SupportRows {

    @PersistenceContext(unitName = "support")
    EntityManager em;

    /** Makes a ticket claim to await an answer of no kind: the breach sweep picks it, and processing it fails. */
    public void forgetAwaitedKind(long ticketId) {
        setAwaitedKind(ticketId, null);
    }

    public void setAwaitedKind(long ticketId, String kind) {
        em.createNativeQuery("update support_ticket set response_due_kind = ? where id = ?")
                .setParameter(1, kind)
                .setParameter(2, ticketId)
                .executeUpdate();
    }
}
