package org.proserv.platform.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.proserv.platform.events.FeedEvent;

/**
 * One event to one endpoint. Its message id ({@code webhook-id}) is the event's, the same on every retry and replay, so
 * receivers deduplicate by it. Claimed by one node at a time, for a lease: a node that dies mid-attempt leaves it to be
 * taken again once the lease is over.
 */
@Entity
@Table(name = "platform_webhook_delivery")
public class WebhookDelivery {

    @Id
    @SequenceGenerator(
            name = "platform_webhook_delivery_seq",
            sequenceName = "platform_webhook_delivery_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_webhook_delivery_seq")
    private Long id;

    @Column(name = "webhook_id", nullable = false)
    private long webhookId;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "aggregate_type", nullable = false, length = 40)
    private String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    private long aggregateId;

    @Column(name = "aggregate_seq", nullable = false)
    private long aggregateSeq;

    @Column(name = "feed_position", nullable = false)
    private long feedPosition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(length = 40)
    private String claim;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    protected WebhookDelivery() {}

    WebhookDelivery(long webhookId, FeedEvent event, Instant now) {
        this.webhookId = webhookId;
        this.eventId = event.id();
        this.aggregateType = event.aggregateType();
        this.aggregateId = event.aggregateId();
        this.aggregateSeq = event.sequence();
        this.feedPosition = event.position();
        this.status = DeliveryStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long webhookId() {
        return webhookId;
    }

    public long eventId() {
        return eventId;
    }

    public String messageId() {
        return messageId(eventId);
    }

    static String messageId(long eventId) {
        return "evt_" + eventId;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    String claim() {
        return claim;
    }

    void succeeded(Instant now) {
        attempts++;
        lastAttemptAt = now;
        status = DeliveryStatus.DELIVERED;
        nextAttemptAt = null;
        release();
    }

    /** A failed attempt: retried after the given delay, or failed for good when there is none. */
    void failed(Instant now, Optional<Duration> retryIn) {
        attempts++;
        lastAttemptAt = now;
        if (retryIn.isPresent()) {
            nextAttemptAt = now.plus(retryIn.get());
        } else {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
        }
        release();
    }

    /** Its endpoint was disabled: it waits for a replay. */
    void abandon() {
        if (status == DeliveryStatus.PENDING) {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
        }
    }

    /** Sent again from the first attempt's schedule, with the same message id. */
    void replay(Instant now) {
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        release();
    }

    private void release() {
        claim = null;
        claimedUntil = null;
    }
}
