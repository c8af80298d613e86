package org.proserv.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.idempotency.Idempotency;
import org.proserv.rest.json.StrictJsonb;

/**
 * State-changing operations that honour an {@code Idempotency-Key} header: with a key, the first request's response is
 * stored with its effect and replayed to retries of the same request.
 */
@RequestScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 200;

    private static final Jsonb JSON = new StrictJsonb().getContext(Object.class);

    @EJB
    Idempotency idempotency;

    /**
     * Runs {@code effect} (whose result becomes the JSON body with {@code status}) at most once per key and caller.
     * Without a key it simply runs.
     */
    public Response run(
            Actor caller, HttpHeaders headers, UriInfo uri, Object request, int status, Supplier<Object> effect) {
        String key = headers.getHeaderString(HEADER);
        if (key == null) {
            return json(status, JSON.toJson(effect.get()));
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProservException.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String hash = sha256(uri.getPath() + "\n" + (request == null ? "" : JSON.toJson(request)));
        var response = idempotency.once(
                caller.username(), key, hash, () -> new Idempotency.Response(status, JSON.toJson(effect.get())));
        return json(response.status(), response.body());
    }

    private static Response json(int status, String body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(body)
                .build();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
