package org.proserv.projects.requests;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.paging.Page;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.kernel.paging.PagedQuery;
import org.proserv.platform.accounts.Actor;
import org.proserv.releases.api.ReleaseCatalogue;
import org.proserv.support.api.CustomerDirectory;

/** Requests for a quote and their discussion: one use case, one transaction each. */
@Stateless
public class Requests {

    @PersistenceContext(unitName = "projects")
    EntityManager em;

    @EJB
    ReleaseCatalogue releases;

    @EJB
    CustomerDirectory customers;

    @Inject
    Clock clock;

    /**
     * A customer asks for themself; staff ask for the customer they name ({@code customerId}, which must exist). The
     * store's software and version must be known to the releases catalogue.
     */
    public QuoteRequest submit(Actor actor, Long customerId, RequestDraft draft) {
        long customer;
        if (actor.isCustomer()) {
            if (customerId != null && customerId != actor.customerId()) {
                throw ProservException.invalid("customerId", "a customer asks for a quote for themself only");
            }
            customer = actor.customerId();
        } else {
            if (customerId == null) {
                throw ProservException.invalid("customerId", "is required when staff ask for a customer");
            }
            if (!customers.exists(customerId)) {
                throw ProservException.invalid("customerId", "customer " + customerId + " does not exist");
            }
            customer = customerId;
        }
        if (draft.product() != null && draft.productVersion() != null) {
            releases.requireKnown("product", draft.product(), "productVersion", draft.productVersion());
        }
        var request = new QuoteRequest(customer, draft, actor, clock.instant());
        em.persist(request);
        return request;
    }

    /** The request, if the actor may see it: another customer's answers 404, as one that does not exist. */
    public QuoteRequest find(Actor actor, long requestId) {
        var request = em.find(QuoteRequest.class, requestId);
        if (request == null || !actor.maySee(request.customerId())) {
            throw ProservException.notFound("Request", requestId);
        }
        return request;
    }

    /** Messages of one request are numbered one after the other on every node: the request's row is locked. */
    public RequestMessage post(Actor actor, long requestId, String body) {
        var request = find(actor, requestId);
        em.lock(request, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(request);
        var message = request.post(actor, body, clock.instant());
        em.flush();
        return message;
    }

    /** A customer's own requests, or every request for staff (optionally one customer's), newest first. */
    public Page<QuoteRequest> list(Actor actor, Long customerId, PageRequest page) {
        var query = PagedQuery.from(em, QuoteRequest.class, "QuoteRequest r", "r");
        if (actor.isCustomer()) {
            query.where("r.customerId = :customer", "customer", actor.customerId());
        } else if (customerId != null) {
            query.where("r.customerId = :customer", "customer", customerId);
        }
        return query.page("r.createdAt desc, r.id desc", page);
    }
}
