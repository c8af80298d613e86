package org.proserv.rest.tickets;

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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.kernel.paging.Page;
import org.proserv.platform.clients.Scope;
import org.proserv.releases.catalog.Catalog;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.security.Caller;
import org.proserv.rest.security.RequiresScope;
import org.proserv.rest.tickets.TicketViews.HistoryView;
import org.proserv.rest.tickets.TicketViews.TicketDetail;
import org.proserv.rest.tickets.TicketViews.TicketSummary;
import org.proserv.support.charging.HotRushRemoval;
import org.proserv.support.customers.Customers;
import org.proserv.support.tickets.TicketRead;
import org.proserv.support.tickets.TicketStatus;
import org.proserv.support.tickets.Tickets;

@Path("tickets")
@RequestScoped
@Tag(name = "Tickets", description = "The communication center: tickets, messages, lifecycle and SLA")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {

    public static class NewTicket {
        @NotNull
        @Positive
        public Long licenceId;

        @Size(min = 1, max = 40)
        public String productVersion;

        @NotBlank
        @Size(max = 200)
        public String subject;

        @NotBlank
        @Size(max = 20000)
        public String message;
        /** Urgent: processed out of turn, answered within 2 business hours, price doubled. */
        public boolean hotRush;
    }

    public static class Classification {
        @NotBlank
        @Size(max = 40)
        public String category;
        /** The price in points, where the category asks staff for one. */
        @Min(0)
        @Max(1_000_000)
        public Integer points;
    }

    public static class HotRushRemovalRequest {
        @NotNull
        public HotRushRemoval reason;

        @Size(max = 300)
        public String note;
    }

    public static class LiveChatRequest {
        @NotBlank
        @Size(max = 40)
        public String tool;

        @NotBlank
        @Size(max = 200)
        public String contactId;

        @NotNull
        public Instant preferredAt;
    }

    public static class NewMessage {
        @NotBlank
        @Size(max = 20000)
        public String body;
    }

    public static class Assignment {
        @NotBlank
        @Size(max = 64)
        public String engineer;
    }

    public static class Reopening {
        @Size(min = 1, max = 20000)
        public String message;
    }

    @EJB
    Tickets tickets;

    /** The releases context knows the versions and labels the ticket's (latest, obsolete, out of guarantee). */
    @EJB
    Catalog catalog;

    @EJB
    Customers customers;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(
            summary = "Open a ticket on one of your licences",
            description = "Roles: customer. 403 problem when the customer has no support entitlement (licence with "
                    + "support, subscription, points or a package). The first staff answer is due one business day "
                    + "later (sla.firstResponseDueAt), two business hours for HotRush; HotRush needs a subscription, "
                    + "120 points or an urgent package, else 402. productVersion defaults to the licence's version; "
                    + "when given it must be a version the releases catalogue knows for the licence's product: 400 "
                    + "naming productVersion, with the versions there are (versions, newest first, at most 20).")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TicketDetail.class)))
    public Response open(@NotNull @Valid NewTicket request) {
        String version = trimmed(request.productVersion);
        if (version != null) {
            var licence = customers.licenceOf(caller.actor(), request.licenceId);
            version = catalog.requireKnownVersion("licenceId", licence.product(), "productVersion", version)
                    .name();
        }
        var ticket = tickets.open(
                caller.actor(), request.licenceId, version, request.subject.trim(), request.message, request.hotRush);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(ticket.ticket().id()))
                        .build())
                .entity(detail(ticket))
                .build();
    }

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN, Roles.API_CLIENT})
    @RequiresScope(Scope.TICKETS_READ_NAME)
    @Operation(
            summary = "Your tickets (customer) or the staff queue",
            description = "Roles: any; API clients with tickets:read. A customer sees their own tickets, newest "
                    + "first. Staff and API clients see the queue: "
                    + "open tickets (or those of the given status) ordered by the due time of the awaited answer. "
                    + "Paged: page from 0, size 1-100 (default 20).")
    public Page<TicketSummary> list(
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        var now = clock.instant();
        return tickets.list(
                        caller.actor(),
                        Params.optionalEnum("status", status, TicketStatus.class),
                        Params.page(page, size))
                .map(t -> TicketSummary.of(t, now));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN, Roles.API_CLIENT})
    @RequiresScope(Scope.TICKETS_READ_NAME)
    @Operation(
            summary = "A ticket with its SLA, breaches and messages in order",
            description = "Roles: any; API clients with tickets:read. A customer only their own (another's "
                    + "answers 404).")
    public TicketDetail get(@PathParam("id") long id) {
        return detail(tickets.read(caller.actor(), id));
    }

    @POST
    @Path("{id}/messages")
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN})
    @Operation(
            summary = "Post a message",
            description = "Roles: the ticket's customer, or staff. A staff message on an assigned ticket is the "
                    + "first answer (status IN_PROGRESS, SLA met or breached); a customer message revives a "
                    + "pre-closed ticket. 409 on a closed ticket.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TicketDetail.class)))
    public Response post(@PathParam("id") long id, @NotNull @Valid NewMessage request) {
        var ticket = tickets.postMessage(caller.actor(), id, request.body);
        return Response.status(Response.Status.CREATED).entity(detail(ticket)).build();
    }

    @POST
    @Path("{id}/assignment")
    @RolesAllowed({Roles.DISPATCHER, Roles.ADMIN})
    @Operation(summary = "Assign the ticket to an engineer", description = "Roles: dispatcher, admin.")
    public TicketDetail assign(@PathParam("id") long id, @NotNull @Valid Assignment request) {
        return detail(tickets.assign(caller.actor(), id, request.engineer.trim()));
    }

    @POST
    @Path("{id}/confirmation")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Confirm that the solution works", description = "Roles: the ticket's customer.")
    public TicketDetail confirm(@PathParam("id") long id) {
        return detail(tickets.confirmSolution(caller.actor(), id));
    }

    @POST
    @Path("{id}/closure")
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN})
    @Operation(
            summary = "Close the ticket",
            description = "Roles: the ticket's customer at any time; staff once the customer confirmed the solution.")
    public TicketDetail close(@PathParam("id") long id) {
        return detail(tickets.close(caller.actor(), id));
    }

    @POST
    @Path("{id}/reopening")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(
            summary = "Reopen a closed ticket",
            description = "Roles: the ticket's customer, within the reopening window (14 days by default).")
    public TicketDetail reopen(@PathParam("id") long id, @Valid Reopening request) {
        Optional<String> message = Optional.ofNullable(request).map(r -> r.message);
        return detail(tickets.reopen(caller.actor(), id, message));
    }

    @POST
    @Path("{id}/classification")
    @RolesAllowed({Roles.DISPATCHER, Roles.ADMIN})
    @Operation(
            summary = "Classify the ticket into an issue category; the incident is charged then",
            description =
                    "Roles: dispatcher, admin. Until the first staff answer; reclassifying charges or returns the "
                            + "difference. Without subscription or package, points are spent (HotRush doubled); when "
                            + "they fall "
                            + "short the ticket waits in AWAITING_TOP_UP until the customer buys points, a package "
                            + "that "
                            + "fits it or gets a subscription (a package or subscription then pays instead of points).")
    public TicketDetail classify(@PathParam("id") long id, @NotNull @Valid Classification request) {
        return detail(tickets.classify(caller.actor(), id, request.category.trim(), request.points));
    }

    @DELETE
    @Path("{id}/hotrush")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(
            summary = "Turn HotRush off",
            description = "Roles: the ticket's customer. While SUBMITTED it is unchecked, free and not counted. Once "
                    + "assigned and before closing it is a withdrawal: at most 3 per customer account, ever (the 4th "
                    + "is 409 with the count); the HotRush surcharge is returned and the standard SLA applies.")
    public TicketDetail turnOffHotRush(@PathParam("id") long id) {
        return detail(tickets.turnOffHotRush(caller.actor(), id));
    }

    @POST
    @Path("{id}/hotrush-removal")
    @RolesAllowed({Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN})
    @Operation(
            summary = "Staff remove HotRush priority, with a reason the customer sees",
            description = "Roles: dispatcher, engineer, admin. Reasons: CUSTOMIZATION_PROJECT, DEFAULT_SOFTWARE_BUG, "
                    + "GENERAL_QUESTION. The surcharge is returned; it does not count as a customer withdrawal.")
    public TicketDetail removeHotRush(@PathParam("id") long id, @NotNull @Valid HotRushRemovalRequest request) {
        return detail(tickets.removeHotRush(caller.actor(), id, request.reason, trimmed(request.note)));
    }

    @POST
    @Path("{id}/live-chat")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(
            summary = "Ask for a live-chat session on a HotRush ticket",
            description = "Roles: the ticket's customer. The preferred time must fall within open hours (else 400).")
    public TicketDetail liveChat(@PathParam("id") long id, @NotNull @Valid LiveChatRequest request) {
        return detail(tickets.requestLiveChat(
                caller.actor(),
                id,
                request.tool.trim(),
                request.contactId.trim(),
                Params.inRange("preferredAt", request.preferredAt)));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN, Roles.API_CLIENT})
    @RequiresScope(Scope.TICKETS_READ_NAME)
    @Operation(
            summary = "Every status change of the ticket, with who and when",
            description = "Roles: any; API clients with tickets:read. Own tickets only for customers.")
    public List<HistoryView> history(@PathParam("id") long id) {
        return TicketViews.history(tickets.read(caller.actor(), id));
    }

    private TicketDetail detail(TicketRead read) {
        var ticket = read.ticket();
        var label = catalog.statusOf(ticket.product(), ticket.productVersion())
                .map(state -> new TicketViews.VersionLabel(
                        state.status().name(),
                        state.upgrade().map(v -> v.name()).orElse(null)))
                .orElse(null);
        return TicketDetail.of(read, label, clock.instant());
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
