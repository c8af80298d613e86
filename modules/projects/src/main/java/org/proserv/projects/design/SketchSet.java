package org.proserv.projects.design;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.proserv.projects.schema.ProjectsEntity;

/** A set of sketches the designer offers, numbered 1, 2... within its creation; the customer decides on it once. */
@Entity
@Table(name = "projects_sketch_set")
public class SketchSet extends ProjectsEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "creation_id")
    private DesignCreation creation;

    @Column(name = "set_no", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SketchSetStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "projects_sketch", joinColumns = @JoinColumn(name = "set_id"))
    @OrderColumn(name = "position")
    private List<Sketch> sketches = new ArrayList<>();

    @Column(name = "offered_by", nullable = false, length = 64)
    private String offeredBy;

    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 2000)
    private String reason;

    protected SketchSet() {}

    SketchSet(DesignCreation creation, int number, List<Sketch> sketches, String offeredBy, Instant now) {
        this.creation = creation;
        this.number = number;
        this.status = SketchSetStatus.OFFERED;
        this.sketches.addAll(sketches);
        this.offeredBy = offeredBy;
        this.offeredAt = now;
    }

    void choose(Instant now) {
        status = SketchSetStatus.CHOSEN;
        decidedAt = now;
    }

    void reject(String reason, Instant now) {
        status = SketchSetStatus.REJECTED;
        this.reason = reason;
        decidedAt = now;
    }

    public int number() {
        return number;
    }

    public SketchSetStatus status() {
        return status;
    }

    public List<Sketch> sketches() {
        return List.copyOf(sketches);
    }

    public String offeredBy() {
        return offeredBy;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    /** Why the customer rejected it; null otherwise. */
    public String reason() {
        return reason;
    }
}
