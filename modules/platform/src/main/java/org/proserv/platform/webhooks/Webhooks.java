package org.proserv.platform.webhooks;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.paging.Page;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.kernel.paging.PagedQuery;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.platform.events.EventFeed;

/** The admins' use cases of webhooks, one transaction each: register, rotate, read the log, replay. */
@Stateless
public class Webhooks {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    EventFeed feed;

    @Inject
    @ConfigProperty(name = "proserv.webhooks.rotation-overlap")
    Duration rotationOverlap;

    @Inject
    @ConfigProperty(name = "proserv.webhooks.allow-private-addresses")
    boolean allowPrivate;

    @Inject
    @ConfigProperty(name = "proserv.environment")
    String environment;

    /** A new endpoint; it receives the events published from now on. Its secret is shown this once. */
    public WebhookSecretShown register(Actor actor, String url, Set<String> eventTypes, String description) {
        requireAdmin(actor);
        EndpointUrl.check(url, "production".equals(environment), allowPrivate, InetAddress::getAllByName);
        var secret = WebhookSecret.generate();
        var webhook = new Webhook(url, eventTypes, description, secret, feed.lastPosition(), clock.instant());
        em.persist(webhook);
        em.flush();
        return new WebhookSecretShown(WebhookView.of(webhook), secret.value());
    }

    public Page<WebhookView> list(Actor actor, PageRequest request) {
        requireAdmin(actor);
        return PagedQuery.from(em, Webhook.class, "Webhook w", "w")
                .page("w.id", request)
                .map(WebhookView::of);
    }

    public WebhookView read(Actor actor, long id) {
        requireAdmin(actor);
        return WebhookView.of(find(id));
    }

    /** A new secret; the old one keeps signing, beside it, for the configured overlap. */
    public WebhookSecretShown rotateSecret(Actor actor, long id) {
        requireAdmin(actor);
        var webhook = find(id);
        var secret = webhook.rotate(rotationOverlap, clock.instant());
        return new WebhookSecretShown(WebhookView.of(webhook), secret.value());
    }

    /** Enabled again after it was disabled: new events reach it; what failed meanwhile waits for a replay. */
    public WebhookView enable(Actor actor, long id) {
        requireAdmin(actor);
        var webhook = find(id);
        webhook.enable();
        return WebhookView.of(webhook);
    }

    /** The delivery log, newest first, each delivery with its attempts. */
    public Page<DeliveryView> deliveries(Actor actor, long webhookId, PageRequest request) {
        requireAdmin(actor);
        find(webhookId);
        Page<WebhookDelivery> page = PagedQuery.from(em, WebhookDelivery.class, "WebhookDelivery d", "d")
                .where("d.webhookId = :webhook", "webhook", webhookId)
                .page("d.feedPosition desc, d.id desc", request);
        List<Long> ids = page.items().stream().map(WebhookDelivery::id).toList();
        Map<Long, List<WebhookAttempt>> attempts = ids.isEmpty()
                ? Map.of()
                : em.createQuery(
                                "select a from WebhookAttempt a where a.deliveryId in :ids"
                                        + " order by a.attemptedAt, a.id",
                                WebhookAttempt.class)
                        .setParameter("ids", ids)
                        .getResultStream()
                        .collect(Collectors.groupingBy(WebhookAttempt::deliveryId));
        return page.map(d -> DeliveryView.of(d, attempts.getOrDefault(d.id(), List.of())));
    }

    /** Sends one delivery again, at once, re-signed with the current secrets and the same message id. */
    public DeliveryView replay(Actor actor, long webhookId, long deliveryId) {
        requireAdmin(actor);
        requireEnabled(find(webhookId));
        var delivery = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || delivery.webhookId() != webhookId) {
            throw ProservException.notFound("Delivery", deliveryId);
        }
        delivery.replay(clock.instant());
        return DeliveryView.of(delivery, List.of());
    }

    /** Sends again every delivery of the endpoint that failed for good and was created since the given time. */
    public int replayFailedSince(Actor actor, long webhookId, Instant since) {
        requireAdmin(actor);
        requireEnabled(find(webhookId));
        if (since == null) {
            throw ProservException.invalid("since", "is required");
        }
        Instant now = clock.instant();
        List<WebhookDelivery> failed = em.createQuery(
                        "select d from WebhookDelivery d where d.webhookId = :webhook and d.status = :failed"
                                + " and d.createdAt >= :since",
                        WebhookDelivery.class)
                .setParameter("webhook", webhookId)
                .setParameter("failed", DeliveryStatus.FAILED)
                .setParameter("since", since)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        failed.forEach(d -> d.replay(now));
        return failed.size();
    }

    private static void requireEnabled(Webhook webhook) {
        if (!webhook.enabled()) {
            throw ProservException.conflict("The webhook is disabled: enable it before replaying deliveries");
        }
    }

    private Webhook find(long id) {
        var webhook = em.find(Webhook.class, id);
        if (webhook == null) {
            throw ProservException.notFound("Webhook", id);
        }
        return webhook;
    }

    private static void requireAdmin(Actor actor) {
        if (actor.role() != Role.admin) {
            throw ProservException.forbidden("Only admins manage webhooks");
        }
    }
}
