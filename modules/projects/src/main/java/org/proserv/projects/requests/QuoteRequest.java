package org.proserv.projects.requests;

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
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.projects.schema.ProjectsEntity;

/**
 * A customer's request for a quote, with everything a quote manager needs to price it, and its preliminary discussion
 * (free of charge), kept in the order it was written.
 */
@Entity
@Table(name = "projects_request")
public class QuoteRequest extends ProjectsEntity {

    @Version
    private long version;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequestKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "desired_features", nullable = false, length = 20000)
    private String desiredFeatures;

    @Column(length = 20000)
    private String workflows;

    @Column(name = "store_url", length = 500)
    private String storeUrl;

    @Column(nullable = false, length = 100)
    private String product;

    @Column(name = "product_version", nullable = false, length = 40)
    private String productVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "projects_request_manual", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    @Column(name = "reference", nullable = false, length = 500)
    private List<String> integrationManuals = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "projects_request_similar_site", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", nullable = false, length = 500)
    private List<String> similarSites = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "projects_request_program", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    @Column(name = "program", nullable = false, length = 200)
    private List<String> otherPrograms = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "projects_request_customization", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<EarlierCustomization> earlierCustomizations = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "message_count", nullable = false)
    private int messageCount;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("seqNo")
    private List<RequestMessage> messages = new ArrayList<>();

    protected QuoteRequest() {}

    /** The store's software and version must already have been checked against the releases catalogue. */
    public QuoteRequest(long customerId, RequestDraft draft, Actor author, Instant now) {
        if (draft.kind() == null) {
            throw ProservException.invalid("kind", "is required");
        }
        this.customerId = customerId;
        this.kind = draft.kind();
        this.title = required("title", draft.title());
        this.desiredFeatures = required("desiredFeatures", draft.desiredFeatures());
        this.workflows = optional(draft.workflows());
        this.storeUrl = optional(draft.storeUrl());
        this.product = required("product", draft.product());
        this.productVersion = required("productVersion", draft.productVersion());
        this.integrationManuals.addAll(entries("integrationManuals", draft.integrationManuals()));
        this.similarSites.addAll(entries("similarSites", draft.similarSites()));
        this.otherPrograms.addAll(entries("otherPrograms", draft.otherPrograms()));
        draft.earlierCustomizations()
                .forEach(c -> earlierCustomizations.add(new EarlierCustomization(c.by(), c.what())));
        this.createdBy = author.username();
        this.createdAt = now;
    }

    /** A message of the discussion, from either side, numbered after the last one. */
    public RequestMessage post(Actor author, String body, Instant now) {
        if (body == null || body.isBlank()) {
            throw ProservException.invalid("body", "must not be blank");
        }
        messageCount++;
        var message = new RequestMessage(this, messageCount, author.username(), author.isStaff(), body.strip(), now);
        messages.add(message);
        return message;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProservException.invalid(field, "is required");
        }
        return value.strip();
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> entries(String field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || values.get(i).isBlank()) {
                throw ProservException.invalid(field + "[" + i + "]", "must not be blank");
            }
        }
        return values.stream().map(String::strip).toList();
    }

    public long customerId() {
        return customerId;
    }

    public RequestKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String desiredFeatures() {
        return desiredFeatures;
    }

    public String workflows() {
        return workflows;
    }

    public String storeUrl() {
        return storeUrl;
    }

    public String product() {
        return product;
    }

    public String productVersion() {
        return productVersion;
    }

    public List<String> integrationManuals() {
        return List.copyOf(integrationManuals);
    }

    public List<String> similarSites() {
        return List.copyOf(similarSites);
    }

    public List<String> otherPrograms() {
        return List.copyOf(otherPrograms);
    }

    public List<EarlierCustomization> earlierCustomizations() {
        return List.copyOf(earlierCustomizations);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<RequestMessage> messages() {
        return List.copyOf(messages);
    }
}
