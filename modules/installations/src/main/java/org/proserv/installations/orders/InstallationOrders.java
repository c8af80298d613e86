package org.proserv.installations.orders;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.paging.Page;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.kernel.paging.PagedQuery;
import org.proserv.platform.accounts.Accounts;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.platform.events.Outbox;
import org.proserv.platform.inbox.Inbox;
import org.proserv.platform.inbox.Recipient;
import org.proserv.projects.api.InvoicePaid;
import org.proserv.projects.api.ProjectInvoices;
import org.proserv.support.api.CustomerDirectory;
import org.proserv.support.api.CustomerTickets;
import org.proserv.support.api.PointsAccount;

/**
 * The installation orders' use cases, one transaction each; the rules live in {@link InstallationOrder}. Points go
 * through support's ledger, invoices through projects' billing, both by id.
 *
 * <p>Changes that may take or give back points hold the customer's points first, then the order's row: a top-up holds
 * the customer before it resumes the waiting orders, so both take the two in the same order.
 */
@Stateless
public class InstallationOrders {

    /** The subject type of the invoices issued for orders. */
    public static final String INVOICE_SUBJECT = "installation-order";

    static final String AGGREGATE = "installation-order";

    /** Who runs the orders: place them for a customer, assign, price, schedule. */
    static final Set<Role> WORKERS = EnumSet.of(Role.installation_engineer, Role.admin);

    /** The staff who see every order. */
    static final Set<Role> READERS =
            EnumSet.of(Role.installation_engineer, Role.upgrade_specialist, Role.project_manager, Role.admin);

    @PersistenceContext(unitName = "installations")
    EntityManager em;

    @EJB
    PointsAccount points;

    @EJB
    CustomerTickets tickets;

    @EJB
    CustomerDirectory customers;

    @EJB
    ProjectInvoices invoices;

    @EJB
    Accounts accounts;

    @EJB
    Outbox outbox;

    @EJB
    Inbox inbox;

    @Inject
    InstallationTerms terms;

    @Inject
    Clock clock;

    /**
     * The installation service, ordered by a customer (or by staff for them), optionally from one of their tickets.
     * Paid in points at once when the balance covers it, else it waits for a top-up; by invoice, it waits for the
     * invoice's payment.
     */
    public InstallationOrder placeInstallation(
            Actor actor, Long customerId, PaymentMethod payment, Long ticketId, String details) {
        long customer = customerOf(actor, customerId);
        requireTicket(customer, ticketId);
        var now = clock.instant();
        var order = InstallationOrder.installation(customer, ticketId, details, payment, terms, actor, now);
        em.persist(order);
        em.flush();
        record("installation-order.placed", order, now);
        if (payment == PaymentMethod.POINTS) {
            payWithPoints(order, actor, now);
        } else {
            long invoice = invoices.issue(
                    customer,
                    order.price().orElseThrow(),
                    INVOICE_SUBJECT,
                    order.id(),
                    order.title() + ", order " + order.id());
            order.invoiced(invoice);
            tell(
                    order,
                    "INSTALLATION_INVOICED",
                    "Invoice " + invoice + " for " + order.price().orElseThrow() + " was issued for installation order "
                            + order.id(),
                    now);
        }
        return order;
    }

    /** A third-party software installation request; staff price it later. */
    public InstallationOrder requestThirdParty(
            Actor actor, Long customerId, Software software, Long ticketId, String details) {
        long customer = customerOf(actor, customerId);
        requireTicket(customer, ticketId);
        var now = clock.instant();
        var order = InstallationOrder.thirdParty(customer, ticketId, software, details, actor, now);
        em.persist(order);
        em.flush();
        record("installation-order.placed", order, now);
        inbox.tell(
                Recipient.role(Role.installation_engineer),
                "THIRD_PARTY_REQUESTED",
                subject(order),
                "Third-party installation of " + software.name() + " " + software.version() + " requested (order "
                        + order.id() + ")",
                now);
        return order;
    }

    /** An order its reader may see: staff of the installations context see all, a customer only their own. */
    public InstallationOrder find(Actor actor, long id) {
        var order = em.find(InstallationOrder.class, id);
        if (order == null || !maySee(actor, order)) {
            throw ProservException.notFound("Order", id);
        }
        return order;
    }

    /** A customer's own orders, or every order for staff; newest first. */
    public Page<InstallationOrder> list(
            Actor actor, Optional<OrderStatus> status, Optional<OrderKind> kind, PageRequest request) {
        requireReader(actor);
        var query = PagedQuery.from(em, InstallationOrder.class, "InstallationOrder o", "o")
                .whereIf(status, "o.status = :status", "status")
                .whereIf(kind, "o.kind = :kind", "kind");
        if (actor.isCustomer()) {
            query.where("o.customerId = :customer", "customer", actor.customerId());
        }
        return query.page("o.placedAt desc, o.id desc", request);
    }

