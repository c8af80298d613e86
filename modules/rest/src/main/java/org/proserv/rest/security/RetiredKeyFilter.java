package org.proserv.rest.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.proserv.platform.tokens.TokenIssuer;
import org.proserv.rest.problems.Problem;

/**
 * Refuses a token whose signing key was rotated out longer ago than the overlap, at the clock's instant: MP-JWT
 * verifies against a key set it may have cached for a few minutes.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class RetiredKeyFilter implements ContainerRequestFilter {

    @Inject
    JsonWebToken jwt;

    @Inject
    TokenIssuer issuer;

    @Override
    public void filter(ContainerRequestContext request) {
        if (signedWithRetiredKey(jwt, issuer)) {
            request.abortWith(
                    Response.fromResponse(Problem.http(401, "This token's signing key was rotated out; sign in again"))
                            .header("WWW-Authenticate", "Bearer")
                            .build());
        }
    }

    /** Whether the request's verified token (if any) was signed with a key past its overlap. */
    static boolean signedWithRetiredKey(JsonWebToken jwt, TokenIssuer issuer) {
        String raw = jwt == null ? null : jwt.getRawToken();
        return raw != null && !issuer.verifies(kid(raw));
    }

    private static String kid(String raw) {
        int dot = raw.indexOf('.');
        if (dot < 0) {
            return null;
        }
        byte[] header = Base64.getUrlDecoder().decode(raw.substring(0, dot));
        try (var reader = Json.createReader(new StringReader(new String(header, StandardCharsets.UTF_8)))) {
            var json = reader.readObject();
            return json.containsKey("kid") ? json.getString("kid") : null;
        }
    }
}
