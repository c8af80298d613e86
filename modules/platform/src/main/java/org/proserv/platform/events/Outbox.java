package org.proserv.platform.events;

import static org.proserv.kernel.persistence.UtcInstantConverter.toColumn;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Records domain events in the caller's transaction, so an event is written exactly when its change commits and never
 * for a change that rolled back.
 *
 * <p>The event is written through the caller's own entity manager, on the connection that carries the change: writing
 * through another persistence unit would take a second pooled connection for every changing transaction (the pool hands
 * out one connection per unit even where it shares the physical one), and under load, with rows held locked, that
 * exhausts the pool. Hence native SQL on the shared {@code platform_event} table: no context has to map it.
 *
 * <p>Callers change the aggregate first (holding its row, or a lock standing for it, such as the customer's points
 * lock), then record: the pending change is flushed before the next sequence number is read, so two writers of one
 * aggregate are serialized by that row and read each other's numbers; the unique (aggregate, sequence) key stops any
 * that are not.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    /**
     * @param em the entity manager of the change, whose transaction and connection the event joins
     * @param type what happened, e.g. {@code quote.sent}
     * @param aggregateType what it happened to, e.g. {@code quote}
     * @param customerId the customer it concerns, or null for events of no one customer (a published patch)
     * @param payload what a receiver needs to act without calling back: ids, statuses, amounts, dates
     * @return the event's id
     */
    public long record(
            EntityManager em,
            String type,
            String aggregateType,
            long aggregateId,
            Long customerId,
            JsonObject payload,
            Instant now) {
        String json = EventShape.check(type, aggregateType, payload);
        em.flush();
        long last = ((Number) em.createNativeQuery("select coalesce(max(aggregate_seq), 0) from platform_event"
                                + " where aggregate_type = ? and aggregate_id = ?")
                        .setParameter(1, aggregateType)
                        .setParameter(2, aggregateId)
                        .getSingleResult())
                .longValue();
        long id = ((Number) em.createNativeQuery("select nextval('platform_event_seq')")
                        .getSingleResult())
                .longValue();
        // a null bound without a type is untyped on some drivers: no customer is written as the literal
        em.createNativeQuery("insert into platform_event (id, type, aggregate_type, aggregate_id, aggregate_seq,"
                        + " customer_id, occurred_at, payload) values (?, ?, ?, ?, ?, "
                        + (customerId == null ? "null" : String.valueOf(customerId.longValue()))
                        + ", ?, ?)")
                .setParameter(1, id)
                .setParameter(2, type)
                .setParameter(3, aggregateType)
                .setParameter(4, aggregateId)
                .setParameter(5, last + 1)
                .setParameter(6, toColumn(now))
                .setParameter(7, json)
                .executeUpdate();
        return id;
    }
}
