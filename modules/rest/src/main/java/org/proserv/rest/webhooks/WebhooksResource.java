package org.proserv.rest.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.paging.Page;
import org.proserv.platform.webhooks.DeliveryView;
import org.proserv.platform.webhooks.WebhookSecretShown;
import org.proserv.platform.webhooks.WebhookView;
import org.proserv.platform.webhooks.Webhooks;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.security.Caller;

@Path("webhooks")
@RequestScoped
@Tag(name = "Webhooks", description = "Endpoints that receive events, signed as the Standard Webhooks spec says")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {

    public static class Registration {
        @NotNull
        public String url;

        @NotNull
        public List<String> eventTypes;

        public String description;
    }

    public static class ReplaySince {
        @NotNull
        public String since;
    }

    /** How many failed deliveries a replay sent again. */
    public record Replayed(int deliveries) {}

    @EJB
    Webhooks webhooks;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register an endpoint",
            description = "Roles: admin. url: https (http too outside production); loopback and private addresses "
                    + "are refused unless proserv.webhooks.allow-private-addresses. eventTypes: the types wanted. "
                    + "The answer carries the signing secret (whsec_...), shown this once. The endpoint receives "
                    + "the events published from now on.")
    public Response register(@NotNull @Valid Registration body) {
        if (body.eventTypes.stream().anyMatch(type -> type == null)) {
            throw ProservException.invalid("eventTypes", "must not hold null");
        }
        WebhookSecretShown created =
                webhooks.register(caller.actor(), body.url, new LinkedHashSet<>(body.eventTypes), body.description);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The registered endpoints, paged", description = "Roles: admin. Never their secrets.")
    public Page<WebhookView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return webhooks.list(caller.actor(), Params.page(page, size));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "One endpoint", description = "Roles: admin. Whether it is enabled, and why not.")
    public WebhookView read(@PathParam("id") long id) {
        return webhooks.read(caller.actor(), id);
    }

    @POST
    @Path("{id}/secret-rotation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Rotate the endpoint's signing secret",
            description = "Roles: admin. The new secret is shown this once; until previousSecretValidUntil "
                    + "(proserv.webhooks.rotation-overlap after now) deliveries carry two signatures, the new "
                    + "secret's and the old one's, space-separated.")
    public WebhookSecretShown rotate(@PathParam("id") long id) {
        return webhooks.rotateSecret(caller.actor(), id);
    }

    @POST
    @Path("{id}/enablement")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Enable a disabled endpoint again",
            description = "Roles: admin. New events reach it; deliveries that failed meanwhile wait for a replay.")
    public WebhookView enable(@PathParam("id") long id) {
        return webhooks.enable(caller.actor(), id);
    }

    @GET
    @Path("{id}/deliveries")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "The endpoint's delivery log, newest first, paged",
            description = "Roles: admin. Each delivery with its message id (webhook-id), status and every attempt: "
                    + "time, HTTP status, duration, error and the start of the receiver's answer.")
    public Page<DeliveryView> deliveries(
            @PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return webhooks.deliveries(caller.actor(), id, Params.page(page, size));
    }

    @POST
    @Path("{id}/deliveries/{delivery}/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Send one delivery again",
            description = "Roles: admin. At once, re-signed with the current secret, with the same webhook-id; "
                    + "409 when the endpoint is disabled.")
    public DeliveryView replay(@PathParam("id") long id, @PathParam("delivery") long delivery) {
        return webhooks.replay(caller.actor(), id, delivery);
    }

    @POST
    @Path("{id}/replay")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Send again every delivery that failed for good since a time",
            description = "Roles: admin. since: an instant (ISO-8601, UTC). Re-signed, same webhook-ids; "
                    + "409 when the endpoint is disabled.")
    public Replayed replayFailed(@PathParam("id") long id, @NotNull @Valid ReplaySince body) {
        return new Replayed(webhooks.replayFailedSince(caller.actor(), id, Params.instant("since", body.since)));
    }
}
