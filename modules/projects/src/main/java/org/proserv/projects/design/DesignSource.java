package org.proserv.projects.design;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.proserv.kernel.error.ProservException;
import org.proserv.projects.schema.ProjectsEntity;

/**
 * The design a design-integration request is for: the customer's approved creation, design files the customer supplies,
 * or a prototype the customer bought. Without one the request cannot be quoted.
 */
@Entity
@Table(name = "projects_design_source")
public class DesignSource extends ProjectsEntity {

    static final int MAX_FILES = 50;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DesignSourceKind kind;

    @Column(name = "creation_project_id")
    private Long creationProjectId;

    @Column(name = "prototype_id")
    private Long prototypeId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "projects_design_source_file", joinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "position")
    @Column(name = "reference", nullable = false, length = Sketch.MAX_REF)
    private List<String> files = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DesignSource() {}

    private DesignSource(long requestId, long customerId, DesignSourceKind kind, String by, Instant now) {
        this.requestId = requestId;
        this.customerId = customerId;
        this.kind = kind;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    /** The customer's creation, which must be approved (the caller checks it is theirs and approved). */
    public static DesignSource creation(long requestId, long customerId, long projectId, String by, Instant now) {
        var source = new DesignSource(requestId, customerId, DesignSourceKind.APPROVED_CREATION, by, now);
        source.creationProjectId = projectId;
        return source;
    }

    /** Design files the customer supplies: 1 to 50 references. */
    public static DesignSource files(long requestId, long customerId, List<String> files, String by, Instant now) {
        if (files == null || files.isEmpty() || files.size() > MAX_FILES) {
            throw ProservException.invalid("designFiles", "must be 1 to " + MAX_FILES + " file references");
        }
        for (int i = 0; i < files.size(); i++) {
            var file = files.get(i);
            if (file == null || file.isBlank() || file.length() > Sketch.MAX_REF) {
                throw ProservException.invalid(
                        "designFiles[" + i + "]", "must be 1 to " + Sketch.MAX_REF + " characters");
            }
        }
        var source = new DesignSource(requestId, customerId, DesignSourceKind.SUPPLIED_FILES, by, now);
        source.files.addAll(files);
        return source;
    }

    public static DesignSource prototype(long requestId, long customerId, long prototypeId, String by, Instant now) {
        var source = new DesignSource(requestId, customerId, DesignSourceKind.PROTOTYPE, by, now);
        source.prototypeId = prototypeId;
        return source;
    }

    public long requestId() {
        return requestId;
    }

    public long customerId() {
        return customerId;
    }

    public DesignSourceKind kind() {
        return kind;
    }

    public Long creationProjectId() {
        return creationProjectId;
    }

    public Long prototypeId() {
        return prototypeId;
    }

    public List<String> files() {
        return List.copyOf(files);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
