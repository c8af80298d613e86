package org.proserv.installations.orders;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.proserv.installations.schema.InstallationsEntity;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;

/**
 * An installation order: the installation service or a third-party software installation, for one customer, paid in
 * support points or by invoice, then scheduled, worked on by its engineer and done; or cancelled while the work has not
 * started. Every status change is kept with who and when; each step checks that it comes in its turn.
 */
@Entity
@Table(name = "installations_order")
public class InstallationOrder extends InstallationsEntity {

    /** The title every third-party installation request carries. */
    public static final String THIRD_PARTY_TITLE = "Request for a 3-rd party software installation";

    public static final String INSTALLATION_TITLE = "Installation service";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderKind kind;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(length = 2000)
    private String details;

    @Column(name = "software_name", length = 200)
    private String softwareName;

    @Column(name = "software_version", length = 60)
    private String softwareVersion;

    @Column(name = "vendor_url", length = 500)
    private String vendorUrl;

    @Column(length = 500)
    private String distribution;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private PaymentMethod payment;

    /** The price in points: the configured one, or staff's for a third-party installation; null while unpriced. */
    @Column(name = "price_points")
    private Integer pricePoints;

    @Column(name = "price_cents")
    private Long priceCents;

    @Column(length = 3)
    private String currency;

    @Column(name = "invoice_id")
    private Long invoiceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @Column(length = 64)
    private String engineer;

    @Column(name = "scheduled_for")
    private Instant scheduledFor;

    @Column(name = "refunded_points")
    private Integer refundedPoints;

    /** Money paid for an order cancelled after payment, to be returned to the customer by the vendor. */
    @Column(name = "refund_owed_cents")
    private Long refundOwedCents;

    @Column(name = "placed_by", nullable = false, length = 64)
    private String placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("seqNo")
    private List<OrderChange> history = new ArrayList<>();

    protected InstallationOrder() {}

    private InstallationOrder(
            OrderKind kind, String title, long customerId, Long ticketId, String details, Actor actor, Instant now) {
        this.kind = kind;
        this.title = title;
        this.customerId = customerId;
        this.ticketId = ticketId;
        this.details = details;
        this.placedBy = actor.username();
        this.placedAt = now;
    }

    /**
     * The installation service, ordered by the customer or by staff for them, at the terms' price in points or money.
     */
    public static InstallationOrder installation(
            long customerId,
            Long ticketId,
            String details,
            PaymentMethod payment,
            InstallationTerms terms,
            Actor actor,
            Instant now) {
        requirePlacer(actor, customerId);
        var order = new InstallationOrder(
                OrderKind.INSTALLATION, INSTALLATION_TITLE, customerId, ticketId, details, actor, now);
        order.payment = Objects.requireNonNull(payment, "payment");
        if (payment == PaymentMethod.POINTS) {
            order.pricePoints = terms.installationPoints();
        } else {
            order.priceCents = terms.installationPrice().cents();
            order.currency = terms.installationPrice().currency();
        }
        order.enter(OrderStatus.ORDERED, actor, null, now);
        return order;
    }

    /** A third-party software installation request: priced by staff later, always paid in points. */
    public static InstallationOrder thirdParty(
            long customerId, Long ticketId, Software software, String details, Actor actor, Instant now) {
        requirePlacer(actor, customerId);
        var order = new InstallationOrder(
                OrderKind.THIRD_PARTY, THIRD_PARTY_TITLE, customerId, ticketId, details, actor, now);
        order.softwareName = software.name();
        order.softwareVersion = software.version();
        order.vendorUrl = software.vendorUrl();
        order.distribution = software.distribution();
        order.payment = PaymentMethod.POINTS;
        order.enter(OrderStatus.REQUESTED, actor, null, now);
        return order;
    }

    private static void requirePlacer(Actor actor, long customerId) {
        if (actor.isCustomer() && !actor.actsFor(customerId)) {
            throw ProservException.notFound("Customer", customerId);
        }
    }

    /** The invoice issued for an order paid by invoice. */
    public void invoiced(long invoiceId) {
        if (payment != PaymentMethod.INVOICE || this.invoiceId != null) {
            throw new IllegalStateException("order " + id() + " is not waiting for its invoice");
        }
        this.invoiceId = invoiceId;
    }

    /** The points the order costs, once priced. */
    public int pointsDue() {
        if (payment != PaymentMethod.POINTS || pricePoints == null) {
            throw new IllegalStateException("order " + id() + " has no price in points");
        }
        return pricePoints;
    }

    /** What identifies the order's points on the ledger: its spend and its refund. */
    public String ledgerReference() {
        return "installation-order:" + id();
    }

    /** The customer's points did not cover the order: it waits for a top-up, and says so. */
    public void awaitTopUp(Actor actor, Instant now) {
        move(OrderStatus.AWAITING_TOP_UP, actor, pricePoints + " points needed", now);
    }

    /** The points were taken, or the invoice paid. */
    public void paid(Actor actor, String note, Instant now) {
        move(OrderStatus.PAID, actor, note, now);
    }

    /** Staff price a third-party installation in points, at least the minimum; a new price replaces an open one. */
    public void price(int points, InstallationTerms terms, Actor actor, Instant now) {
        if (kind != OrderKind.THIRD_PARTY) {
            throw ProservException.conflict(
                    "Only third-party installations are priced by staff; order " + id() + " costs " + priceText());
        }
        if (points < terms.thirdPartyMinimumPoints()) {
            throw ProservException.invalid(
                            "points", "must be at least " + terms.thirdPartyMinimumPoints() + " (the minimum price)")
                    .with("minimum", terms.thirdPartyMinimumPoints());
        }
        move(OrderStatus.PRICED, actor, points + " points", now);
        this.pricePoints = points;
    }

