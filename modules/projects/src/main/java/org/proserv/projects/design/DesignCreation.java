package org.proserv.projects.design;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.proserv.kernel.error.ProservException;
import org.proserv.projects.billing.Invoice;
import org.proserv.projects.billing.InvoiceStatus;
import org.proserv.projects.requests.RequestKind;
import org.proserv.projects.schema.ProjectsEntity;

/**
 * A design creation project's two stages. Stage 1 starts with the 40% invoice paid and offers sketch sets, at most as
 * many as the terms allow when it started; the customer chooses a sketch of the open set or rejects it, and the
 * rejection of the last set allowed ends the creation (it must be ordered again). Stage 2 starts with the 60% invoice
 * paid, refines the chosen sketch into the deliverable images, and ends with the customer's approval.
 */
@Entity
@Table(name = "projects_design_creation")
public class DesignCreation extends ProjectsEntity {

    static final int MAX_SKETCHES = 20;
    static final int MAX_PAGES = 100;
    static final int MAX_REASON = 2000;

    @Version
    private long version;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "quote_id", nullable = false)
    private long quoteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DesignStage stage;

    /** The pages the quote asked for: more than the usual images mean more deliverables. */
    @Column(nullable = false)
    private int pages;

    @Column(name = "sets_allowed", nullable = false)
    private int setsAllowed;

    @Column(name = "sets_offered", nullable = false)
    private int setsOffered;

    /** The image bounds in force when the creation started. */
    @Column(name = "min_images", nullable = false)
    private int minImages;

    @Column(name = "max_images", nullable = false)
    private int maxImages;

    @Column(name = "chosen_set")
    private Integer chosenSet;

    @Column(name = "chosen_sketch")
    private Integer chosenSketch;

    @OneToMany(mappedBy = "creation", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("number")
    private List<SketchSet> sets = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "projects_design_image", joinColumns = @JoinColumn(name = "creation_id"))
    @OrderColumn(name = "position")
    private List<DesignImage> images = new ArrayList<>();

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "refining_at")
    private Instant refiningAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected DesignCreation() {}

    /**
     * Stage 1 of a design creation project, once its first (40%) invoice is paid.
     *
     * @param pages the pages the quote asked for, or null for the usual number of images
     */
    public DesignCreation(
            long projectId,
            long customerId,
            long quoteId,
            RequestKind kind,
            Invoice advance,
            Integer pages,
            DesignTerms terms,
            String startedBy,
            Instant now) {
        if (kind != RequestKind.DESIGN_CREATION) {
            throw ProservException.conflict(
                            "Project " + projectId + " is a " + kind + " project, not a design" + " creation")
                    .with("rule", "not-design-creation");
        }
        if (pages != null && (pages < 1 || pages > MAX_PAGES)) {
            throw ProservException.invalid("pages", "must be 1 to " + MAX_PAGES);
        }
        requirePaid(advance, 1, "stage-1-unpaid");
        this.projectId = projectId;
        this.customerId = customerId;
        this.quoteId = quoteId;
        this.stage = DesignStage.SKETCHES;
        this.pages = pages == null ? terms.minImages() : pages;
        this.setsAllowed = terms.sketchSets();
        this.startedBy = startedBy;
        this.startedAt = now;
        this.minImages = terms.minImages();
        this.maxImages = terms.maxImages();
    }

    private static void requirePaid(Invoice invoice, int stageNumber, String rule) {
        if (invoice == null) {
            throw ProservException.conflict("Stage " + stageNumber + " of the design creation has no invoice")
                    .with("rule", rule);
        }
        if (invoice.status() != InvoiceStatus.PAID) {
            var refused = ProservException.conflict("Stage " + stageNumber + " of the design creation starts only"
                            + " once invoice " + invoice.id() + " (" + invoice.amount() + ") is paid")
                    .with("rule", rule);
            throw invoice.id() == null ? refused : refused.with("invoiceId", invoice.id());
        }
    }

    /** The designer offers a set of sketches: only in stage 1, with no set waiting, and within the sets allowed. */
    public SketchSet offer(List<Sketch> sketches, String designer, Instant now) {
        requireStage(DesignStage.SKETCHES, "offer sketches");
        if (open().isPresent()) {
            throw ProservException.conflict("Sketch set " + setsOffered + " waits for the customer's decision")
                    .with("rule", "sketch-set-open");
        }
        if (sketches == null || sketches.isEmpty() || sketches.size() > MAX_SKETCHES) {
            throw ProservException.invalid("sketches", "must be 1 to " + MAX_SKETCHES + " sketches");
        }
        for (int i = 0; i < sketches.size(); i++) {
            var sketch = sketches.get(i);
            if (sketch.title() == null
                    || sketch.title().isBlank()
                    || sketch.title().length() > Sketch.MAX_TITLE) {
                throw ProservException.invalid(
                        "sketches[" + i + "].title", "must be 1 to " + Sketch.MAX_TITLE + " characters");
            }
            requireReference("sketches[" + i + "].imageRef", sketch.imageRef());
        }
        var set = new SketchSet(this, ++setsOffered, sketches, designer, now);
        sets.add(set);
        return set;
    }

    /** The customer chooses sketch {@code sketchNumber} (from 1) of the open set {@code setNumber}. */
    public SketchSet choose(int setNumber, int sketchNumber, Instant now) {
        var set = openSet(setNumber, "choose a sketch");
        if (sketchNumber < 1 || sketchNumber > set.sketches().size()) {
            throw ProservException.invalid(
                    "sketch", "must be 1 to " + set.sketches().size() + ", a sketch of set " + setNumber);
        }
        set.choose(now);
        chosenSet = setNumber;
        chosenSketch = sketchNumber;
        stage = DesignStage.SKETCH_CHOSEN;
        return set;
    }

    /**
     * The customer rejects the open set. Rejecting the last set allowed ends the creation: it must be ordered again,
     * with a new quote.
     */
    public SketchSet reject(int setNumber, String reason, Instant now) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw ProservException.invalid("reason", "must be at most " + MAX_REASON + " characters");
        }
        var set = openSet(setNumber, "reject a sketch set");
        set.reject(reason, now);
        if (setsOffered >= setsAllowed) {
            stage = DesignStage.ENDED;
            endedAt = now;
        }
        return set;
    }

    /** Stage 2 starts once a sketch is chosen and the second (60%) invoice is paid. */
    public void startRefinement(Invoice balance, Instant now) {
        if (stage == DesignStage.SKETCHES) {
            throw ProservException.conflict("Stage 2 refines the chosen sketch: no sketch is chosen yet")
                    .with("rule", "sketch-not-chosen");
        }
        requireStage(DesignStage.SKETCH_CHOSEN, "start stage 2");
        requirePaid(balance, 2, "stage-2-unpaid");
        stage = DesignStage.REFINING;
        refiningAt = now;
    }

    /**
     * The deliverables of stage 2, replacing any given before: between the fewest and the most images (more when the
     * quote asked for more pages), each with its page, format and 72 dpi.
     */
    public void deliver(List<DesignImage> deliverables, Instant now) {
        requireStage(DesignStage.REFINING, "deliver the images");
        int fewest = requiredImages();
        int most = allowedImages();
        if (deliverables == null || deliverables.size() < fewest || deliverables.size() > most) {
            throw ProservException.invalid("images", "must be " + fewest + " to " + most + " images");
        }
        for (int i = 0; i < deliverables.size(); i++) {
            var image = deliverables.get(i);
            if (image.page() == null) {
                throw ProservException.invalid("images[" + i + "].page", "is required");
            }
            if (image.format() == null) {
                throw ProservException.invalid("images[" + i + "].format", "is required");
            }
            if (image.dpi() != DesignImage.DPI) {
                throw ProservException.invalid(
                        "images[" + i + "].dpi", "must be " + DesignImage.DPI + ", not " + image.dpi());
            }
            requireReference("images[" + i + "].imageRef", image.imageRef());
        }
        images.clear();
        images.addAll(deliverables);
        deliveredAt = now;
    }

    /** The customer approves the refined design, once its deliverables are there. */
    public void approve(Instant now) {
        requireStage(DesignStage.REFINING, "approve the design");
        if (images.isEmpty()) {
            throw ProservException.conflict("The design is approved with its deliverables: none are delivered yet")
                    .with("rule", "deliverables-missing");
        }
        stage = DesignStage.APPROVED;
        approvedAt = now;
    }

    /** The fewest deliverable images: the usual minimum, or one per page the quote asked for if more. */
    public int requiredImages() {
        return Math.max(minImages, pages);
    }

    public int allowedImages() {
        return Math.max(maxImages, pages);
    }

    private SketchSet openSet(int setNumber, String action) {
        requireStage(DesignStage.SKETCHES, action);
        var set = open().orElseThrow(() ->
                ProservException.conflict("No sketch set waits for a decision").with("rule", "no-open-sketch-set"));
        if (set.number() != setNumber) {
            throw ProservException.conflict(
                            "Sketch set " + setNumber + " is not the open one; set " + set.number() + " is")
                    .with("rule", "no-open-sketch-set");
        }
        return set;
    }

    private void requireStage(DesignStage expected, String action) {
        if (stage == DesignStage.ENDED) {
            throw ProservException.conflict("The design creation ended after " + setsAllowed + " rejected sketch"
                            + " sets: it must be ordered again, with a new quote")
                    .with("rule", "design-creation-ended");
        }
        if (stage != expected) {
            throw ProservException.conflict("Cannot " + action + " at stage " + stage + ", only at " + expected)
                    .with("rule", "design-stage")
                    .with("stage", stage.name());
        }
    }

    private static void requireReference(String field, String reference) {
        if (reference == null || reference.isBlank() || reference.length() > Sketch.MAX_REF) {
            throw ProservException.invalid(field, "must be 1 to " + Sketch.MAX_REF + " characters");
        }
    }

    public Optional<SketchSet> open() {
        return sets.stream().filter(s -> s.status() == SketchSetStatus.OFFERED).findFirst();
    }

    public long projectId() {
        return projectId;
    }

    public long customerId() {
        return customerId;
    }

    public long quoteId() {
        return quoteId;
    }

    public DesignStage stage() {
        return stage;
    }

    public int pages() {
        return pages;
    }

    public int setsAllowed() {
        return setsAllowed;
    }

    public int setsOffered() {
        return setsOffered;
    }

    public Integer chosenSet() {
        return chosenSet;
    }

    public Integer chosenSketch() {
        return chosenSketch;
    }

    public List<SketchSet> sets() {
        return List.copyOf(sets);
    }

    public List<DesignImage> images() {
        return List.copyOf(images);
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant refiningAt() {
        return refiningAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
