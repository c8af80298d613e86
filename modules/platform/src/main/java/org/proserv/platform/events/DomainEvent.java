package org.proserv.platform.events;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;

/**
 * A state change that matters outside the application, recorded in the transaction of the change itself (the outbox):
 * it exists if and only if the change committed. Written by {@link Outbox} through the changing context's own
 * connection; read here. Never changed once written, but for the feed position the publisher gives it after commit.
 */
@Entity
@Table(name = "platform_event")
public class DomainEvent {

    @Id
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

    @Column(nullable = false, length = EventShape.MAX_PAYLOAD)
    private String payload;

    @Column(name = "feed_position")
    private Long feedPosition;

    protected DomainEvent() {}

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

    /** The event's place in the feed, given once it committed; null until the publisher has seen it. */
    public Long feedPosition() {
        return feedPosition;
    }

    public JsonObject payload() {
        try (var reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }
}
