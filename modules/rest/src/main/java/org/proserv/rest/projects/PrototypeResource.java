package org.proserv.rest.projects;

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
import org.proserv.kernel.paging.Page;
import org.proserv.projects.prototypes.IntegrationOrder;
import org.proserv.projects.prototypes.PrototypeDraft;
import org.proserv.projects.prototypes.Prototypes;
import org.proserv.projects.prototypes.PurchaseKind;
import org.proserv.rest.IdempotentRequests;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.json.MoneyInput;
import org.proserv.rest.projects.DesignViews.PrototypeView;
import org.proserv.rest.projects.DesignViews.PurchaseView;
import org.proserv.rest.projects.ProjectViews.RequestView;
import org.proserv.rest.security.Caller;

@Path("prototypes")
@RequestScoped
@Tag(
        name = "Graphic prototypes",
        description = "The public catalogue of ready designs, their purchases and buyouts, and ordering a bought"
                + " prototype's integration")
@Produces(MediaType.APPLICATION_JSON)
public class PrototypeResource {

    public static class NewPrototype {
        @NotBlank
        @Size(max = 200)
        public String name;

        @NotBlank
        @Size(max = 500)
        public String previewUrl;

        @NotNull
        @Valid
        public MoneyInput price;

        @NotNull
        @Valid
        public MoneyInput buyoutPrice;
    }

    public static class NewPurchase {
        @NotNull
        public PurchaseKind kind;
    }

    public static class NewIntegrationOrder {
        @Size(max = 500)
        public String storeUrl;

        @NotBlank
        @Size(max = 100)
        public String product;

        @NotBlank
        @Size(max = 40)
        public String productVersion;

        @Size(max = 10000)
        public String notes;
    }

    @EJB
    Prototypes prototypes;

    @Inject
    Caller caller;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @PermitAll
    @Operation(
            summary = "The prototype catalogue, oldest first",
            description = "Public. Only prototypes still listed: a bought-out one is gone for everyone. Paged: page"
                    + " from 0, size 1-100 (default 20).")
    public Page<PrototypeView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return prototypes.catalogue(Params.page(page, size)).map(PrototypeView::of);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "A listed prototype", description = "Public. A bought-out prototype answers 404.")
    public PrototypeView get(@PathParam("id") long id) {
        return PrototypeView.of(prototypes.listed(id));
    }

    @POST
    @RolesAllowed({Roles.DESIGNER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Add a prototype to the catalogue",
            description = "Roles: designer, admin. previewUrl an absolute http(s) address; the buyout price more"
                    + " than the price, in its currency (400 naming the field).")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PrototypeView.class)))
    public Response create(@NotNull @Valid NewPrototype body) {
        var prototype = prototypes.create(
                caller.actor(),
                new PrototypeDraft(
                        body.name,
                        body.previewUrl,
                        body.price.toMoney("price"),
                        body.buyoutPrice.toMoney("buyoutPrice")));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(prototype.id()))
                        .build())
                .entity(PrototypeView.of(prototype))
                .build();
    }

    @POST
    @Path("{id}/purchases")
    @RolesAllowed({Roles.CUSTOMER})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Parameter(
            name = IdempotentRequests.HEADER,
            in = ParameterIn.HEADER,
            description = "idempotency key: a retry with the same key and body replays the first answer")
    @Operation(
            summary = "Buy a prototype, or buy it out",
            description = "Roles: customer. kind PURCHASE pays the price and leaves the prototype listed; BUYOUT pays"
                    + " the buyout price, gives unlimited use and removes it from the catalogue at once. Of several"
                    + " buyouts at the same moment exactly one succeeds; a prototype that is gone is refused either"
                    + " way (409 rule prototype-bought-out). The purchase records what was paid. Accepts an"
                    + " Idempotency-Key header.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PurchaseView.class)))
    public Response purchase(@PathParam("id") long id, @NotNull @Valid NewPurchase body) {
        var actor = caller.actor();
        return idempotent.run(
                actor, headers, uri, body, 201, () -> PurchaseView.of(prototypes.purchase(actor, id, body.kind)));
    }

    @GET
    @Path("{id}/purchases")
    @RolesAllowed({Roles.CUSTOMER, Roles.DESIGNER, Roles.DIRECTOR, Roles.QUOTE_MANAGER, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "The purchases of a prototype, in order",
            description = "Roles: a customer sees their own; designer, director, quote_manager and admin all.")
    public List<PurchaseView> purchases(@PathParam("id") long id) {
        return prototypes.purchases(caller.actor(), id).stream()
                .map(PurchaseView::of)
                .toList();
    }

    @POST
    @Path("{id}/integration")
    @RolesAllowed({Roles.CUSTOMER})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Order a bought prototype's integration",
            description = "Roles: customer who bought the prototype, either way (409 rule prototype-not-purchased"
                    + " otherwise). Starts a DESIGN_INTEGRATION request for a quote that refers to the prototype;"
                    + " product and productVersion as the releases catalogue knows them.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RequestView.class)))
    public Response orderIntegration(@PathParam("id") long id, @NotNull @Valid NewIntegrationOrder body) {
        var request = prototypes.orderIntegration(
                caller.actor(), id, new IntegrationOrder(body.storeUrl, body.product, body.productVersion, body.notes));
        return Response.created(uri.getBaseUriBuilder()
                        .path("project-requests")
                        .path(String.valueOf(request.id()))
                        .build())
                .entity(RequestView.of(request))
                .build();
    }
}