    /** The customer accepts the price: the caller then takes the points. */
    public void requireAcceptable(Actor actor) {
        requireOwnCustomer(actor, "accept the price");
        requireMove(OrderStatus.PAID);
    }

    /** The customer declines the price: nothing is charged; staff may price it again. */
    public void decline(Actor actor, String note, Instant now) {
        requireOwnCustomer(actor, "decline the price");
        move(OrderStatus.DECLINED, actor, note, now);
        this.pricePoints = null;
    }

    /** An engineer takes the order; it may be handed to another one until it is done. */
    public void assign(String engineer, Actor actor, Instant now) {
        if (status == OrderStatus.DONE || status == OrderStatus.CANCELLED) {
            throw ProservException.conflict("Order " + id() + " is " + status + ": no engineer can be assigned");
        }
        this.engineer = Objects.requireNonNull(engineer, "engineer");
        history.add(new OrderChange(
                this, history.size() + 1, status, status, actor.username(), "assigned to " + engineer, now));
    }

    /** A paid order gets its date; a scheduled one may be moved to another. */
    public void schedule(Instant at, Actor actor, Instant now) {
        if (at.isBefore(now)) {
            throw ProservException.invalid("scheduledFor", "must not be in the past");
        }
        move(OrderStatus.SCHEDULED, actor, "for " + at, now);
        this.scheduledFor = at;
    }

    /** The work starts, by the order's engineer: from now on it can no longer be cancelled. */
    public void start(Actor actor, Instant now) {
        requireMove(OrderStatus.IN_PROGRESS);
        if (engineer == null) {
            throw ProservException.conflict("Order " + id() + " has no engineer: assign one before the work starts");
        }
        requireEngineerOrAdmin(actor, "start the work");
        move(OrderStatus.IN_PROGRESS, actor, null, now);
    }

    public void complete(Actor actor, String note, Instant now) {
        requireMove(OrderStatus.DONE);
        requireEngineerOrAdmin(actor, "finish the work");
        move(OrderStatus.DONE, actor, note, now);
    }

    /**
     * Cancels the order while the work has not started; the caller gives back what was paid: the points as ledger
     * entries, an unpaid invoice voided, a paid one recorded here as the refund owed ({@link #owe}).
     */
    public void cancel(Actor actor, String reason, Instant now) {
        move(OrderStatus.CANCELLED, actor, reason, now);
    }

    /** The points that went back to the customer's ledger when the order was cancelled. */
    public void refundedPoints(int points) {
        this.refundedPoints = points;
    }

    /** A paid invoice of a cancelled order: its amount is owed back to the customer. */
    public void owe(Money amount) {
        this.refundOwedCents = amount.cents();
        this.currency = amount.currency();
    }

    /** Whether the points or the invoice were paid: a cancellation then gives them back. */
    public boolean wasPaid() {
        return history.stream().anyMatch(c -> c.to() == OrderStatus.PAID);
    }

    private void requireOwnCustomer(Actor actor, String action) {
        if (!actor.actsFor(customerId)) {
            throw ProservException.forbidden("Only the order's customer may " + action);
        }
    }

    private void requireEngineerOrAdmin(Actor actor, String action) {
        if (!actor.username().equals(engineer) && actor.role() != Role.admin) {
            throw ProservException.forbidden("Only the order's engineer (" + engineer + ") or an admin may " + action);
        }
    }

    private void requireMove(OrderStatus target) {
        if (!status.mayMoveTo(target)) {
            throw ProservException.conflict("Order " + id() + " is " + status + " and cannot become " + target
                            + ": allowed next " + allowedText())
                    .with("currentStatus", status.name())
                    .with("allowed", status.next().stream().map(Enum::name).toList());
        }
    }

    private String allowedText() {
        var next = status.next();
        return next.isEmpty() ? "none (it is final)" : next.toString();
    }

    private void move(OrderStatus target, Actor actor, String note, Instant now) {
        requireMove(target);
        enter(target, actor, note, now);
    }

    private void enter(OrderStatus target, Actor actor, String note, Instant now) {
        history.add(new OrderChange(this, history.size() + 1, status, target, actor.username(), note, now));
        this.status = target;
        this.statusSince = now;
    }

    private String priceText() {
        return payment == PaymentMethod.POINTS
                ? pricePoints + " points"
                : price().map(Money::toString).orElse("");
    }

    public OrderKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public long customerId() {
        return customerId;
    }

    public Long ticketId() {
        return ticketId;
    }

    public String details() {
        return details;
    }

    public Optional<Software> software() {
        return kind == OrderKind.THIRD_PARTY
                ? Optional.of(new Software(softwareName, softwareVersion, vendorUrl, distribution))
                : Optional.empty();
    }

    public PaymentMethod payment() {
        return payment;
    }

    public Integer pricePoints() {
        return pricePoints;
    }

    public Optional<Money> price() {
        return priceCents == null ? Optional.empty() : Optional.of(new Money(priceCents, currency));
    }

    public Long invoiceId() {
        return invoiceId;
    }

    public OrderStatus status() {
        return status;
    }

    public Instant statusSince() {
        return statusSince;
    }

    public String engineer() {
        return engineer;
    }

    public Instant scheduledFor() {
        return scheduledFor;
    }

    public Integer refundedPoints() {
        return refundedPoints;
    }

    public Optional<Money> refundOwed() {
        return refundOwedCents == null ? Optional.empty() : Optional.of(new Money(refundOwedCents, currency));
    }

    public String placedBy() {
        return placedBy;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public List<OrderChange> history() {
        return List.copyOf(history);
    }
}