    public List<OrderMessage> messages(Actor actor, long id) {
        var order = find(actor, id);
        return em.createQuery(
                        "select m from OrderMessage m where m.orderId = :order order by m.writtenAt, m.id",
                        OrderMessage.class)
                .setParameter("order", order.id())
                .getResultList();
    }

    /** A message from the customer (to the engineer) or from staff (to the customer). */
    public OrderMessage write(Actor actor, long id, String body) {
        var order = find(actor, id);
        var now = clock.instant();
        var message = new OrderMessage(order.id(), actor.username(), actor.isCustomer(), body, now);
        em.persist(message);
        if (actor.isCustomer()) {
            inbox.tell(
                    order.engineer() == null
                            ? Recipient.role(Role.installation_engineer)
                            : Recipient.staff(order.engineer()),
                    "INSTALLATION_MESSAGE",
                    subject(order),
                    "The customer wrote on order " + order.id(),
                    now);
        } else {
            tell(order, "INSTALLATION_MESSAGE", actor.username() + " wrote on order " + order.id(), now);
        }
        return message;
    }

    /** Staff assign an installation engineer to the order. */
    public InstallationOrder assign(Actor actor, long id, String engineer) {
        requireWorker(actor, "assign an engineer");
        var account = accounts.requireStaff(engineer, Role.installation_engineer, "engineer");
        var order = locked(actor, id);
        var now = clock.instant();
        order.assign(account.username(), actor, now);
        inbox.tell(
                Recipient.staff(account.username()),
                "INSTALLATION_ASSIGNED",
                subject(order),
                "Order " + order.id() + " (" + order.title() + ") was assigned to you",
                now);
        return order;
    }

    /** Staff price a third-party installation in points, at least the configured minimum. */
    public InstallationOrder price(Actor actor, long id, int pointsAsked) {
        requireWorker(actor, "price a third-party installation");
        var order = locked(actor, id);
        var now = clock.instant();
        order.price(pointsAsked, terms, actor, now);
        tell(
                order,
                "INSTALLATION_PRICED",
                "Order " + order.id() + " is priced at " + pointsAsked + " points: accept or decline it",
                now);
        return order;
    }

    /**
     * The customer accepts the price: the points are taken, once however many acceptances arrive at once; short of
     * points, the order waits for a top-up.
     */
    public InstallationOrder accept(Actor actor, long id) {
        var order = find(actor, id);
        points.balance(order.customerId());
        em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        order.requireAcceptable(actor);
        payWithPoints(order, actor, clock.instant());
        return order;
    }

    /** The customer declines the price: nothing is charged. */
    public InstallationOrder decline(Actor actor, long id, String note) {
        var order = locked(actor, id);
        order.decline(actor, note, clock.instant());
        return order;
    }

    public InstallationOrder schedule(Actor actor, long id, Instant at) {
        requireWorker(actor, "schedule an order");
        var order = locked(actor, id);
        var now = clock.instant();
        order.schedule(at, actor, now);
        tell(order, "INSTALLATION_SCHEDULED", "Order " + order.id() + " is scheduled for " + at, now);
        return order;
    }

    /** The order's engineer starts the work. */
    public InstallationOrder start(Actor actor, long id) {
        requireWorker(actor, "start the work");
        var order = locked(actor, id);
        order.start(actor, clock.instant());
        return order;
    }

    /** The order's engineer finishes the work. */
    public InstallationOrder complete(Actor actor, long id, String note) {
        requireWorker(actor, "finish the work");
        var order = locked(actor, id);
        var now = clock.instant();
        order.complete(actor, note, now);
        record("installation-order.done", order, now);
        tell(order, "INSTALLATION_DONE", "Order " + order.id() + " is done", now);
        return order;
    }

    /**
     * The customer or staff cancel an order whose work has not started. Points come back as ledger entries; an unpaid
     * invoice is voided; a paid one is recorded on the order as the refund owed to the customer.
     */
    public InstallationOrder cancel(Actor actor, long id, String reason) {
        var order = find(actor, id);
        if (!actor.isCustomer()) {
            requireWorker(actor, "cancel an order");
        }
        if (order.payment() == PaymentMethod.POINTS) {
            points.balance(order.customerId());
        }
        em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        var now = clock.instant();
        order.cancel(actor, reason, now);
        if (order.payment() == PaymentMethod.POINTS) {
            order.refundedPoints(
                    points.refund(actor, order.customerId(), order.ledgerReference(), "order " + id + " cancelled"));
        } else if (order.invoiceId() != null) {
            var invoice = invoices.invoice(order.invoiceId()).orElseThrow();
            if (invoice.paid()) {
                order.owe(invoice.amount());
            } else if (!"VOID".equals(invoice.status())) {
                invoices.voidUnpaid(invoice.id());
            }
        }
        record("installation-order.cancelled", order, now);
        tell(order, "INSTALLATION_CANCELLED", "Order " + order.id() + " was cancelled", now);
        return order;
    }

