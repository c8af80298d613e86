package org.proserv.rest.projects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.kernel.paging.Page;
import org.proserv.projects.billing.BillingTerms;
import org.proserv.projects.quotes.Quotes;
import org.proserv.projects.requests.RequestDraft;
import org.proserv.projects.requests.RequestKind;
import org.proserv.projects.requests.Requests;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.projects.ProjectViews.MessageView;
import org.proserv.rest.projects.ProjectViews.QuoteView;
import org.proserv.rest.projects.ProjectViews.RequestSummary;
import org.proserv.rest.projects.ProjectViews.RequestView;
import org.proserv.rest.security.Caller;

@Path("project-requests")
@RequestScoped
@Tag(
        name = "Project requests",
        description = "Requests for a quote (development, design creation, design integration) and their free "
                + "preliminary discussion")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    public static class Customization {
        @NotBlank
        @Size(max = 200)
        public String by;

        @NotBlank
        @Size(max = 2000)
        public String what;
    }

    public static class NewRequest {
        /** Staff only: the customer the request is for. */
        @Positive
        public Long customerId;

        @NotNull
        public RequestKind kind;

        @NotBlank
        @Size(max = 200)
        public String title;

        @NotBlank
        @Size(max = 20000)
        public String desiredFeatures;

        @Size(max = 20000)
        public String workflows;

        @Size(max = 50)
        public List<@NotBlank @Size(max = 500) String> integrationManuals;

        @Size(max = 500)
        public String storeUrl;

        @NotBlank
        @Size(max = 100)
        public String product;

        @NotBlank
        @Size(max = 40)
        public String productVersion;

        @Size(max = 50)
        public List<@NotBlank @Size(max = 500) String> similarSites;

        @Size(max = 50)
        public List<@NotBlank @Size(max = 200) String> otherPrograms;

        @Size(max = 50)
        public List<@NotNull @Valid Customization> earlierCustomizations;
    }

    public static class NewMessage {
        @NotBlank
        @Size(max = 20000)
        public String body;
    }

    @EJB
    Requests requests;

    @EJB
    Quotes quotes;

    @Inject
    BillingTerms billing;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({Roles.CUSTOMER, Roles.QUOTE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "Ask for a quote",
            description = "Roles: customer (for themself), quote_manager and admin (for the customer they name in "
                    + "customerId, which must exist). product and productVersion name the store's software as the "
                    + "releases catalogue knows it: 400 naming the field otherwise, with the versions there are. "
                    + "earlierCustomizations say by whom and what was changed in the store before.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RequestView.class)))
    public Response submit(@NotNull @Valid NewRequest body) {
        var draft = new RequestDraft(
                body.kind,
                body.title,
                body.desiredFeatures,
                body.workflows,
                body.integrationManuals,
                body.storeUrl,
                body.product,
                body.productVersion,
                body.similarSites,
                body.otherPrograms,
                body.earlierCustomizations == null
                        ? List.of()
                        : body.earlierCustomizations.stream()
                                .map(c -> new RequestDraft.Customization(c.by, c.what))
                                .toList());
        var request = requests.submit(caller.actor(), body.customerId, draft);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(request.id()))
                        .build())
                .entity(RequestView.of(request))
                .build();
    }

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.QUOTE_MANAGER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(
            summary = "Requests for a quote, newest first",
            description = "Roles: a customer sees their own; quote_manager, director and admin every request (or "
                    + "one customer's, customerId). Paged: page from 0, size 1-100 (default 20).")
    public Page<RequestSummary> list(
            @QueryParam("customerId") String customerId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return requests.list(
                        caller.actor(),
                        Params.optionalId("customerId", customerId).orElse(null),
                        Params.page(page, size))
                .map(RequestSummary::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.QUOTE_MANAGER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(
            summary = "A request with its discussion in order",
            description = "Roles: the customer (another customer's request answers 404), quote_manager, director, "
                    + "admin.")
    public RequestView get(@PathParam("id") long id) {
        return RequestView.of(requests.find(caller.actor(), id));
    }

    @POST
    @Path("{id}/messages")
    @RolesAllowed({Roles.CUSTOMER, Roles.QUOTE_MANAGER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(
            summary = "Post a message in the preliminary discussion (free of charge)",
            description = "Roles: the request's customer, quote_manager, director, admin. Messages are numbered in "
                    + "the order they arrive (seq 1, 2...), whichever side writes them.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MessageView.class)))
    public Response post(@PathParam("id") long id, @NotNull @Valid NewMessage body) {
        var message = requests.post(caller.actor(), id, body.body);
        return Response.status(Response.Status.CREATED)
                .entity(MessageView.of(message))
                .build();
    }

    @GET
    @Path("{id}/messages")
    @RolesAllowed({Roles.CUSTOMER, Roles.QUOTE_MANAGER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(summary = "The discussion, in order", description = "Roles: as for reading the request.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = MessageView.class)))
    public List<MessageView> messages(@PathParam("id") long id) {
        return requests.find(caller.actor(), id).messages().stream()
                .map(MessageView::of)
                .toList();
    }

    @POST
    @Path("{id}/quotes")
    @RolesAllowed({Roles.QUOTE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "Write and send a quote for the request: version 1",
            description = "Roles: quote_manager, admin. Items with description, hours and price (exact; the total "
                    + "is their sum), the timeframe in days, and the base it is built for (software version the "
                    + "releases catalogue knows, add-on modules, skin): the quote states that nothing beyond it is "
                    + "guaranteed. Above the single-payment limit (500.00 USD) it may define payment parts, whose "
                    + "amounts sum exactly to the total; design creation is always paid 40% then 60%. Valid 2 "
                    + "months from now (validUntil). The customer is told.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = QuoteView.class)))
    public Response quote(@PathParam("id") long id, @NotNull @Valid QuoteInput body) {
        var quote = quotes.send(caller.actor(), id, body.draft());
        return Response.created(uri.getBaseUriBuilder()
                        .path("quotes")
                        .path(String.valueOf(quote.id()))
                        .build())
                .entity(QuoteView.of(quote, billing, clock.instant()))
                .build();
    }
}
