package org.proserv.rest.installations;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.installations.featured.FeaturedStatus;
import org.proserv.installations.featured.FeaturedStores;
import org.proserv.kernel.paging.Page;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.installations.InstallationViews.FeaturedRequestView;
import org.proserv.rest.installations.InstallationViews.FeaturedStoreView;
import org.proserv.rest.security.Caller;

@Path("featured-stores")
@RequestScoped
@Tag(
        name = "Featured stores",
        description = "Customers' live stores asking to be listed; staff accept or decline, without guarantee")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FeaturedStoreResource {

    public static class NewRequest {
        @NotBlank
        @Size(max = 500)
        public String storeUrl;

        @Size(max = 2000)
        public String feedback;
    }

    public static class Decision {
        /** true to list the store, false to decline. */
        @NotNull
        public Boolean accept;

        @Size(max = 2000)
        public String note;
    }

    @EJB
    FeaturedStores stores;

    @Inject
    Caller caller;

    @GET
    @PermitAll
    @Operation(
            summary = "The featured stores",
            description = "Public. The accepted stores' addresses, most recently listed first. Paged: page from 0,"
                    + " size 1-100.")
    public Page<FeaturedStoreView> listed(@QueryParam("page") String page, @QueryParam("size") String size) {
        return stores.listed(Params.page(page, size)).map(FeaturedStoreView::of);
    }

    @POST
    @Path("requests")
    @RolesAllowed({Roles.CUSTOMER})
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Ask to have one's live store listed",
            description = "Role: customer. `storeUrl` an absolute http(s) address, `feedback` optional. A request"
                    + " guarantees no listing; 409 while the same store has a request waiting or accepted.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = FeaturedRequestView.class)))
    public Response submit(@NotNull @Valid NewRequest request) {
        var submitted =
                stores.submit(caller.actor(), request.storeUrl, InstallationOrderResource.trimmed(request.feedback));
        return Response.status(201).entity(FeaturedRequestView.of(submitted)).build();
    }

    @GET
    @Path("requests")
    @RolesAllowed({
        Roles.CUSTOMER,
        Roles.INSTALLATION_ENGINEER,
        Roles.UPGRADE_SPECIALIST,
        Roles.PROJECT_MANAGER,
        Roles.ADMIN
    })
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Featured-store requests, newest first",
            description = "Roles: a customer sees their own; installations staff and admin all, optionally of one"
                    + " `status` (SUBMITTED, ACCEPTED, DECLINED).")
    public Page<FeaturedRequestView> requests(
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        return stores.requests(
                        caller.actor(),
                        Params.optionalEnum("status", status, FeaturedStatus.class),
                        Params.page(page, size))
                .map(FeaturedRequestView::of);
    }

    @GET
    @Path("requests/{id}")
    @RolesAllowed({
        Roles.CUSTOMER,
        Roles.INSTALLATION_ENGINEER,
        Roles.UPGRADE_SPECIALIST,
        Roles.PROJECT_MANAGER,
        Roles.ADMIN
    })
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "One request", description = "Roles: its customer (404 for anyone else's), staff.")
    public FeaturedRequestView request(@PathParam("id") long id) {
        return FeaturedRequestView.of(stores.find(caller.actor(), id));
    }

    @POST
    @Path("requests/{id}/decision")
    @RolesAllowed({Roles.INSTALLATION_ENGINEER, Roles.UPGRADE_SPECIALIST, Roles.PROJECT_MANAGER, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Accept or decline a request, with a note",
            description = "Roles: installations staff, admin. Once: 409 for a request decided already. The customer"
                    + " is told; an accepted store is on the public list.")
    public FeaturedRequestView decide(@PathParam("id") long id, @NotNull @Valid Decision request) {
        return FeaturedRequestView.of(
                stores.decide(caller.actor(), id, request.accept, InstallationOrderResource.trimmed(request.note)));
    }
}
