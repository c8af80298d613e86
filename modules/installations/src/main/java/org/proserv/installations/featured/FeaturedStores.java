package org.proserv.installations.featured;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.paging.Page;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.kernel.paging.PagedQuery;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.platform.inbox.Inbox;
import org.proserv.platform.inbox.Recipient;

/** Featured-store requests: customers ask, staff decide, the accepted stores are listed publicly. */
@Stateless
public class FeaturedStores {

    /** The staff who see and decide the requests. */
    static final Set<Role> DECIDERS =
            EnumSet.of(Role.installation_engineer, Role.upgrade_specialist, Role.project_manager, Role.admin);

    @PersistenceContext(unitName = "installations")
    EntityManager em;

    @EJB
    Inbox inbox;

    @Inject
    Clock clock;

    /** A customer's store asks to be listed; one open request per store address. */
    public FeaturedStoreRequest submit(Actor actor, String storeUrl, String feedback) {
        var now = clock.instant();
        var request = new FeaturedStoreRequest(actor, storeUrl, feedback, now);
        boolean open = !em.createQuery(
                        "select r.id from FeaturedStoreRequest r where r.customerId = :customer"
                                + " and r.storeUrl = :url and r.status <> :declined",
                        Long.class)
                .setParameter("customer", request.customerId())
                .setParameter("url", request.storeUrl())
                .setParameter("declined", FeaturedStatus.DECLINED)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (open) {
            throw ProservException.conflict(
                    "This store already has a featured-store request that is waiting or accepted");
        }
        em.persist(request);
        return request;
    }

    public FeaturedStoreRequest find(Actor actor, long id) {
        var request = em.find(FeaturedStoreRequest.class, id);
        if (request == null || !maySee(actor, request)) {
            throw ProservException.notFound("Featured-store request", id);
        }
        return request;
    }

    /** A customer's own requests, or every request for staff; newest first. */
    public Page<FeaturedStoreRequest> requests(Actor actor, Optional<FeaturedStatus> status, PageRequest page) {
        if (!actor.isCustomer() && !DECIDERS.contains(actor.role())) {
            throw ProservException.forbidden("Only the installations staff and customers see featured-store requests");
        }
        var query = PagedQuery.from(em, FeaturedStoreRequest.class, "FeaturedStoreRequest r", "r")
                .whereIf(status, "r.status = :status", "status");
        if (actor.isCustomer()) {
            query.where("r.customerId = :customer", "customer", actor.customerId());
        }
        return query.page("r.submittedAt desc, r.id desc", page);
    }

    /** Staff accept or decline, with a note; the customer is told. */
    public FeaturedStoreRequest decide(Actor actor, long id, boolean accept, String note) {
        if (!DECIDERS.contains(actor.role())) {
            throw ProservException.forbidden("Only the installations staff decide featured-store requests");
        }
        var request = em.find(FeaturedStoreRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw ProservException.notFound("Featured-store request", id);
        }
        var now = clock.instant();
        if (accept) {
            request.accept(actor, note, now);
        } else {
            request.decline(actor, note, now);
        }
        inbox.tell(
                Recipient.customer(request.customerId()),
                accept ? "FEATURED_STORE_ACCEPTED" : "FEATURED_STORE_DECLINED",
                "featured-store:" + request.id(),
                "Your featured-store request for " + request.storeUrl() + " was " + (accept ? "accepted" : "declined")
                        + (note == null ? "" : ": " + note),
                now);
        return request;
    }

    /** The accepted stores, most recently accepted first: the public list. */
    public Page<FeaturedStoreRequest> listed(PageRequest page) {
        return PagedQuery.from(em, FeaturedStoreRequest.class, "FeaturedStoreRequest r", "r")
                .where("r.status = :accepted", "accepted", FeaturedStatus.ACCEPTED)
                .page("r.decidedAt desc, r.id desc", page);
    }

    private static boolean maySee(Actor actor, FeaturedStoreRequest request) {
        return actor.isCustomer() ? actor.actsFor(request.customerId()) : DECIDERS.contains(actor.role());
    }
}
