package org.proserv.projects.billing;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;
import org.proserv.kernel.paging.Page;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.kernel.paging.PagedQuery;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.events.Outbox;
import org.proserv.platform.inbox.Inbox;
import org.proserv.platform.inbox.Recipient;

/**
 * Invoices and their payments. A payment locks its invoice's row first, so that however many requests (or nodes) pay
 * one invoice at once, one pays it and the others find it paid; the unique key on the payment's invoice holds that even
 * against a writer that did not lock.
 */
@Stateless
public class Billing {

    public static final String ISSUED = "invoice.issued";
    public static final String PAID = "invoice.paid";

    @PersistenceContext(unitName = "projects")
    EntityManager em;

    @EJB
    Outbox outbox;

    @EJB
    Inbox inbox;

    @Inject
    Event<InvoiceSettled> settled;

    @Inject
    Clock clock;

    /** Issues an invoice in the caller's transaction, with its invoice.issued event. */
    public Invoice issue(
            long customerId,
            String subjectType,
            long subjectId,
            Long quoteId,
            int partNumber,
            String scope,
            Money amount) {
        Instant now = clock.instant();
        var invoice = new Invoice(customerId, subjectType, subjectId, quoteId, partNumber, scope, amount, now);
        em.persist(invoice);
        em.flush();
        outbox.record(em, ISSUED, "invoice", invoice.id(), customerId, payload(invoice), now);
        return invoice;
    }

    /** One invoice per part of a project's payment plan, numbered 1, 2... in the plan's order. */
    public List<Invoice> issuePlan(long customerId, long projectId, long quoteId, List<PlanPart> plan) {
        List<Invoice> invoices = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            var part = plan.get(i);
            invoices.add(issue(customerId, Invoice.PROJECT, projectId, quoteId, i + 1, part.scope(), part.amount()));
        }
        return invoices;
    }

    /**
     * Records the payment of an invoice, for exactly its amount, once. {@link InvoiceSettled} is fired inside this
     * transaction, so whoever reacts does so in it too, and nothing happens if it rolls back.
     */
    public Payment pay(Actor actor, long invoiceId, Money amount, String reference) {
        if (!actor.isApiClient()) {
            // the vendor's payment system signs in as an API client; its scope is checked at the edge
            actor.requireStaff("record payments");
        }
        if (reference != null && reference.length() > Payment.MAX_REFERENCE) {
            throw ProservException.invalid("reference", "must be at most " + Payment.MAX_REFERENCE + " characters");
        }
        var invoice = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw ProservException.notFound("Invoice", invoiceId);
        }
        em.refresh(invoice);
        Instant now = clock.instant();
        invoice.pay(amount, now);
        var payment = new Payment(invoiceId, amount, actor.username(), reference, now);
        em.persist(payment);
        em.flush();
        outbox.record(em, PAID, "invoice", invoiceId, invoice.customerId(), payload(invoice), now);
        inbox.tell(
                Recipient.customer(invoice.customerId()),
                "INVOICE_PAID",
                "invoice:" + invoiceId,
                "Thank you: the payment of " + amount + " for invoice " + invoiceId + " (" + invoice.scope()
                        + ") is recorded.",
                now);
        settled.fire(new InvoiceSettled(
                invoiceId, invoice.customerId(), invoice.subjectType(), invoice.subjectId(), amount, now));
        return payment;
    }

    /** Voids an unpaid invoice (409 for a paid one). */
    public Invoice voidUnpaid(long invoiceId) {
        var invoice = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw ProservException.notFound("Invoice", invoiceId);
        }
        em.refresh(invoice);
        invoice.voidUnpaid(clock.instant());
        return invoice;
    }

    /** The invoice, if the actor may see it: another customer's answers 404, as one that does not exist. */
    public Invoice find(Actor actor, long invoiceId) {
        var invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null || !actor.maySee(invoice.customerId())) {
            throw ProservException.notFound("Invoice", invoiceId);
        }
        return invoice;
    }

    public Optional<Invoice> find(long invoiceId) {
        return Optional.ofNullable(em.find(Invoice.class, invoiceId));
    }

    public Optional<Payment> paymentOf(long invoiceId) {
        return em.createQuery("select p from Payment p where p.invoiceId = :invoice", Payment.class)
                .setParameter("invoice", invoiceId)
                .getResultStream()
                .findFirst();
    }

    /** A project's invoices (of its first quote and of its additional ones), in the order they were issued. */
    public List<Invoice> ofProject(long projectId) {
        return em.createQuery(
                        "select i from Invoice i where i.subjectType = :type and i.subjectId = :project"
                                + " order by i.issuedAt, i.id",
                        Invoice.class)
                .setParameter("type", Invoice.PROJECT)
                .setParameter("project", projectId)
                .getResultList();
    }

    public List<Invoice> ofQuote(long quoteId) {
        return em.createQuery("select i from Invoice i where i.quoteId = :quote order by i.partNumber", Invoice.class)
                .setParameter("quote", quoteId)
                .getResultList();
    }

    /** Whether any invoice of the project has been paid: its work, and its paid scope, have begun. */
    public boolean anyPaid(long projectId) {
        return ofProject(projectId).stream().anyMatch(i -> i.status() == InvoiceStatus.PAID);
    }

    /** A customer's own invoices, or every invoice for staff (optionally one customer's), newest first. */
    public Page<Invoice> list(Actor actor, Long customerId, PageRequest page) {
        var query = PagedQuery.from(em, Invoice.class, "Invoice i", "i");
        if (actor.isCustomer()) {
            query.where("i.customerId = :customer", "customer", actor.customerId());
        } else if (customerId != null) {
            query.where("i.customerId = :customer", "customer", customerId);
        }
        return query.page("i.issuedAt desc, i.id desc", page);
    }

    private static JsonObject payload(Invoice invoice) {
        var json = Json.createObjectBuilder()
                .add("invoiceId", invoice.id())
                .add("customerId", invoice.customerId())
                .add("subjectType", invoice.subjectType())
                .add("subjectId", invoice.subjectId())
                .add("partNumber", invoice.partNumber())
                .add("scope", invoice.scope())
                .add("amount", invoice.amount().amount())
                .add("currency", invoice.amount().currency())
                .add("status", invoice.status().name());
        if (invoice.quoteId() != null) {
            json.add("quoteId", invoice.quoteId());
        }
        if (invoice.paidAt() != null) {
            json.add("paidAt", invoice.paidAt().toString());
        }
        return json.build();
    }
}
