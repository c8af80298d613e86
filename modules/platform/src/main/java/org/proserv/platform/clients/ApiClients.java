package org.proserv.platform.clients;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.AccountSettings;

/** Registering API clients, replacing their secrets, revoking them, and checking their credentials. */
@Stateless
public class ApiClients {

    /** Throttle keys of clients cannot be usernames, which hold no space. */
    private static final String THROTTLE_KEY = "client ";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountSettings settings;

    public ApiClient.Registered register(String name, Scopes scopes, String by) {
        var registered = ApiClient.register(name, scopes, by, settings.hasher(), clock.instant());
        em.persist(registered.client());
        return registered;
    }

    public List<ApiClient> list() {
        return em.createQuery("select c from ApiClient c order by c.id", ApiClient.class)
                .getResultList();
    }

    public ApiClient get(long id) {
        var client = em.find(ApiClient.class, id);
        if (client == null) {
            throw ProservException.notFound("API client", id);
        }
        return client;
    }

    /** A new secret, shown once; the previous one signs in no more. */
    public ApiClient.Registered rotateSecret(long id) {
        var client = get(id);
        String secret = client.rotateSecret(settings.hasher(), clock.instant());
        return new ApiClient.Registered(client, secret);
    }

    public ApiClient revoke(long id) {
        var client = get(id);
        client.revoke(clock.instant());
        return client;
    }

    /**
     * The active client of these credentials. Unknown id, wrong secret and revoked client get one answer at one cost;
     * repeated failures for the id or from the address are throttled like sign-ins (429).
     */
    public ApiClient authenticate(String clientId, String secret, String address) {
        var throttle = settings.throttle();
        String key = THROTTLE_KEY + clientId;
        throttle.refuseIfThrottled(key, address, "client authentications");
        var found = find(clientId);
        boolean matches = found.isPresent()
                ? found.get().secretMatches(secret, settings.hasher())
                : settings.hasher().matchesNothing(secret);
        if (!matches || !found.get().isActive()) {
            throttle.failed(key, address);
            throw new ProservException(ProblemCategory.UNAUTHORIZED, "Unknown client, wrong secret or revoked client");
        }
        throttle.succeeded(key, address);
        return found.get();
    }

    /** Whether a token of this client may still be honoured: the client exists and is not revoked. */
    public boolean isActive(String clientId) {
        return find(clientId).map(ApiClient::isActive).orElse(false);
    }

    private Optional<ApiClient> find(String clientId) {
        return em.createNamedQuery("ApiClient.byClientId", ApiClient.class)
                .setParameter("clientId", clientId)
                .getResultStream()
                .findFirst();
    }
}
