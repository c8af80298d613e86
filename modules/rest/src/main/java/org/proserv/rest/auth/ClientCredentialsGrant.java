package org.proserv.rest.auth;

import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.clients.Scopes;

/**
 * A client-credentials token request as RFC 6749 reads it: {@code grant_type=client_credentials}, an optional
 * {@code scope}, and the client authenticated by exactly one method, HTTP Basic (id and secret form-urlencoded, section
 * 2.3.1) or the form's {@code client_id} and {@code client_secret}. No parameter may be sent twice; unknown ones are
 * ignored (section 3.2).
 */
record ClientCredentialsGrant(String clientId, String clientSecret, Optional<Scopes> scope) {

    static final String GRANT_TYPE = "client_credentials";

    /** A request the token endpoint refuses with RFC 6749's error code. */
    static final class Refused extends RuntimeException {
        private final int status;
        private final String error;

        Refused(int status, String error, String description) {
            super(description, null, false, false);
            this.status = status;
            this.error = error;
        }

        int status() {
            return status;
        }

        String error() {
            return error;
        }
    }

    static ClientCredentialsGrant read(MultivaluedMap<String, String> form, String authorization) {
        for (var parameter : form.entrySet()) {
            if (parameter.getValue().size() > 1) {
                throw invalidRequest("the parameter " + parameter.getKey() + " is sent more than once");
            }
        }
        String grantType = single(form, "grant_type");
        if (grantType == null || grantType.isEmpty()) {
            throw invalidRequest("grant_type is required (client_credentials)");
        }
        if (!GRANT_TYPE.equals(grantType)) {
            throw new Refused(400, "unsupported_grant_type", "this endpoint grants client_credentials only");
        }
        String formId = single(form, "client_id");
        String formSecret = single(form, "client_secret");
        String[] credentials;
        if (authorization != null) {
            if (formId != null || formSecret != null) {
                throw invalidRequest("authenticate with HTTP Basic or with client_id and client_secret, not both");
            }
            credentials = basic(authorization);
        } else if (formId != null && formSecret != null) {
            credentials = new String[] {formId, formSecret};
        } else {
            throw new Refused(401, "invalid_client", "client authentication is required");
        }
        if (credentials[0].isEmpty()
                || credentials[1].isEmpty()
                || credentials[0].length() > 64
                || credentials[1].length() > 200) {
            throw new Refused(401, "invalid_client", "Unknown client, wrong secret or revoked client");
        }
        String scope = single(form, "scope");
        try {
            return new ClientCredentialsGrant(
                    credentials[0],
                    credentials[1],
                    scope == null ? Optional.empty() : Optional.of(Scopes.parse(scope, "scope")));
        } catch (ProservException e) {
            throw new Refused(400, "invalid_scope", e.fieldErrors().get(0).reason());
        }
    }

    private static String single(MultivaluedMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String[] basic(String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new Refused(401, "invalid_client", "the Authorization header must use the Basic scheme");
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new Refused(401, "invalid_client", "the Basic credentials are not base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new Refused(401, "invalid_client", "the Basic credentials must be client id:secret");
        }
        try {
            return new String[] {
                URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
            };
        } catch (IllegalArgumentException malformed) {
            throw new Refused(401, "invalid_client", "the Basic credentials are not form-urlencoded");
        }
    }

    private static Refused invalidRequest(String description) {
        return new Refused(400, "invalid_request", description);
    }
}
