package org.proserv.rest.points;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.rest.IdempotentRequests;
import org.proserv.rest.Roles;
import org.proserv.rest.points.PointsViews.PackageView;
import org.proserv.rest.security.Caller;
import org.proserv.support.charging.Entitlement;

@Path("customers/{customerId}/incident-packages")
@RequestScoped
@Tag(name = "Support points")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IncidentPackageResource {

    public static class PackageOrder {
        @NotNull
        public Boolean urgent;
    }

    @EJB
    Entitlement entitlement;

    @Inject
    Caller caller;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN})
    @Operation(
            summary = "The customer's one-incident packages",
            description = "Roles: staff; a customer only their own.")
    public List<PackageView> packages(@PathParam("customerId") long customerId) {
        return entitlement.packages(caller.actor(), customerId).stream()
                .map(PackageView::of)
                .toList();
    }

    @POST
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = "optional idempotency key")
    @Operation(
            summary = "Buy a one-incident support package, standard or urgent (HotRush)",
            description = "Roles: the customer themself, admin." + PointsResource.IDEMPOTENT)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PackageView.class)))
    public Response buy(@PathParam("customerId") long customerId, @NotNull @Valid PackageOrder request) {
        var actor = caller.actor();
        return idempotent.run(
                actor,
                headers,
                uri,
                request,
                201,
                () -> PackageView.of(entitlement.buyPackage(actor, customerId, request.urgent)));
    }
}
