package org.proserv.projects.quotes;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.paging.Page;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.kernel.paging.PagedQuery;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.events.Outbox;
import org.proserv.platform.inbox.Inbox;
import org.proserv.platform.inbox.Recipient;
import org.proserv.projects.billing.Billing;
import org.proserv.projects.billing.BillingTerms;
import org.proserv.projects.design.DesignSources;
import org.proserv.projects.project.Project;
import org.proserv.projects.project.Projects;
import org.proserv.projects.requests.Requests;
import org.proserv.releases.api.ReleaseCatalogue;

/** Quotes: writing, revising and accepting them. One use case, one transaction each. */
@Stateless
public class Quotes {

    public static final String SENT = "quote.sent";
    public static final String REVISED = "quote.revised";
    public static final String ACCEPTED = "quote.accepted";
    public static final String EXPIRED = "quote.expired";

    @PersistenceContext(unitName = "projects")
    EntityManager em;

    @EJB
    Requests requests;

    @EJB
    Projects projects;

    @EJB
    DesignSources designSources;

    @EJB
    Billing billing;

    @EJB
    ReleaseCatalogue releases;

    @EJB
    Outbox outbox;

    @EJB
    Inbox inbox;

    @Inject
    QuoteTerms terms;

    @Inject
    BillingTerms billingTerms;

    @Inject
    Clock clock;

    /** A quote manager's quote for a request: version 1, sent now. */
    public Quote send(Actor actor, long requestId, QuoteDraft draft) {
        actor.requireStaff("write quotes");
        var request = requests.find(actor, requestId);
        designSources.requireQuotable(request);
        requireKnownBase(draft);
        Instant now = clock.instant();
        var quote = new Quote(
                request.id(),
                request.customerId(),
                request.kind(),
                null,
                draft,
                actor.username(),
                terms,
                billingTerms,
                now);
        return sent(quote, now);
    }

    /**
     * Details outside the paid scope of a project: an additional quote of the project, with its own payment plan,
     * leaving the paid quote as it was. Before any payment, new details revise the project's quote instead.
     */
    public Quote sendAdditional(Actor actor, long projectId, QuoteDraft draft) {
        actor.requireStaff("write quotes");
        Project project = projects.find(actor, projectId);
        if (!billing.anyPaid(projectId)) {
            throw ProservException.conflict("Project " + projectId + " has no payment yet: an additional quote comes"
                            + " after payment; before it, new details are a revision of the quote")
                    .with("rule", "additional-quote-after-payment");
        }
        requireKnownBase(draft);
        Instant now = clock.instant();
        var quote = new Quote(
                project.requestId(),
                project.customerId(),
                project.kind(),
                projectId,
                draft,
                actor.username(),
                terms,
                billingTerms,
                now);
        return sent(quote, now);
    }

    private Quote sent(Quote quote, Instant now) {
        em.persist(quote);
        em.flush();
        var version = quote.newest();
        outbox.record(em, SENT, "quote", quote.id(), quote.customerId(), payload(version), now);
        inbox.tell(
                Recipient.customer(quote.customerId()),
                "QUOTE_SENT",
                "quote:" + quote.id(),
                "Quote " + quote.id() + " v1 for " + version.total() + " is ready, valid until " + version.validUntil()
                        + ".",
                now);
        return quote;
    }

    /** New details before payment: version n+1, sent now; version n is superseded and stays readable. */
    public Quote revise(Actor actor, long quoteId, QuoteDraft draft, String note) {
        actor.requireStaff("revise quotes");
        var quote = locked(actor, quoteId);
        requireKnownBase(draft);
        Instant now = clock.instant();
        var version = quote.revise(draft, actor.username(), note, terms, billingTerms, now);
        em.flush();
        outbox.record(em, REVISED, "quote", quote.id(), quote.customerId(), payload(version), now);
        inbox.tell(
                Recipient.customer(quote.customerId()),
                "QUOTE_REVISED",
                "quote:" + quote.id(),
                "Quote " + quote.id() + " is revised: v" + version.number() + " for " + version.total()
                        + ", valid until " + version.validUntil() + ", supersedes v" + (version.number() - 1) + ".",
                now);
        return quote;
    }

    /**
     * The customer accepts the newest version, strictly before its validUntil: the project starts (an additional
     * quote's is the one it belongs to) and its payment plan is fixed, one invoice per part.
     */
    public Acceptance accept(Actor actor, long quoteId, int versionNumber) {
        actor.requireCustomer("accept a quote");
        var quote = locked(actor, quoteId);
        // the expiry sweep claims versions row by row: hold the newest one's row while deciding
        var newest = quote.newest();
        em.lock(newest, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(newest);
        Instant now = clock.instant();
        var version = quote.accept(versionNumber, actor.username(), now);
        var plan = version.plan(billingTerms);
        Project project = quote.additional()
                ? projects.find(actor, quote.projectId())
                : projects.start(new Project(quote.customerId(), quote.requestId(), quote.kind(), quote.id(), now));
        var invoices = billing.issuePlan(quote.customerId(), project.id(), quote.id(), plan);
        var event = Json.createObjectBuilder(payload(version))
                .add("projectId", project.id())
                .add(
                        "invoiceIds",
                        Json.createArrayBuilder(
                                invoices.stream().map(i -> i.id()).toList()))
                .build();
        outbox.record(em, ACCEPTED, "quote", quote.id(), quote.customerId(), event, now);
        return new Acceptance(quote, version, project, invoices);
    }

    /** The quote, if the actor may see it: another customer's answers 404, as one that does not exist. */
    public Quote find(Actor actor, long quoteId) {
        var quote = em.find(Quote.class, quoteId);
        if (quote == null || !actor.maySee(quote.customerId())) {
            throw ProservException.notFound("Quote", quoteId);
        }
        return quote;
    }

    /** A customer's own quotes, or every quote for staff; optionally of one request or one project. */
    public Page<Quote> list(Actor actor, Long requestId, Long projectId, PageRequest page) {
        var query = PagedQuery.from(em, Quote.class, "Quote q", "q");
        if (actor.isCustomer()) {
            query.where("q.customerId = :customer", "customer", actor.customerId());
        }
        if (requestId != null) {
            query.where("q.requestId = :request", "request", requestId);
        }
        if (projectId != null) {
            query.where("q.projectId = :project", "project", projectId);
        }
        return query.page("q.createdAt desc, q.id desc", page);
    }

    private Quote locked(Actor actor, long quoteId) {
        var quote = find(actor, quoteId);
        em.lock(quote, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(quote);
        return quote;
    }

    private void requireKnownBase(QuoteDraft draft) {
        var base = draft.base();
        if (base != null && base.product() != null && base.version() != null) {
            releases.requireKnown("base.product", base.product(), "base.version", base.version());
        }
    }

    static JsonObject payload(QuoteVersion version) {
        var quote = version.quote();
        var json = Json.createObjectBuilder()
                .add("quoteId", quote.id())
                .add("requestId", quote.requestId())
                .add("customerId", quote.customerId())
                .add("kind", quote.kind().name())
                .add("version", version.number())
                .add("total", version.total().amount())
                .add("currency", version.total().currency())
                .add("sentAt", version.sentAt().toString())
                .add("validUntil", version.validUntil().toString())
                .add("status", version.status().name());
        if (quote.projectId() != null) {
            json.add("projectId", quote.projectId());
        }
        return json.build();
    }
}
