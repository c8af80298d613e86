package org.proserv.platform.events;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * An event as the feed and webhooks show it.
 *
 * @param position its place in the feed: the cursor to resume after
 * @param sequence its number among its aggregate's events, 1, 2, 3...
 */
public record FeedEvent(
        long position,
        long id,
        String type,
        Instant occurredAt,
        String aggregateType,
        long aggregateId,
        long sequence,
        Long customerId,
        JsonObject payload) {

    static FeedEvent of(DomainEvent e) {
        return new FeedEvent(
                e.feedPosition(),
                e.id(),
                e.type(),
                e.occurredAt(),
                e.aggregateType(),
                e.aggregateId(),
                e.aggregateSeq(),
                e.customerId(),
                e.payload());
    }
}
