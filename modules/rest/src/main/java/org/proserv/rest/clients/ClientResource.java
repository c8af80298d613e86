package org.proserv.rest.clients;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.platform.clients.ApiClient;
import org.proserv.platform.clients.ApiClients;
import org.proserv.platform.clients.Scopes;
import org.proserv.rest.Roles;
import org.proserv.rest.security.Caller;

@Path("clients")
@RequestScoped
@Tag(name = "API clients", description = "Integrators' systems signing in with client credentials")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ClientResource {

    public static class NewClient {
        @NotBlank
        @Size(max = 200)
        public String name;

        @NotNull
        @Size(min = 1, max = 20)
        public List<@NotNull String> scopes;
    }

    public record ClientView(
            long id,
            String clientId,
            String name,
            List<String> scopes,
            String createdBy,
            Instant createdAt,
            Instant secretRotatedAt,
            Instant revokedAt,
            boolean active) {
        static ClientView of(ApiClient c) {
            return new ClientView(
                    c.id(),
                    c.clientId(),
                    c.name(),
                    c.scopes().names(),
                    c.createdBy(),
                    c.createdAt(),
                    c.secretRotatedAt().orElse(null),
                    c.revokedAt().orElse(null),
                    c.isActive());
        }
    }

    /** The client and its secret, in the one answer that ever shows the secret. */
    public record ClientWithSecret(ClientView client, String clientSecret) {
        static ClientWithSecret of(ApiClient.Registered registered) {
            return new ClientWithSecret(ClientView.of(registered.client()), registered.secret());
        }
    }

    @EJB
    ApiClients clients;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register an API client",
            description = "Roles: admin. Scopes from the fixed list: tickets:read, points:read, reports:read, "
                    + "events:read, webhooks:manage, payments:write. The answer is the only one that shows "
                    + "`clientSecret`: it is stored hashed and cannot be read back (rotate it if lost).")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ClientWithSecret.class)))
    public Response register(@NotNull @Valid NewClient request) {
        var scopes = Scopes.parse(request.scopes, "scopes");
        var registered =
                clients.register(request.name.trim(), scopes, caller.actor().username());
        return Response.created(URI.create("clients/" + registered.client().id()))
                .entity(ClientWithSecret.of(registered))
                .build();
    }

    @GET
    @Operation(summary = "Every API client, revoked ones included", description = "Roles: admin. No secrets.")
    public List<ClientView> list() {
        return clients.list().stream().map(ClientView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One API client", description = "Roles: admin. No secret.")
    public ClientView get(@PathParam("id") long id) {
        return ClientView.of(clients.get(id));
    }

    @POST
    @Path("{id}/secret-rotation")
    @Operation(
            summary = "Replace the client's secret",
            description = "Roles: admin. The new secret is shown in this answer only; the previous one signs in "
                    + "no more at once. Tokens already issued run out as they were (their lifetime is "
                    + "proserv.jwt.client-lifetime). 409 for a revoked client.")
    public ClientWithSecret rotate(@PathParam("id") long id) {
        return ClientWithSecret.of(clients.rotateSecret(id));
    }

    @POST
    @Path("{id}/revocation")
    @Operation(
            summary = "Revoke the client",
            description = "Roles: admin. It signs in no more, and every token it holds is refused from the next "
                    + "request on. For good: register a new client to resume. Revoking again changes nothing.")
    public ClientView revoke(@PathParam("id") long id) {
        return ClientView.of(clients.revoke(id));
    }
}
