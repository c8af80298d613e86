package org.proserv.platform.events;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Records domain events in the caller's transaction, so an event is written exactly when its change commits and never
 * for a change that rolled back. Callers change the aggregate first (holding its row), then record: two writers of one
 * aggregate are serialized by that row, and the unique (aggregate, sequence) key stops any that are not.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /**
     * @param type what happened, e.g. {@code quote.sent}
     * @param aggregateType what it happened to, e.g. {@code quote}
     * @param customerId the customer it concerns, or null for events of no one customer (a published patch)
     * @param payload what a receiver needs to act without calling back: ids, statuses, amounts, dates
     */
    public DomainEvent record(
            String type, String aggregateType, long aggregateId, Long customerId, JsonObject payload, Instant now) {
        long last = em.createQuery(
                        "select coalesce(max(e.aggregateSeq), 0) from DomainEvent e"
                                + " where e.aggregateType = :type and e.aggregateId = :id",
                        Long.class)
                .setParameter("type", aggregateType)
                .setParameter("id", aggregateId)
                .getSingleResult();
        var event = new DomainEvent(type, aggregateType, aggregateId, last + 1, customerId, payload, now);
        em.persist(event);
        return event;
    }
}
