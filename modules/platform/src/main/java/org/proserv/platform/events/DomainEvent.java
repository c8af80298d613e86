package org.proserv.platform.events;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;

/**
 * A state change that matters outside the application, recorded in the transaction of the change itself (the outbox):
 * it exists if and only if the change committed. Never changed once written.
 */
@Entity
@Table(name = "platform_event")
public class DomainEvent {

    static final int MAX_PAYLOAD = 20000;

    @Id
    @SequenceGenerator(name = "platform_event_seq", sequenceName = "platform_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_event_seq")
    private Long id;

    @Column(nullable = false, length = 60)
    private String type;

    @Column(name = "aggregate_type", nullable = false, length = 40)
    private String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    private long aggregateId;

    @Column(name = "aggregate_seq", nullable = false)
    private long aggregateSeq;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = MAX_PAYLOAD)
    private String payload;

    protected DomainEvent() {}

    DomainEvent(
            String type,
            String aggregateType,
            long aggregateId,
            long aggregateSeq,
            Long customerId,
            JsonObject payload,
            Instant occurredAt) {
        String json = payload.toString();
        if (json.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("the payload of " + type + " exceeds " + MAX_PAYLOAD + " characters");
        }
        this.type = type;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.aggregateSeq = aggregateSeq;
        this.customerId = customerId;
        this.occurredAt = occurredAt;
        this.payload = json;
    }

    public Long id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String aggregateType() {
        return aggregateType;
    }

    public long aggregateId() {
        return aggregateId;
    }

    /** 1 for the aggregate's first event, then 2, 3...: the order a receiver applies them in. */
    public long aggregateSeq() {
        return aggregateSeq;
    }

    /** The customer the event concerns, if any: the only customer who may read it. */
    public Long customerId() {
        return customerId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public JsonObject payload() {
        try (var reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }
}
