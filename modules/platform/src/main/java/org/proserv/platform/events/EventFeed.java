package org.proserv.platform.events;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.proserv.kernel.sweep.Sweep;
import org.proserv.platform.accounts.Actor;

/**
 * The event feed. Events get their feed position after they committed, from the publisher: one numbering transaction at
 * a time (the feed counter's row lock) numbers the committed events that have none, in the order of their ids.
 * Positions only grow and become visible all at once, so a reader resuming after position N misses nothing: an event
 * whose transaction commits late is numbered after N, never before. Readers publish before they read, so the feed is
 * current without waiting for the timer.
 */
@Stateless
public class EventFeed {

    /** Events numbered by one publishing transaction. */
    static final int BATCH = 500;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "proserv.events.retention")
    Duration retention;

    /** Numbers the committed events not yet in the feed; returns how many. Safe on every node at once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int publish() {
        var counter = em.find(FeedCounter.class, 1, LockModeType.PESSIMISTIC_WRITE);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from platform_event where feed_position is null order by id")
                .setMaxResults(BATCH)
                .getResultList();
        long position = counter.lastPosition();
        for (Number id : ids) {
            position++;
            em.createNativeQuery("update platform_event set feed_position = ? where id = ?")
                    .setParameter(1, position)
                    .setParameter(2, id.longValue())
                    .executeUpdate();
        }
        counter.advanceTo(position);
        return ids.size();
    }

    /** The feed as the reader may see it: a customer their own events, staff every event. */
    public FeedPage read(Actor reader, FeedQuery query) {
        var jpql = new StringBuilder("select e from DomainEvent e where e.feedPosition > :after");
        if (reader.isCustomer()) {
            jpql.append(" and e.customerId = :customer");
        }
        if (!query.types().isEmpty()) {
            jpql.append(" and e.type in :types");
        }
        var select = em.createQuery(jpql.append(" order by e.feedPosition").toString(), DomainEvent.class)
                .setParameter("after", query.after())
                .setMaxResults(query.size() + 1);
        if (reader.isCustomer()) {
            select.setParameter("customer", reader.customerId());
        }
        if (!query.types().isEmpty()) {
            select.setParameter("types", query.types());
        }
        return FeedPage.of(select.getResultList().stream().map(FeedEvent::of).toList(), query);
    }

    /** Published events past a position, in feed order, for those who deliver them. */
    public List<FeedEvent> publishedAfter(long position, int limit) {
        return em
                .createQuery(
                        "select e from DomainEvent e where e.feedPosition > :after order by e.feedPosition",
                        DomainEvent.class)
                .setParameter("after", position)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(FeedEvent::of)
                .toList();
    }

    /** The last position given so far. */
    public long lastPosition() {
        return em.find(FeedCounter.class, 1).lastPosition();
    }

    /** One published event, for those who deliver it. */
    public FeedEvent event(long id) {
        var event = em.find(DomainEvent.class, id);
        if (event == null || event.feedPosition() == null) {
            throw new IllegalArgumentException("no published event " + id);
        }
        return FeedEvent.of(event);
    }

    /**
     * Removes the events older than the retention, with what was kept of their webhook deliveries, in chunks: the
     * outbox does not grow without bound.
     */
    public int removeExpired() {
        var before = clock.instant().minus(retention);
        var self = context.getBusinessObject(EventFeed.class);
        return Sweep.named("event-retention")
                .run(
                        Sweep.ids(
                                em,
                                "select id from platform_event where occurred_at < ? and feed_position is not null"
                                        + " order by id",
                                before),
                        self::removeChunk)
                .handled();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int removeChunk(List<Long> ids) {
        String in = Sweep.inList(ids);
        em.createNativeQuery("delete from platform_webhook_attempt where delivery_id in"
                        + " (select id from platform_webhook_delivery where event_id in (" + in + "))")
                .executeUpdate();
        em.createNativeQuery("delete from platform_webhook_delivery where event_id in (" + in + ")")
                .executeUpdate();
        return em.createNativeQuery("delete from platform_event where id in (" + in + ")")
                .executeUpdate();
    }
}
