package org.proserv.rest.auth;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.proserv.platform.clients.Scopes;
import org.proserv.platform.tokens.TokenIssuer;

/** The token endpoint's answers in RFC 6749's own shapes (sections 5.1 and 5.2), never cached. */
final class OAuthAnswers {

    private OAuthAnswers() {}

    static Response token(TokenIssuer.IssuedToken token, Scopes granted, Duration lifetime) {
        long expiresIn = lifetime.toSeconds();
        var body = Json.createObjectBuilder()
                .add("access_token", token.token())
                .add("token_type", "Bearer")
                .add("expires_in", expiresIn)
                .add("scope", granted.toString())
                .build();
        return noStore(Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE))
                .build();
    }

    static Response error(int status, String error, String description) {
        var body = Json.createObjectBuilder()
                .add("error", error)
                .add("error_description", description)
                .build();
        return noStore(Response.status(status)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(body.toString()))
                .build();
    }

    /** RFC 6749 section 5.2: 401 with a challenge of the scheme clients may use. */
    static Response invalidClient(String description) {
        return Response.fromResponse(error(401, "invalid_client", description))
                .header("WWW-Authenticate", "Basic realm=\"proserv\"")
                .build();
    }

    private static Response.ResponseBuilder noStore(Response.ResponseBuilder answer) {
        return answer.header("Cache-Control", "no-store").header("Pragma", "no-cache");
    }
}