    /**
     * The customer's points grew: their orders waiting for a top-up are paid, oldest first, each that the balance
     * covers. In the top-up's transaction; short again, an order just keeps waiting.
     */
    public void resumeAwaitingTopUp(long customerId) {
        var now = clock.instant();
        em.createQuery(
                        "select o from InstallationOrder o where o.customerId = :customer and o.status = :waiting"
                                + " order by o.statusSince, o.id",
                        InstallationOrder.class)
                .setParameter("customer", customerId)
                .setParameter("waiting", OrderStatus.AWAITING_TOP_UP)
                .getResultList()
                .forEach(order -> {
                    em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
                    if (order.status() == OrderStatus.AWAITING_TOP_UP) {
                        payWithPoints(order, Actor.system(), now);
                    }
                });
    }

    /** An invoice of an order was paid, in the payment's transaction: the order is paid. */
    public void invoicePaid(InvoicePaid paid) {
        var order = em.find(InstallationOrder.class, paid.subjectId(), LockModeType.PESSIMISTIC_WRITE);
        if (order == null || !Long.valueOf(paid.invoiceId()).equals(order.invoiceId())) {
            return;
        }
        var now = clock.instant();
        if (order.status() == OrderStatus.CANCELLED) {
            order.owe(paid.amount());
        } else if (order.status().mayMoveTo(OrderStatus.PAID)) {
            order.paid(Actor.system(), "invoice " + paid.invoiceId() + " paid", now);
            record("installation-order.paid", order, now);
            tell(order, "INSTALLATION_PAID", "Order " + order.id() + " is paid", now);
        }
    }

    private void payWithPoints(InstallationOrder order, Actor actor, Instant now) {
        var spend = points.spend(
                actor,
                order.customerId(),
                order.pointsDue(),
                order.ledgerReference(),
                order.title() + ", order " + order.id());
        if (spend.paid()) {
            order.paid(actor, spend.points() + " points", now);
            record("installation-order.paid", order, now);
            tell(order, "INSTALLATION_PAID", "Order " + order.id() + " is paid: " + spend.points() + " points", now);
        } else if (order.status() != OrderStatus.AWAITING_TOP_UP) {
            order.awaitTopUp(actor, now);
            tell(
                    order,
                    "INSTALLATION_AWAITING_TOP_UP",
                    "Order " + order.id() + " needs " + order.pointsDue()
                            + " points: it is paid as soon as your points cover it",
                    now);
        }
    }

    private long customerOf(Actor actor, Long customerId) {
        if (actor.isCustomer()) {
            if (customerId != null && !actor.actsFor(customerId)) {
                throw ProservException.notFound("Customer", customerId);
            }
            return actor.customerId();
        }
        requireWorker(actor, "place an order for a customer");
        if (customerId == null) {
            throw ProservException.invalid("customerId", "is required when staff place an order");
        }
        if (!customers.exists(customerId)) {
            throw ProservException.invalid("customerId", "no customer " + customerId);
        }
        return customerId;
    }

    private void requireTicket(long customerId, Long ticketId) {
        if (ticketId != null && !tickets.belongsTo(ticketId, customerId)) {
            throw ProservException.invalid("ticketId", "no ticket " + ticketId + " of customer " + customerId);
        }
    }

    private InstallationOrder locked(Actor actor, long id) {
        var order = find(actor, id);
        em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        return order;
    }

    private static boolean maySee(Actor actor, InstallationOrder order) {
        return actor.isCustomer() ? actor.actsFor(order.customerId()) : READERS.contains(actor.role());
    }

    private static void requireReader(Actor actor) {
        if (!actor.isCustomer() && !READERS.contains(actor.role())) {
            throw ProservException.forbidden("Only the installations staff and customers see installation orders");
        }
    }

    private static void requireWorker(Actor actor, String action) {
        if (!WORKERS.contains(actor.role())) {
            throw ProservException.forbidden("Only installation engineers and admins may " + action);
        }
    }

    private void tell(InstallationOrder order, String kind, String message, Instant now) {
        inbox.tell(Recipient.customer(order.customerId()), kind, subject(order), message, now);
    }

    private static String subject(InstallationOrder order) {
        return AGGREGATE + ":" + order.id();
    }

    private void record(String type, InstallationOrder order, Instant now) {
        JsonObjectBuilder payload = Json.createObjectBuilder()
                .add("orderId", order.id())
                .add("kind", order.kind().name())
                .add("customerId", order.customerId())
                .add("status", order.status().name())
                .add("payment", order.payment().name());
        if (order.pricePoints() != null) {
            payload.add("points", order.pricePoints());
        }
        order.price().ifPresent(p -> payload.add("amount", p.amount()).add("currency", p.currency()));
        if (order.invoiceId() != null) {
            payload.add("invoiceId", order.invoiceId());
        }
        if (order.refundedPoints() != null) {
            payload.add("refundedPoints", order.refundedPoints());
        }
        order.refundOwed().ifPresent(r -> payload.add("refundOwed", r.amount()));
        outbox.record(em, type, AGGREGATE, order.id(), order.customerId(), payload.build(), now);
    }
}
