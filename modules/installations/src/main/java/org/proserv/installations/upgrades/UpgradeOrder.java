package org.proserv.installations.upgrades;

import static org.proserv.kernel.error.TextInput.optional;
import static org.proserv.kernel.error.TextInput.required;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.proserv.installations.schema.InstallationsEntity;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;
import org.proserv.platform.accounts.Actor;

/**
 * An upgrade order and every rule of its steps. Staff steps are taken by the roles {@link UpgradeStep} names; a gate
 * only by the order's customer, who passes it or rejects it with notes, sending the order back to the work before it
 * (rework; the history keeps every round). A step out of order is a 409 naming the steps allowed now.
 *
 * <p>The custom path (re-implementing custom features and design after the basic upgrade, then the customer's check of
 * them) is taken when the customer asked for it and at least one custom modification is not third-party software.
 */
@Entity
@Table(name = "installations_upgrade")
public class UpgradeOrder extends InstallationsEntity {

    public static final String STEP_OUT_OF_ORDER = "step-out-of-order";
    public static final String CUSTOMER_GATE = "customer-gate";
    public static final int MAX_MODIFICATIONS = 50;

    @Version
    private long version;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false, length = 100)
    private String product;

    @Column(name = "current_version", nullable = false, length = 40)
    private String currentVersion;

    @Column(name = "target_version", nullable = false, length = 40)
    private String targetVersion;

    @Column(name = "store_url", nullable = false, length = 500)
    private String storeUrl;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "installations_upgrade_modification", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<CustomModification> customModifications = new ArrayList<>();

    @Column(name = "reimplementation_wanted", nullable = false)
    private boolean reimplementationWanted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private UpgradeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Gate gate;

    @Column(name = "gate_since")
    private Instant gateSince;

    @Column(name = "gate_reminded_at")
    private Instant gateRemindedAt;

    @Column(name = "reminder_claim", length = 36)
    private String reminderClaim;

    @Column(name = "basic_cents")
    private Long basicCents;

    @Column(name = "features_cents")
    private Long featuresCents;

    @Column(name = "design_cents")
    private Long designCents;

    @Column(length = 3)
    private String currency;

    @Column(name = "minor_design_changes")
    private Boolean minorDesignChanges;

    @Column(name = "estimate_notes", length = 4000)
    private String estimateNotes;

    @Column(name = "estimated_by", length = 64)
    private String estimatedBy;

    @Column(name = "reimplementation_notes", length = 4000)
    private String reimplementationNotes;

    @Column(name = "reimplementation_estimated_by", length = 64)
    private String reimplementationEstimatedBy;

    @Column(name = "invoice_id")
    private Long invoiceId;

    @Column(name = "scheduled_for")
    private Instant scheduledFor;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "change_count", nullable = false)
    private int changeCount;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("seqNo")
    private List<UpgradeChange> changes = new ArrayList<>();

    protected UpgradeOrder() {}

    /** The versions must already have been checked against the releases catalogue (known, the target newer). */
    public UpgradeOrder(long customerId, UpgradeDraft draft, Actor author, Instant now) {
        this.customerId = customerId;
        this.product = required("product", draft.product());
        this.currentVersion = required("currentVersion", draft.currentVersion());
        this.targetVersion = required("targetVersion", draft.targetVersion());
        this.storeUrl = storeUrl(draft.storeUrl());
        if (draft.customModifications().size() > MAX_MODIFICATIONS) {
            throw ProservException.invalid("customModifications", "at most " + MAX_MODIFICATIONS);
        }
        for (int i = 0; i < draft.customModifications().size(); i++) {
            var m = draft.customModifications().get(i);
            String field = "customModifications[" + i + "]";
            if (m == null || m.kind() == null) {
                throw ProservException.invalid(field + ".kind", "is required");
            }
            customModifications.add(
                    new CustomModification(m.kind(), required(field + ".name", m.name()), optional(m.description())));
        }
        if (draft.reimplementationWanted() && customModifications.isEmpty()) {
            throw ProservException.invalid(
                    "reimplementationWanted",
                    "re-implementation is estimated for the custom modifications listed," + " and none is");
        }
        this.reimplementationWanted = draft.reimplementationWanted();
        this.createdBy = author.username();
        this.createdAt = now;
        this.status = UpgradeStatus.REQUESTED;
        record(null, UpgradeStatus.REQUESTED, "request", null, author, null, now);
    }

    // ---- the steps

    /** The upgrade specialist's examination and estimate, with the decision on minor design changes. */
    public void estimate(Actor actor, Estimate estimate, Instant now) {
        require(UpgradeStep.ESTIMATE, actor);
        if (estimate.price() == null || estimate.price().cents() <= 0) {
            throw ProservException.invalid("price", "must be more than zero");
        }
        if (featuresCents != null && !estimate.price().currency().equals(currency)) {
            throw ProservException.invalid("price.currency", "must be " + currency + ", the estimate's currency");
        }
        var marked = new HashSet<Integer>();
        for (int i = 0; i < estimate.thirdParty().size(); i++) {
            var mark = estimate.thirdParty().get(i);
            if (mark.modification() < 0 || mark.modification() >= customModifications.size()) {
                throw ProservException.invalid(
                        "thirdParty[" + i + "].modification",
                        "no custom modification at " + mark.modification() + " (the request lists "
                                + customModifications.size() + ")");
            }
            if (!marked.add(mark.modification())) {
                throw ProservException.invalid("thirdParty[" + i + "].modification", "is marked twice");
            }
            required("thirdParty[" + i + "].reason", mark.reason());
        }
        customModifications.forEach(CustomModification::clearThirdParty);
        estimate.thirdParty()
                .forEach(mark -> customModifications
                        .get(mark.modification())
                        .markThirdParty(mark.reason().strip()));
        this.basicCents = estimate.price().cents();
        this.currency = estimate.price().currency();
        this.minorDesignChanges = estimate.minorDesignChanges();
        this.estimateNotes = optional(estimate.notes());
        this.estimatedBy = actor.username();
        String note = "basic upgrade " + estimate.price()
                + (estimate.minorDesignChanges() ? ", minor design changes included" : ", no design changes")
                + (estimateNotes == null ? "" : "; " + estimateNotes);
        afterEstimate(UpgradeStep.ESTIMATE, actor, note, now);
    }

    /** A project manager's estimates of re-implementing the custom features and the design. */
    public void estimateReimplementation(Actor actor, Money features, Money design, String notes, Instant now) {
        require(UpgradeStep.REIMPLEMENTATION_ESTIMATE, actor);
        if (features == null || features.isNegative()) {
            throw ProservException.invalid("featuresPrice", "must be zero or more");
        }
        if (design == null || design.isNegative()) {
            throw ProservException.invalid("designPrice", "must be zero or more");
        }
        if (!features.currency().equals(design.currency())) {
            throw ProservException.invalid("designPrice.currency", "must be " + features.currency());
        }
        if (features.cents() + design.cents() == 0) {
            throw ProservException.invalid("featuresPrice", "features and design together must cost more than zero");
        }
        if (basicCents != null && !features.currency().equals(currency)) {
            throw ProservException.invalid(
                    "featuresPrice.currency", "must be " + currency + ", the estimate's currency");
        }
        this.featuresCents = features.cents();
        this.designCents = design.cents();
        this.currency = features.currency();
        this.reimplementationNotes = optional(notes);
        this.reimplementationEstimatedBy = actor.username();
        String note = "custom features " + features + ", design " + design
                + (reimplementationNotes == null ? "" : "; " + reimplementationNotes);
        afterEstimate(UpgradeStep.REIMPLEMENTATION_ESTIMATE, actor, note, now);
    }

    private void afterEstimate(UpgradeStep step, Actor actor, String note, Instant now) {
        boolean complete = basicCents != null && (!customPath() || featuresCents != null);
        move(complete ? UpgradeStatus.AWAITING_CONFIRMATION : UpgradeStatus.REQUESTED, step, null, actor, note, now);
    }

    /**
     * The customer's decision at the gate the order waits on, which the request must name. Passed, the order moves on;
     * rejected (notes required), it goes back to the work before the gate.
     */
    public void decide(Actor actor, Gate named, boolean passed, String notes, Instant now) {
        if (named == null) {
            throw ProservException.invalid("gate", "is required");
        }
        require(named.step(), actor);
        if (passed) {
            move(after(named), named.step(), UpgradeChange.Outcome.PASSED, actor, optional(notes), now);
        } else {
            String why = required("notes", notes);
            if (named == Gate.CONFIRMATION) {
                clearEstimates();
            }
            move(reworkOf(named), named.step(), UpgradeChange.Outcome.REJECTED, actor, why, now);
        }
    }

    /** The invoice issued when the customer confirmed: the order waits for it to be paid. */
    public void invoiced(long invoiceId) {
        if (status != UpgradeStatus.AWAITING_PAYMENT || this.invoiceId != null) {
            throw new IllegalStateException("order " + id() + " is not waiting for its invoice");
        }
        this.invoiceId = invoiceId;
    }

    /** Its invoice was paid: the work may be scheduled. */
    public void paid(long paidInvoice, Instant now) {
        if (invoiceId == null || invoiceId != paidInvoice) {
            throw ProservException.conflict("Invoice " + paidInvoice + " is not the invoice of upgrade order " + id());
        }
        require(UpgradeStep.PAYMENT, Actor.system());
        move(UpgradeStatus.PAID, UpgradeStep.PAYMENT, null, Actor.system(), "invoice " + paidInvoice + " paid", now);
    }

    /** Schedules the basic upgrade on the vendor's servers, no earlier than now. */
    public void schedule(Actor actor, Instant at, Instant now) {
        require(UpgradeStep.SCHEDULE, actor);
        if (at == null) {
            throw ProservException.invalid("scheduledFor", "is required");
        }
        if (at.isBefore(now)) {
            throw ProservException.invalid("scheduledFor", "must not be in the past (now " + now + ")");
        }
        this.scheduledFor = at;
        move(UpgradeStatus.SCHEDULED, UpgradeStep.SCHEDULE, null, actor, "scheduled for " + at, now);
    }

    /** The basic upgrade is done on the vendor's servers: the customer checks the result. */
    public void basicUpgradeDone(Actor actor, String notes, Instant now) {
        require(UpgradeStep.BASIC_UPGRADE_DONE, actor);
        move(UpgradeStatus.AWAITING_RESULT_CHECK, UpgradeStep.BASIC_UPGRADE_DONE, null, actor, optional(notes), now);
    }

    /** The custom features and design are re-implemented: the customer checks them. */
    public void reimplementationDone(Actor actor, String notes, Instant now) {
        require(UpgradeStep.REIMPLEMENTATION_DONE, actor);
        move(UpgradeStatus.AWAITING_CUSTOM_CHECK, UpgradeStep.REIMPLEMENTATION_DONE, null, actor, optional(notes), now);
    }

    /** Uploaded to production with the data synchronized: the order is done. */
    public void uploadDone(Actor actor, String notes, Instant now) {
        require(UpgradeStep.UPLOAD_DONE, actor);
        move(UpgradeStatus.DONE, UpgradeStep.UPLOAD_DONE, null, actor, optional(notes), now);
    }

    /** The gate reminder is due: the order has waited on its gate longer than {@code after}, and was not reminded. */
    public boolean reminderDue(Instant now, Duration after) {
        return gate != null && gateRemindedAt == null && now.isAfter(gateSince.plus(after));
    }

    // ---- the rules

    /** Whether the order takes the custom path: re-implementation asked, and something left to re-implement. */
    public boolean customPath() {
        return reimplementationWanted && customModifications.stream().anyMatch(m -> !m.thirdParty());
    }

    /** The steps that may be taken now, in the order of the process. */
    public List<UpgradeStep> allowedSteps() {
        return switch (status) {
            case REQUESTED -> {
                var steps = new ArrayList<UpgradeStep>();
                steps.add(UpgradeStep.ESTIMATE);
                if (customPath() && featuresCents == null) {
                    steps.add(UpgradeStep.REIMPLEMENTATION_ESTIMATE);
                }
                yield List.copyOf(steps);
            }
            case AWAITING_CONFIRMATION, AWAITING_RESULT_CHECK, AWAITING_CUSTOM_CHECK, AWAITING_UPLOAD_CONFIRMATION ->
                List.of(status.gate().step());
            case AWAITING_PAYMENT -> List.of(UpgradeStep.PAYMENT);
            case PAID -> List.of(UpgradeStep.SCHEDULE);
            case SCHEDULED -> List.of(UpgradeStep.BASIC_UPGRADE_DONE);
            case REIMPLEMENTING -> List.of(UpgradeStep.REIMPLEMENTATION_DONE);
            case UPLOADING -> List.of(UpgradeStep.UPLOAD_DONE);
            case DONE -> List.of();
        };
    }

    private UpgradeStatus after(Gate passed) {
        return switch (passed) {
            case CONFIRMATION -> UpgradeStatus.AWAITING_PAYMENT;
            case RESULT_CHECK ->
                customPath() ? UpgradeStatus.REIMPLEMENTING : UpgradeStatus.AWAITING_UPLOAD_CONFIRMATION;
            case CUSTOM_CHECK -> UpgradeStatus.AWAITING_UPLOAD_CONFIRMATION;
            case UPLOAD_CONFIRMATION -> UpgradeStatus.UPLOADING;
        };
    }

    /** The work before a gate, where a rejection sends the order. */
    private UpgradeStatus reworkOf(Gate rejected) {
        return switch (rejected) {
            case CONFIRMATION -> UpgradeStatus.REQUESTED;
            case RESULT_CHECK -> UpgradeStatus.SCHEDULED;
            case CUSTOM_CHECK -> UpgradeStatus.REIMPLEMENTING;
            case UPLOAD_CONFIRMATION -> customPath() ? UpgradeStatus.REIMPLEMENTING : UpgradeStatus.SCHEDULED;
        };
    }

    /** Who may take the step (403 otherwise), then whether it may be taken now (409 naming the allowed steps). */
    private void require(UpgradeStep step, Actor actor) {
        if (step.isGate()) {
            if (!actor.actsFor(customerId)) {
                throw ProservException.forbidden("Only the order's customer may pass or reject the " + step.label()
                                + " gate; staff never do, whatever their role")
                        .with("rule", CUSTOMER_GATE);
            }
        } else if (step != UpgradeStep.PAYMENT && !step.staffMay(actor.role())) {
            throw ProservException.forbidden("The " + step.label() + " step is taken by "
                    + step.staffRoles().stream().map(Enum::name).sorted().toList());
        }
        var allowed = allowedSteps();
        if (!allowed.contains(step)) {
            throw ProservException.conflict("Upgrade order " + id() + " is " + status + "; " + step.label()
                            + " is not a step it can take now")
                    .with("rule", STEP_OUT_OF_ORDER)
                    .with("currentStatus", status.name())
                    .with(
                            "allowedSteps",
                            allowed.stream().map(UpgradeStep::label).toList());
        }
    }

    private void move(
            UpgradeStatus to, UpgradeStep step, UpgradeChange.Outcome outcome, Actor actor, String notes, Instant now) {
        var from = status;
        this.status = to;
        if (from != to) {
            this.gate = to.gate();
            this.gateSince = to.gate() == null ? null : now;
            this.gateRemindedAt = null;
            this.reminderClaim = null;
        }
        record(from, to, step.label(), outcome, actor, notes, now);
    }

    private void record(
            UpgradeStatus from,
            UpgradeStatus to,
            String step,
            UpgradeChange.Outcome outcome,
            Actor actor,
            String notes,
            Instant now) {
        changeCount++;
        changes.add(new UpgradeChange(this, changeCount, step, from, to, outcome, actor.username(), notes, now));
    }

    private void clearEstimates() {
        basicCents = null;
        featuresCents = null;
        designCents = null;
        currency = null;
        minorDesignChanges = null;
        estimateNotes = null;
        estimatedBy = null;
        reimplementationNotes = null;
        reimplementationEstimatedBy = null;
    }

    private static String storeUrl(String value) {
        String url = required("storeUrl", value);
        try {
            var uri = new URI(url);
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw ProservException.invalid("storeUrl", "must be an http or https URL with a host");
            }
        } catch (URISyntaxException e) {
            throw ProservException.invalid("storeUrl", "is not a URL: " + e.getReason());
        }
        return url;
    }

    // ---- reading

    public long customerId() {
        return customerId;
    }

    public String product() {
        return product;
    }

    public String currentVersion() {
        return currentVersion;
    }

    public String targetVersion() {
        return targetVersion;
    }

    public String storeUrl() {
        return storeUrl;
    }

    public List<CustomModification> customModifications() {
        return List.copyOf(customModifications);
    }

    public boolean reimplementationWanted() {
        return reimplementationWanted;
    }

    public UpgradeStatus status() {
        return status;
    }

    /** The gate the order waits on, if any. */
    public Optional<Gate> gate() {
        return Optional.ofNullable(gate);
    }

    /** Since when it waits on its gate; null when it waits on none. */
    public Instant gateSince() {
        return gateSince;
    }

    /** When the customer was reminded of the gate it waits on; null if not (yet). */
    public Instant gateRemindedAt() {
        return gateRemindedAt;
    }

    public Optional<Money> basicPrice() {
        return Optional.ofNullable(basicCents).map(c -> new Money(c, currency));
    }

    public Optional<Money> featuresPrice() {
        return Optional.ofNullable(featuresCents).map(c -> new Money(c, currency));
    }

    public Optional<Money> designPrice() {
        return Optional.ofNullable(designCents).map(c -> new Money(c, currency));
    }

    /** The price the customer confirms: the basic upgrade, plus the re-implementation on the custom path. */
    public Optional<Money> total() {
        if (basicCents == null) {
            return Optional.empty();
        }
        long cents = basicCents;
        if (customPath() && featuresCents != null) {
            cents = Math.addExact(cents, Math.addExact(featuresCents, designCents));
        }
        return Optional.of(new Money(cents, currency));
    }

    /** The specialist's decision on minor design changes in the basic upgrade; null before the estimate. */
    public Boolean minorDesignChanges() {
        return minorDesignChanges;
    }

    public String estimateNotes() {
        return estimateNotes;
    }

    public String estimatedBy() {
        return estimatedBy;
    }

    public String reimplementationNotes() {
        return reimplementationNotes;
    }

    public String reimplementationEstimatedBy() {
        return reimplementationEstimatedBy;
    }

    public Optional<Long> invoiceId() {
        return Optional.ofNullable(invoiceId);
    }

    public Instant scheduledFor() {
        return scheduledFor;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<UpgradeChange> changes() {
        return List.copyOf(changes);
    }
}
