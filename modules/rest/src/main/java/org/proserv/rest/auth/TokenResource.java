package org.proserv.rest.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Accounts;
import org.proserv.platform.clients.ApiClients;
import org.proserv.platform.tokens.TokenIssuer;

@Path("auth")
@RequestScoped
@Tag(name = "Authentication")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    public static class Credentials {
        @NotBlank
        @Size(max = 64)
        public String username;

        @NotBlank
        @Size(max = 200)
        public String password;
    }

    public static class PasswordChange {
        @NotBlank
        @Size(max = 64)
        public String username;

        @NotBlank
        @Size(max = 200)
        public String currentPassword;

        @NotBlank
        @Size(min = 8, max = 200)
        public String newPassword;
    }

    public record TokenView(String accessToken, String tokenType, Instant expiresAt, String role) {}

    @EJB
    Accounts accounts;

    @Inject
    TokenIssuer issuer;

    @EJB
    ApiClients clients;

    @Context
    HttpServletRequest request;

    @POST
    @Path("token")
    @PermitAll
    @Operation(
            summary = "Exchange a username and password for a bearer token",
            description = "Public. Usernames are matched regardless of case. Answers 401 for an unknown user or a "
                    + "wrong password alike; 429 with Retry-After after repeated failures for the username or from "
                    + "the client address; 403 urn:proserv:problem:password-change-required when an administrator "
                    + "reset the password (change it with POST /api/auth/password first).")
    public TokenView token(@NotNull @Valid Credentials credentials) {
        var account = accounts.authenticate(credentials.username, credentials.password, request.getRemoteAddr());
        var token = issuer.issue(account);
        return new TokenView(
                token.token(), "Bearer", token.expiresAt(), account.role().name());
    }

    @POST
    @Path("token")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(
            summary = "OAuth 2.0 client credentials grant (RFC 6749 section 4.4) for API clients",
            description = "Public. Form `grant_type=client_credentials`, optional `scope` (space-separated, each held "
                    + "by the client; all of them by default); the client authenticates with HTTP Basic "
                    + "(client id and secret) or with the form's `client_id` and `client_secret`, not both. "
                    + "The answer is RFC 6749's: `access_token`, `token_type` Bearer, `expires_in`, `scope`. "
                    + "Errors defined by RFC 6749 section 5.2 are its JSON `{\"error\", \"error_description\"}`: "
                    + "400 invalid_request, unsupported_grant_type, invalid_scope; 401 invalid_client. Repeated "
                    + "failures are throttled like sign-ins (429 problem+json with Retry-After).")
    public Response clientCredentials(
            MultivaluedMap<String, String> form, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        ClientCredentialsGrant grant;
        try {
            grant = ClientCredentialsGrant.read(form, authorization);
        } catch (ClientCredentialsGrant.Refused refused) {
            return refused.status() == 401
                    ? OAuthAnswers.invalidClient(refused.getMessage())
                    : OAuthAnswers.error(refused.status(), refused.error(), refused.getMessage());
        }
        try {
            var client = clients.authenticate(grant.clientId(), grant.clientSecret(), request.getRemoteAddr());
            var granted = client.grant(grant.scope());
            var token = issuer.issue(client, granted);
            return OAuthAnswers.token(token, granted, issuer.clientLifetime());
        } catch (ProservException e) {
            if (e.category() == ProblemCategory.UNAUTHORIZED) {
                return OAuthAnswers.invalidClient(e.getMessage());
            }
            if (e.category() == ProblemCategory.VALIDATION
                    && !e.fieldErrors().isEmpty()
                    && "scope".equals(e.fieldErrors().get(0).field())) {
                return OAuthAnswers.error(
                        400, "invalid_scope", e.fieldErrors().get(0).reason());
            }
            throw e;
        }
    }

    @POST
    @Path("password")
    @PermitAll
    @Operation(
            summary = "Change one's own password, proving the current one",
            description = "Public: the current password is the credential, so an account whose password an "
                    + "administrator reset can choose its own before it gets a token. Throttled like signing in "
                    + "(401 for unknown user or wrong password alike, 429 with Retry-After). 204 when changed; "
                    + "tokens issued before stay valid until they expire.")
    @APIResponse(responseCode = "204", description = "Changed")
    public Response changePassword(@NotNull @Valid PasswordChange change) {
        accounts.changePassword(change.username, change.currentPassword, change.newPassword, request.getRemoteAddr());
        return Response.noContent().build();
    }
}
