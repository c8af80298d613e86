package org.proserv.platform.webhooks;

import static org.proserv.kernel.persistence.UtcInstantConverter.toColumn;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.sweep.Sweep;
import org.proserv.platform.accounts.Role;
import org.proserv.platform.events.EventFeed;
import org.proserv.platform.events.FeedEvent;
import org.proserv.platform.inbox.Inbox;
import org.proserv.platform.inbox.Recipient;

/**
 * Delivery, run by a timer on every node. Published events become deliveries (the fan-out, one transaction at a time),
 * then each due delivery is claimed by one node with an update that only one can win, for a lease of twice the attempt
 * timeout; the attempt is made outside any transaction and its outcome recorded only by the claim's holder. A delivery
 * waits while an earlier event of the same aggregate is still pending for the same endpoint, so each endpoint receives
 * one aggregate's events in order.
 */
@Stateless
public class WebhookDispatch {

    private static final Logger LOG = Logger.getLogger(WebhookDispatch.class.getName());

    /** Deliveries one run attempts, and events one fan-out transaction takes. */
    static final int BATCH = 50;

    static final int FAN_OUT_BATCH = 500;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    EventFeed feed;

    @EJB
    Inbox inbox;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "proserv.webhooks.timeout")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "proserv.webhooks.disable-after")
    Duration disableAfter;

    @Inject
    @ConfigProperty(name = "proserv.webhooks.allow-private-addresses")
    boolean allowPrivate;

    @Inject
    @ConfigProperty(name = "proserv.environment")
    String environment;

    private WebhookSender sender;

    @PostConstruct
    void start() {
        sender = new WebhookSender(timeout);
    }

    /**
     * One run of the timer's work: publish committed events, turn them into deliveries, attempt what is due. Returns
     * the attempts made.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run() {
        var self = context.getBusinessObject(WebhookDispatch.class);
        feed.publish();
        self.fanOut();
        return self.deliverDue();
    }

    /** Turns newly published events into deliveries to the enabled endpoints that want them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int fanOut() {
        var cursor = em.find(FanOutCursor.class, 1, LockModeType.PESSIMISTIC_WRITE);
        List<FeedEvent> events = feed.publishedAfter(cursor.lastPosition(), FAN_OUT_BATCH);
        if (events.isEmpty()) {
            return 0;
        }
        List<Webhook> endpoints = em.createQuery("select w from Webhook w where w.enabled = true", Webhook.class)
                .getResultList();
        Instant now = clock.instant();
        int created = 0;
        for (FeedEvent event : events) {
            for (Webhook endpoint : endpoints) {
                if (endpoint.wants(event.type()) && event.position() > endpoint.fromPosition()) {
                    em.persist(new WebhookDelivery(endpoint.id(), event, now));
                    created++;
                }
            }
        }
        cursor.advanceTo(events.get(events.size() - 1).position());
        return created;
    }

    /** Attempts the deliveries due now, each claimed first; returns how many attempts were made. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverDue() {
        Instant now = clock.instant();
        List<Long> due = Sweep.ids(
                em,
                "select d.id from platform_webhook_delivery d where d.status = 'PENDING' and d.next_attempt_at <= ?"
                        + " and (d.claimed_until is null or d.claimed_until < ?)"
                        + " and not exists (select 1 from platform_webhook_delivery p"
                        + " where p.webhook_id = d.webhook_id and p.aggregate_type = d.aggregate_type"
                        + " and p.aggregate_id = d.aggregate_id and p.aggregate_seq < d.aggregate_seq"
                        + " and p.status = 'PENDING') order by d.feed_position",
                now,
                now);
        var self = context.getBusinessObject(WebhookDispatch.class);
        int attempted = 0;
        for (long id : due.subList(0, Math.min(BATCH, due.size()))) {
            try {
                Optional<Prepared> prepared = self.claim(id);
                if (prepared.isPresent()) {
                    var p = prepared.get();
                    SendResult result = p.refusal() != null
                            ? SendResult.failure(Duration.ZERO, p.refusal())
                            : sender.send(p.url(), p.messageId(), p.timestamp(), p.signature(), p.body(), now);
                    self.recordOutcome(id, p.claim(), result);
                    attempted++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "webhook delivery " + id + " failed and is left for the next run");
            }
        }
        return attempted;
    }

    /** A delivery claimed and ready to send: the body signed now by every secret that signs. */
    public record Prepared(
            String claim, URI url, String messageId, long timestamp, String signature, String body, String refusal) {}

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Prepared> claim(long deliveryId) {
        Instant now = clock.instant();
        String claim = UUID.randomUUID().toString();
        int won = em.createNativeQuery("update platform_webhook_delivery set claim = ?, claimed_until = ?"
                        + " where id = ? and status = 'PENDING' and next_attempt_at <= ?"
                        + " and (claimed_until is null or claimed_until < ?)")
                .setParameter(1, claim)
                .setParameter(2, toColumn(now.plus(timeout.multipliedBy(2))))
                .setParameter(3, deliveryId)
                .setParameter(4, toColumn(now))
                .setParameter(5, toColumn(now))
                .executeUpdate();
        if (won == 0) {
            return Optional.empty();
        }
        var delivery = em.find(WebhookDelivery.class, deliveryId);
        em.refresh(delivery);
        var endpoint = em.find(Webhook.class, delivery.webhookId());
        if (!endpoint.enabled()) {
            delivery.abandon();
            return Optional.empty();
        }
        var event = feed.event(delivery.eventId());
        String body = body(event);
        long timestamp = now.getEpochSecond();
        String signature = Signature.header(endpoint.signingSecrets(now), delivery.messageId(), timestamp, body);
        URI url = URI.create(endpoint.url());
        String refusal = null;
        try {
            EndpointUrl.check(endpoint.url(), production(), allowPrivate, InetAddress::getAllByName);
        } catch (ProservException e) {
            refusal = "refused: " + e.getMessage();
        }
        return Optional.of(new Prepared(claim, url, delivery.messageId(), timestamp, signature, body, refusal));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordOutcome(long deliveryId, String claim, SendResult result) {
        Instant now = clock.instant();
        var delivery = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        em.persist(new WebhookAttempt(deliveryId, delivery.webhookId(), now, result));
        if (!claim.equals(delivery.claim())) {
            return; // the lease ran out and another node took it over: that node decides
        }
        var endpoint = em.find(Webhook.class, delivery.webhookId(), LockModeType.PESSIMISTIC_WRITE);
        if (result.delivered()) {
            delivery.succeeded(now);
            endpoint.delivered();
            return;
        }
        if (result.gone()) {
            delivery.failed(now, Optional.empty());
            disable(endpoint, "the receiver answered 410 Gone", now);
            return;
        }
        delivery.failed(
                now,
                RetrySchedule.delayAfter(
                        delivery.attempts() + 1, ThreadLocalRandom.current()::nextDouble, result.retryAfter()));
        if (endpoint.failed(now, disableAfter)) {
            abandonPending(endpoint);
            tellAdmins(endpoint, "failing since " + endpoint.failingSince(), now);
        }
    }

    private void disable(Webhook endpoint, String reason, Instant now) {
        if (endpoint.disable(reason)) {
            abandonPending(endpoint);
            tellAdmins(endpoint, reason, now);
        }
    }

    private void abandonPending(Webhook endpoint) {
        em.createQuery("update WebhookDelivery d set d.status = :failed, d.nextAttemptAt = null"
                        + " where d.webhookId = :id and d.status = :pending")
                .setParameter("failed", DeliveryStatus.FAILED)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("id", endpoint.id())
                .executeUpdate();
    }

    private void tellAdmins(Webhook endpoint, String reason, Instant now) {
        inbox.tell(
                Recipient.role(Role.admin),
                "WEBHOOK_DISABLED",
                "webhook:" + endpoint.id(),
                "The webhook to " + WebhookAttempt.cut(endpoint.url(), 300) + " was disabled: " + reason
                        + ". Enable it again once the receiver works; failed deliveries can be replayed.",
                now);
    }

    boolean production() {
        return "production".equals(environment);
    }

    /** The body every delivery of the event carries: its type, when it happened, and the event itself. */
    static String body(FeedEvent event) {
        var data = Json.createObjectBuilder()
                .add("eventId", event.id())
                .add("position", event.position())
                .add(
                        "aggregate",
                        Json.createObjectBuilder()
                                .add("type", event.aggregateType())
                                .add("id", event.aggregateId())
                                .add("sequence", event.sequence()));
        if (event.customerId() != null) {
            data.add("customerId", event.customerId());
        }
        data.add("payload", event.payload());
        return Json.createObjectBuilder()
                .add("type", event.type())
                .add("timestamp", event.occurredAt().toString())
                .add("data", data)
                .build()
                .toString();
    }
}
