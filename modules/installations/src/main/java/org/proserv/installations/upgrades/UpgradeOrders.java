package org.proserv.installations.upgrades;

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
import org.proserv.projects.api.InvoicePaid;
import org.proserv.projects.api.ProjectInvoices;
import org.proserv.releases.api.UpgradePackRecord;
import org.proserv.releases.api.UpgradePacks;

/**
 * The upgrade orders' use cases, one transaction each; the rules live in {@link UpgradeOrder}. Versions come from the
 * releases catalogue, the invoice from projects' billing, both through their published api. Every change locks the
 * order's row first, so two steps of one order never interleave on any node; gate events are recorded with the change.
 */
@Stateless
public class UpgradeOrders {

    public static final String INVOICE_SUBJECT = "upgrade-order";
    public static final String AGGREGATE = "upgrade-order";
    public static final String GATE_REACHED = "upgrade-order.gate-reached";
    public static final String GATE_PASSED = "upgrade-order.gate-passed";
    public static final String GATE_REJECTED = "upgrade-order.gate-rejected";
    public static final String DONE = "upgrade-order.done";

    @PersistenceContext(unitName = "installations")
    EntityManager em;

    @EJB
    UpgradePacks packs;

    @EJB
    ProjectInvoices invoices;

    @EJB
    Outbox outbox;

    @EJB
    Inbox inbox;

    @Inject
    Clock clock;

    /** A customer asks for an upgrade of their store; both versions known to the catalogue, the target newer. */
    public UpgradeOrder request(Actor actor, UpgradeDraft draft) {
        actor.requireCustomer("request an upgrade of their store");
        if (draft.product() == null || draft.product().isBlank()) {
            throw ProservException.invalid("product", "is required");
        }
        if (draft.currentVersion() == null || draft.currentVersion().isBlank()) {
            throw ProservException.invalid("currentVersion", "is required");
        }
        if (draft.targetVersion() == null || draft.targetVersion().isBlank()) {
            throw ProservException.invalid("targetVersion", "is required");
        }
        packs.requireUpgrade(
                "product",
                draft.product(),
                "currentVersion",
                draft.currentVersion(),
                "targetVersion",
                draft.targetVersion());
        var order = new UpgradeOrder(actor.customerId(), draft, actor, clock.instant());
        em.persist(order);
        return order;
    }

    /** The order, if the actor may see it: another customer's answers 404, as one that does not exist. */
    public UpgradeOrder find(Actor actor, long id) {
        var order = em.find(UpgradeOrder.class, id);
        if (order == null || !actor.maySee(order.customerId())) {
            throw ProservException.notFound("Upgrade order", id);
        }
        return order;
    }

    /** The upgrade pack of the order: every patch the catalogue brings from its current to its target version. */
    public UpgradePackRecord pack(UpgradeOrder order) {
        return packs.pack(order.product(), order.currentVersion(), order.targetVersion());
    }

    /** A customer's own orders, or every order for staff (optionally one customer's or one status), newest first. */
    public Page<UpgradeOrder> list(Actor actor, Long customerId, Optional<UpgradeStatus> status, PageRequest page) {
        var query = PagedQuery.from(em, UpgradeOrder.class, "UpgradeOrder o", "o");
        if (actor.isCustomer()) {
            query.where("o.customerId = :customer", "customer", actor.customerId());
        } else if (customerId != null) {
            query.where("o.customerId = :customer", "customer", customerId);
        }
        query.whereIf(status, "o.status = :status", "status");
        return query.page("o.createdAt desc, o.id desc", page);
    }

    public UpgradeOrder estimate(Actor actor, long id, Estimate estimate) {
        return change(actor, id, (order, now) -> order.estimate(actor, estimate, now));
    }

    public UpgradeOrder estimateReimplementation(Actor actor, long id, Money features, Money design, String notes) {
        return change(actor, id, (order, now) -> order.estimateReimplementation(actor, features, design, notes, now));
    }

