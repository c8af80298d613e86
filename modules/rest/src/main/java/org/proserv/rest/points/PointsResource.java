package org.proserv.rest.points;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.kernel.paging.Page;
import org.proserv.platform.clients.Scope;
import org.proserv.rest.IdempotentRequests;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.points.PointsViews.BalanceView;
import org.proserv.rest.points.PointsViews.EntryView;
import org.proserv.rest.points.PointsViews.LotView;
import org.proserv.rest.security.Caller;
import org.proserv.rest.security.RequiresScope;
import org.proserv.support.points.PointsLedger;
import org.proserv.support.tickets.Tickets;

@Path("customers/{customerId}/points")
@RequestScoped
@Tag(
        name = "Support points",
        description = "A customer's points: lots, the ledger, purchases, spends, refunds, adjustments")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PointsResource {

    static final String IDEMPOTENT = " Accepts an Idempotency-Key header: a retry with the same key and body returns "
            + "the first response without a second effect; the same key with another body is 422; while the first "
            + "is still running, 409.";

    public static class Purchase {
        @NotNull
        @Positive
        public Long packId;
    }

    public static class Spend {
        @NotNull
        @Positive
        @Max(1_000_000)
        public Integer points;

        @NotNull
        @Positive
        public Long ticketId;

        @NotBlank
        @Size(max = 500)
        public String reason;
    }

    public static class Refund {
        @NotNull
        @Positive
        public Long lotId;
    }

    public static class Adjustment {
        @NotNull
        @Min(-1_000_000)
        @Max(1_000_000)
        public Integer points;

        @NotBlank
        @Size(max = 500)
        public String note;
    }

    @EJB
    PointsLedger ledger;

    @EJB
    Tickets tickets;

    @Inject
    Caller caller;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN, Roles.API_CLIENT})
    @RequiresScope(Scope.POINTS_READ_NAME)
    @Operation(
            summary = "Balance and lots",
            description = "Roles: staff, API clients with points:read; a customer only their own. `balance` is "
                    + "the sum of the ledger; `available` what can be spent now (unexpired lots); each lot with what "
                    + "is left of it and its expiry.")
    public BalanceView balance(@PathParam("customerId") long customerId) {
        var wallet = ledger.wallet(caller.actor(), customerId);
        var now = clock.instant();
        return new BalanceView(
                customerId,
                wallet.balance(),
                wallet.available(),
                wallet.lots().stream().map(b -> LotView.of(b, now)).toList());
    }

    @GET
    @Path("ledger")
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN, Roles.API_CLIENT})
    @RequiresScope(Scope.POINTS_READ_NAME)
    @Operation(
            summary = "The ledger, newest first, paged",
            description = "Roles: staff, API clients with points:read; a customer only their own.")
    public Page<EntryView> ledger(
            @PathParam("customerId") long customerId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return ledger.ledger(caller.actor(), customerId, Params.page(page, size))
                .map(EntryView::of);
    }

    @GET
    @Path("expiring")
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN, Roles.API_CLIENT})
    @RequiresScope(Scope.POINTS_READ_NAME)
    @Operation(
            summary = "Lots with points left that expire within the warning window (30 days by default)",
            description = "Roles: staff, API clients with points:read; a customer only their own.")
    public List<LotView> expiring(@PathParam("customerId") long customerId) {
        var now = clock.instant();
        return ledger.expiringSoon(caller.actor(), customerId).stream()
                .map(b -> LotView.of(b, now))
                .toList();
    }

    @POST
    @Path("purchases")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = "optional idempotency key")
    @Operation(
            summary = "Buy a pack of points: a new lot",
            description = "Roles: the customer themself, admin. Tickets waiting for a top-up are charged right away."
                    + IDEMPOTENT)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LotView.class)))
    public Response purchase(@PathParam("customerId") long customerId, @NotNull @Valid Purchase request) {
        var actor = caller.actor();
        return idempotent.run(actor, headers, uri, request, 201, () -> {
            var lot = ledger.purchase(actor, customerId, request.packId);
            return LotView.of(lot, lot.points(), clock.instant());
        });
    }

    @POST
    @Path("spends")
    @RolesAllowed({Roles.DISPATCHER, Roles.ADMIN})
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = "optional idempotency key")
    @Operation(
            summary = "Charge points by hand on one of the customer's tickets, oldest unexpired lot first",
            description = "Roles: dispatcher, admin (who set what customers pay; engineers do the work). A ticket's "
                    + "incident is charged by its classification; this is for what comes on top of it. `ticketId` "
                    + "must name a ticket of this customer and `reason` (up to 500 characters) is kept on the "
                    + "ledger entries as their note; 400 naming the field otherwise. 402 problem when the balance "
                    + "is short; never below zero." + IDEMPOTENT)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = EntryView.class)))
    public Response spend(@PathParam("customerId") long customerId, @NotNull @Valid Spend request) {
        var actor = caller.actor();
        return idempotent.run(
                actor,
                headers,
                uri,
                request,
                201,
                () ->
                        tickets
                                .spendOnTicket(
                                        actor, customerId, request.ticketId, request.points, request.reason.trim())
                                .stream()
                                .map(EntryView::of)
                                .toList());
    }

    @POST
    @Path("refunds")
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ADMIN})
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = "optional idempotency key")
    @Operation(
            summary = "Money back for an untouched lot",
            description =
                    "Roles: the customer themself, dispatcher, admin. Granted at once when the lot is untouched and "
                            + "bought within 30 days (default); otherwise 409 saying why." + IDEMPOTENT)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EntryView.class)))
    public Response refund(@PathParam("customerId") long customerId, @NotNull @Valid Refund request) {
        var actor = caller.actor();
        return idempotent.run(
                actor, headers, uri, request, 201, () -> EntryView.of(ledger.refund(actor, customerId, request.lotId)));
    }

    @POST
    @Path("adjustments")
    @RolesAllowed({Roles.DISPATCHER, Roles.ADMIN})
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = "optional idempotency key")
    @Operation(
            summary = "Staff correction: positive grants a lot, negative takes points oldest first",
            description = "Roles: dispatcher, admin." + IDEMPOTENT)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = EntryView.class)))
    public Response adjust(@PathParam("customerId") long customerId, @NotNull @Valid Adjustment request) {
        var actor = caller.actor();
        return idempotent.run(
                actor,
                headers,
                uri,
                request,
                201,
                () -> ledger.adjust(actor, customerId, request.points, request.note.trim()).stream()
                        .map(EntryView::of)
                        .toList());
    }
}
