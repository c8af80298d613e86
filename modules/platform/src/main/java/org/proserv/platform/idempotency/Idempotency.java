package org.proserv.platform.idempotency;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;

/**
 * Idempotency keys for state-changing requests. A first request claims its key (committed at once, so a duplicate
 * arriving meanwhile sees it in flight), then runs its effect and stores the response in one transaction: either both
 * happen or neither. A retry with the same key and the same request gets the stored response; the same key with another
 * request is refused (422); a duplicate while the first is still running is refused (409).
 */
@Stateless
public class Idempotency {

    /**
     * After this long an in-flight claim is taken to belong to a request that died. Far longer than any of these
     * requests' transactions can run, so a live request is never run a second time.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);

    public record Response(int status, String body) {}

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /**
     * Runs {@code effect} once for this key. {@code effect} produces the response (status and JSON body) inside this
     * method's transaction, together with whatever it changes.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Response once(String scope, String key, String requestHash, Supplier<Response> effect) {
        var self = context.getBusinessObject(Idempotency.class);
        Response earlier = self.claim(scope, key, requestHash);
        if (earlier != null) {
            return earlier;
        }
        try {
            return self.runAndRecord(scope, key, effect);
        } catch (RuntimeException e) {
            self.release(scope, key);
            throw e;
        }
    }

    /** Claims the key; returns the stored response if it was already done. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Response claim(String scope, String key, String requestHash) {
        var existing = find(scope, key);
        if (existing == null) {
            try {
                em.persist(new IdempotencyRecord(scope, key, requestHash, clock.instant()));
                em.flush();
                return null;
            } catch (PersistenceException raced) {
                throw inFlight(key);
            }
        }
        em.lock(existing, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(existing);
        if (!existing.requestHash().equals(requestHash)) {
            throw new ProservException(
                            ProblemCategory.UNPROCESSABLE,
                            "Idempotency-Key " + key + " was already used for a different request")
                    .with("reason", "idempotency-key-reused");
        }
        if (existing.done()) {
            return new Response(existing.responseStatus(), existing.responseBody());
        }
        if (existing.abandoned(clock.instant(), ABANDONED_AFTER)) {
            existing.restart(requestHash, clock.instant());
            return null;
        }
        throw inFlight(key);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Response runAndRecord(String scope, String key, Supplier<Response> effect) {
        Response response = effect.get();
        var record = find(scope, key);
        record.complete(response.status(), response.body(), clock.instant());
        return response;
    }

    /** The effect failed: nothing happened, so a corrected retry may use the key again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String scope, String key) {
        var record = find(scope, key);
        if (record != null && !record.done()) {
            em.remove(record);
        }
    }

    private IdempotencyRecord find(String scope, String key) {
        return em.createQuery(
                        "select r from IdempotencyRecord r where r.scope = :scope and r.key = :key",
                        IdempotencyRecord.class)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static ProservException inFlight(String key) {
        return ProservException.conflict(
                        "A request with Idempotency-Key " + key + " is still being processed; retry later")
                .with("reason", "idempotency-key-in-flight");
    }
}
