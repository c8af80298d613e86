package org.proserv.rest.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.platform.accounts.Accounts;
import org.proserv.platform.tokens.TokenIssuer;

import java.time.Instant;

@Path("auth/token")
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

    public record TokenView(String accessToken, String tokenType, Instant expiresAt, String role) {
    }

    @EJB
    Accounts accounts;

    @Inject
    TokenIssuer issuer;

    @POST
    @PermitAll
    @Operation(summary = "Exchange a username and password for a bearer token",
            description = "Public. Answers 401 for an unknown user or a wrong password alike.")
    public TokenView token(@NotNull @Valid Credentials credentials) {
        var account = accounts.authenticate(credentials.username, credentials.password);
        var token = issuer.issue(account);
        return new TokenView(token.token(), "Bearer", token.expiresAt(), account.role().name());
    }
}
