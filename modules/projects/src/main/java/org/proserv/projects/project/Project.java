package org.proserv.projects.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.projects.requests.RequestKind;
import org.proserv.projects.schema.ProjectsEntity;

/** A project: started when a customer accepts a quote, from that quote's request. */
@Entity
@Table(name = "projects_project")
public class Project extends ProjectsEntity {

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequestKind kind;

    @Column(name = "quote_id", nullable = false)
    private long quoteId;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    protected Project() {}

    public Project(long customerId, long requestId, RequestKind kind, long quoteId, Instant acceptedAt) {
        this.customerId = customerId;
        this.requestId = requestId;
        this.kind = kind;
        this.quoteId = quoteId;
        this.acceptedAt = acceptedAt;
    }

    public long customerId() {
        return customerId;
    }

    public long requestId() {
        return requestId;
    }

    public RequestKind kind() {
        return kind;
    }

    /** The accepted quote that started the project. */
    public long quoteId() {
        return quoteId;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }
}
