package org.proserv.rest.installations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.installations.orders.InstallationOrders;
import org.proserv.installations.orders.OrderKind;
import org.proserv.installations.orders.OrderStatus;
import org.proserv.installations.orders.PaymentMethod;
import org.proserv.installations.orders.Software;
import org.proserv.kernel.paging.Page;
import org.proserv.rest.IdempotentRequests;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.installations.InstallationViews.ChangeView;
import org.proserv.rest.installations.InstallationViews.MessageView;
import org.proserv.rest.installations.InstallationViews.OrderView;
import org.proserv.rest.security.Caller;

@Path("installations")
@RequestScoped
@Tag(
        name = "Installation orders",
        description = "The installation service and third-party software installations: ordering, payment in points"
                + " or by invoice, the engineer, messages, the lifecycle")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InstallationOrderResource {

    static final String IDEMPOTENT = " Accepts an Idempotency-Key header: a retry with the same key and body returns "
            + "the first response without a second effect.";

    static final String STEP_CONFLICT = " 409 when the order's status does not allow the step, naming the status "
            + "(`currentStatus`) and the allowed next statuses (`allowed`).";

    public static class NewInstallation {
        /** Staff name the customer; a customer may leave it out (it is theirs). */
        @Positive
        public Long customerId;

        /** POINTS or INVOICE. */
        @NotBlank
        @Size(max = 10)
        public String payment;

        @Positive
        public Long ticketId;

        @Size(max = 2000)
        public String details;
    }

    public static class NewThirdParty {
        @Positive
        public Long customerId;

        @NotBlank
        @Size(max = 200)
        public String software;

        @NotBlank
        @Size(max = 60)
        public String version;

        @NotBlank
        @Size(max = 500)
        public String vendorUrl;

        @NotBlank
        @Size(max = 500)
        public String distribution;

        @Positive
        public Long ticketId;

        @Size(max = 2000)
        public String details;
    }

    public static class Assignment {
        @NotBlank
        @Size(max = 64)
        public String engineer;
    }

    public static class Pricing {
        @NotNull
        @Positive
        @Max(1_000_000)
        public Integer points;
    }

    public static class Scheduling {
        @NotNull
        public Instant scheduledFor;
    }

    public static class Note {
        @Size(max = 2000)
        public String note;
    }

    public static class Message {
        @NotBlank
        @Size(max = 5000)
        public String body;
    }

    @EJB
    InstallationOrders orders;

    @Inject
    Caller caller;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Path("orders")
    @RolesAllowed({Roles.CUSTOMER, Roles.INSTALLATION_ENGINEER, Roles.ADMIN})
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = "optional idempotency key")
    @Operation(
            summary = "Order the installation service",
            description = "Roles: customer (for themself), installation_engineer and admin (for a customer:"
                    + " `customerId` required). `payment` POINTS takes the configured points (150 by default) from"
                    + " the support ledger, oldest lot first: PAID at once, or AWAITING_TOP_UP when short, paid by"
                    + " the next top-up that covers it. INVOICE issues an invoice of the configured price (150.00 USD"
                    + " by default): the order is PAID when the invoice is paid. `ticketId` links one of the"
                    + " customer's tickets (400 otherwise)." + IDEMPOTENT)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrderView.class)))
    public Response order(@NotNull @Valid NewInstallation request) {
        var actor = caller.actor();
        var payment = Params.optionalEnum("payment", request.payment, PaymentMethod.class)
                .orElseThrow();
        return idempotent.run(
                actor,
                headers,
                uri,
                request,
                201,
                () -> OrderView.of(orders.placeInstallation(
                        actor, request.customerId, payment, request.ticketId, trimmed(request.details))));
    }

    @POST
    @Path("third-party")
    @RolesAllowed({Roles.CUSTOMER, Roles.INSTALLATION_ENGINEER, Roles.ADMIN})
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = "optional idempotency key")
    @Operation(
            summary = "Request a third-party software installation",
            description = "Roles: customer (for themself), installation_engineer and admin (for a customer). The"
                    + " order is titled \"Request for a 3-rd party software installation\", REQUESTED"
                    + " until staff price it in points. `vendorUrl` is an http(s) address; `distribution` where the"
                    + " package comes from." + IDEMPOTENT)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrderView.class)))
    public Response thirdParty(@NotNull @Valid NewThirdParty request) {
        var actor = caller.actor();
        var software = new Software(
                request.software.trim(), request.version.trim(), request.vendorUrl, request.distribution.trim());
        return idempotent.run(
                actor,
                headers,
                uri,
                request,
                201,
                () -> OrderView.of(orders.requestThirdParty(
                        actor, request.customerId, software, request.ticketId, trimmed(request.details))));
    }

    @GET
    @Path("orders")
    @RolesAllowed({
        Roles.CUSTOMER,
        Roles.INSTALLATION_ENGINEER,
        Roles.UPGRADE_SPECIALIST,
        Roles.PROJECT_MANAGER,
        Roles.ADMIN
    })
    @Operation(
            summary = "Orders, newest first",
            description = "Roles: a customer sees their own; installations staff and admin every order. Optionally"
                    + " of one `status` and `kind` (INSTALLATION, THIRD_PARTY). Paged: page from 0, size 1-100.")
    public Page<OrderView> list(
            @QueryParam("status") String status,
            @QueryParam("kind") String kind,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return orders.list(
                        caller.actor(),
                        Params.optionalEnum("status", status, OrderStatus.class),
                        Params.optionalEnum("kind", kind, OrderKind.class),
                        Params.page(page, size))
                .map(OrderView::of);
    }

    @GET
    @Path("orders/{id}")
    @RolesAllowed({
        Roles.CUSTOMER,
        Roles.INSTALLATION_ENGINEER,
        Roles.UPGRADE_SPECIALIST,
        Roles.PROJECT_MANAGER,
        Roles.ADMIN
    })
    @Operation(summary = "One order", description = "Roles: its customer (404 for anyone else's), staff.")
    public OrderView get(@PathParam("id") long id) {
        return OrderView.of(orders.find(caller.actor(), id));
    }

    @GET
    @Path("orders/{id}/history")
    @RolesAllowed({
        Roles.CUSTOMER,
        Roles.INSTALLATION_ENGINEER,
        Roles.UPGRADE_SPECIALIST,
        Roles.PROJECT_MANAGER,
        Roles.ADMIN
    })
    @Operation(summary = "Every change of the order, with who and when", description = "Roles: as reading the order.")
    public List<ChangeView> history(@PathParam("id") long id) {
        return orders.find(caller.actor(), id).history().stream()
                .map(ChangeView::of)
                .toList();
    }

    @GET
    @Path("orders/{id}/messages")
    @RolesAllowed({
        Roles.CUSTOMER,
        Roles.INSTALLATION_ENGINEER,
        Roles.UPGRADE_SPECIALIST,
        Roles.PROJECT_MANAGER,
        Roles.ADMIN
    })
    @Operation(summary = "The order's messages, in order", description = "Roles: as reading the order.")
    public List<MessageView> messages(@PathParam("id") long id) {
        return orders.messages(caller.actor(), id).stream().map(MessageView::of).toList();
    }

    @POST
    @Path("orders/{id}/messages")
    @RolesAllowed({
        Roles.CUSTOMER,
        Roles.INSTALLATION_ENGINEER,
        Roles.UPGRADE_SPECIALIST,
        Roles.PROJECT_MANAGER,
        Roles.ADMIN
    })
    @Operation(
            summary = "Write on the order",
            description = "Roles: its customer (the engineer is told), staff (the customer is told).")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MessageView.class)))
    public Response write(@PathParam("id") long id, @NotNull @Valid Message request) {
        return Response.status(201)
                .entity(MessageView.of(orders.write(caller.actor(), id, request.body.trim())))
                .build();
    }

    @POST
    @Path("orders/{id}/assignment")
    @RolesAllowed({Roles.INSTALLATION_ENGINEER, Roles.ADMIN})
    @Operation(
            summary = "Assign the order's installation engineer",
            description = "Roles: installation_engineer, admin. `engineer` names an installation_engineer (400"
                    + " otherwise); 409 once the order is done or cancelled.")
    public OrderView assign(@PathParam("id") long id, @NotNull @Valid Assignment request) {
        return OrderView.of(orders.assign(caller.actor(), id, request.engineer.trim()));
    }

    @POST
    @Path("orders/{id}/price")
    @RolesAllowed({Roles.INSTALLATION_ENGINEER, Roles.ADMIN})
    @Operation(
            summary = "Price a third-party installation in points",
            description = "Roles: installation_engineer, admin. At least the configured minimum (100 by default):"
                    + " below it 400 naming `points` and the `minimum`. The customer then accepts or declines."
                    + STEP_CONFLICT)
    public OrderView price(@PathParam("id") long id, @NotNull @Valid Pricing request) {
        return OrderView.of(orders.price(caller.actor(), id, request.points));
    }

    @POST
    @Path("orders/{id}/acceptance")
    @RolesAllowed({Roles.CUSTOMER})
    @Operation(
            summary = "Accept the price: the points are charged",
            description = "Role: the order's customer. The points are taken once from the ledger, oldest lot first"
                    + " (PAID), however many acceptances arrive at once; short of points the order waits for a"
                    + " top-up (AWAITING_TOP_UP), never below zero." + STEP_CONFLICT)
    public OrderView accept(@PathParam("id") long id) {
        return OrderView.of(orders.accept(caller.actor(), id));
    }

    @POST
    @Path("orders/{id}/decline")
    @RolesAllowed({Roles.CUSTOMER})
    @Operation(
            summary = "Decline the price: nothing is charged",
            description = "Role: the order's customer. Staff may price it again." + STEP_CONFLICT)
    public OrderView decline(@PathParam("id") long id, @Valid Note request) {
        return OrderView.of(orders.decline(caller.actor(), id, request == null ? null : trimmed(request.note)));
    }

    @POST
    @Path("orders/{id}/schedule")
    @RolesAllowed({Roles.INSTALLATION_ENGINEER, Roles.ADMIN})
    @Operation(
            summary = "Schedule a paid order (or move its date)",
            description = "Roles: installation_engineer, admin. `scheduledFor` not in the past." + STEP_CONFLICT)
    public OrderView schedule(@PathParam("id") long id, @NotNull @Valid Scheduling request) {
        return OrderView.of(orders.schedule(caller.actor(), id, Params.inRange("scheduledFor", request.scheduledFor)));
    }

    @POST
    @Path("orders/{id}/start")
    @RolesAllowed({Roles.INSTALLATION_ENGINEER, Roles.ADMIN})
    @Operation(
            summary = "Start the work on a scheduled order",
            description = "Roles: the order's engineer, admin. From now on it cannot be cancelled." + STEP_CONFLICT)
    public OrderView start(@PathParam("id") long id) {
        return OrderView.of(orders.start(caller.actor(), id));
    }

    @POST
    @Path("orders/{id}/completion")
    @RolesAllowed({Roles.INSTALLATION_ENGINEER, Roles.ADMIN})
    @Operation(summary = "The work is done", description = "Roles: the order's engineer, admin." + STEP_CONFLICT)
    public OrderView complete(@PathParam("id") long id, @Valid Note request) {
        return OrderView.of(orders.complete(caller.actor(), id, request == null ? null : trimmed(request.note)));
    }

    @POST
    @Path("orders/{id}/cancellation")
    @RolesAllowed({Roles.CUSTOMER, Roles.INSTALLATION_ENGINEER, Roles.ADMIN})
    @Operation(
            summary = "Cancel an order before its work starts",
            description = "Roles: its customer, installation_engineer, admin. Points paid come back to the lots they"
                    + " came from as ledger entries (`refundedPoints`); an unpaid invoice is voided; a paid one is"
                    + " recorded on the order as `refundOwed`, returned by the vendor." + STEP_CONFLICT)
    public OrderView cancel(@PathParam("id") long id, @Valid Note request) {
        return OrderView.of(orders.cancel(caller.actor(), id, request == null ? null : trimmed(request.note)));
    }

    static String trimmed(String text) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        return value.isEmpty() ? null : value;
    }
}