    /**
     * The customer passes or rejects the gate the order waits on. Passing the confirmation issues the order's invoice
     * in the same transaction.
     */
    public UpgradeOrder decide(Actor actor, long id, Gate gate, boolean passed, String notes) {
        return change(actor, id, (order, now) -> {
            order.decide(actor, gate, passed, notes, now);
            outbox.record(
                    em,
                    passed ? GATE_PASSED : GATE_REJECTED,
                    AGGREGATE,
                    order.id(),
                    order.customerId(),
                    payload(order, gate),
                    now);
            if (passed && gate == Gate.CONFIRMATION) {
                Money total = order.total().orElseThrow();
                long invoice = invoices.issue(
                        order.customerId(),
                        total,
                        INVOICE_SUBJECT,
                        order.id(),
                        "Upgrade of " + order.storeUrl() + " from " + order.product() + " " + order.currentVersion()
                                + " to " + order.targetVersion());
                order.invoiced(invoice);
            }
        });
    }

    public UpgradeOrder schedule(Actor actor, long id, Instant at) {
        return change(actor, id, (order, now) -> order.schedule(actor, at, now));
    }

    public UpgradeOrder basicUpgradeDone(Actor actor, long id, String notes) {
        return change(actor, id, (order, now) -> order.basicUpgradeDone(actor, notes, now));
    }

    public UpgradeOrder reimplementationDone(Actor actor, long id, String notes) {
        return change(actor, id, (order, now) -> order.reimplementationDone(actor, notes, now));
    }

    public UpgradeOrder uploadDone(Actor actor, long id, String notes) {
        return change(actor, id, (order, now) -> {
            order.uploadDone(actor, notes, now);
            outbox.record(em, DONE, AGGREGATE, order.id(), order.customerId(), payload(order, null), now);
            inbox.tell(
                    Recipient.customer(order.customerId()),
                    "UPGRADE_DONE",
                    subject(order),
                    "Your store " + order.storeUrl() + " runs " + order.product() + " " + order.targetVersion()
                            + " in production, with its data synchronized: upgrade order " + order.id() + " is done.",
                    now);
        });
    }

    /** An invoice of an upgrade order was paid, in the payment's transaction: the order is paid. */
    public void invoicePaid(InvoicePaid paid) {
        var order = em.find(UpgradeOrder.class, paid.subjectId(), LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw ProservException.conflict("Invoice " + paid.invoiceId() + " names no upgrade order");
        }
        em.refresh(order);
        order.paid(paid.invoiceId(), paid.paidAt());
    }

    private interface Step {
        void take(UpgradeOrder order, Instant now);
    }

    /** Locks the order, takes the step, and records the gate the order then waits on, if it reached a new one. */
    private UpgradeOrder change(Actor actor, long id, Step step) {
        var order = find(actor, id);
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(order);
        Instant now = clock.instant();
        var before = order.gate();
        step.take(order, now);
        var after = order.gate();
        if (after.isPresent() && !after.equals(before)) {
            reached(order, after.get(), now);
        }
        em.flush();
        return order;
    }

    private void reached(UpgradeOrder order, Gate gate, Instant now) {
        outbox.record(em, GATE_REACHED, AGGREGATE, order.id(), order.customerId(), payload(order, gate), now);
        inbox.tell(
                Recipient.customer(order.customerId()),
                "UPGRADE_GATE_REACHED",
                subject(order),
                "Upgrade order " + order.id() + " waits for you: " + describe(gate) + ".",
                now);
    }

    static String subject(UpgradeOrder order) {
        return "upgrade-order:" + order.id();
    }

    static String describe(Gate gate) {
        return switch (gate) {
            case CONFIRMATION -> "please confirm or reject the estimate";
            case RESULT_CHECK -> "please check the upgraded store on our servers and pass or reject the check";
            case CUSTOM_CHECK -> "please check the re-implemented custom features and design";
            case UPLOAD_CONFIRMATION -> "please confirm the upload to production";
        };
    }

    static JsonObject payload(UpgradeOrder order, Gate gate) {
        var json = Json.createObjectBuilder()
                .add("orderId", order.id())
                .add("customerId", order.customerId())
                .add("status", order.status().name())
                .add("product", order.product())
                .add("currentVersion", order.currentVersion())
                .add("targetVersion", order.targetVersion());
        if (gate != null) {
            json.add("gate", gate.name());
        }
        order.gate()
                .ifPresent(g -> json.add("waitingOn", g.name())
                        .add("waitingSince", order.gateSince().toString()));
        return json.build();
    }
}
