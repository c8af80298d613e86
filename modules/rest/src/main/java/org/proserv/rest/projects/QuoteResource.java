package org.proserv.rest.projects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.kernel.paging.Page;
import org.proserv.projects.billing.BillingTerms;
import org.proserv.projects.quotes.Quotes;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.projects.ProjectViews.AcceptanceView;
import org.proserv.rest.projects.ProjectViews.QuoteSummary;
import org.proserv.rest.projects.ProjectViews.QuoteView;
import org.proserv.rest.projects.ProjectViews.VersionView;
import org.proserv.rest.security.Caller;

@Path("quotes")
@RequestScoped
@Tag(
        name = "Quotes",
        description = "Itemized quotes, their versions (a revision supersedes the one before, which stays readable), "
                + "validity and acceptance")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {

    public static class AcceptanceRequest {
        /** The version accepted: it must be the newest, so a customer never accepts one they have not seen. */
        @NotNull
        @Min(1)
        @Max(10_000)
        public Integer version;
    }

    @EJB
    Quotes quotes;

    @Inject
    BillingTerms billing;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.QUOTE_MANAGER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(
            summary = "Quotes, newest first, each with its newest version's status and total",
            description = "Roles: a customer sees their own; quote_manager, director and admin all. Filters: "
                    + "requestId, projectId (a project's additional quotes). Paged: page from 0, size 1-100.")
    public Page<QuoteSummary> list(
            @QueryParam("requestId") String requestId,
            @QueryParam("projectId") String projectId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        var now = clock.instant();
        return quotes.list(
                        caller.actor(),
                        Params.optionalId("requestId", requestId).orElse(null),
                        Params.optionalId("projectId", projectId).orElse(null),
                        Params.page(page, size))
                .map(q -> QuoteSummary.of(q, now));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.QUOTE_MANAGER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(
            summary = "A quote: its newest version in full, every version in brief, the history of their statuses",
            description = "Roles: the customer (another customer's quote answers 404), quote_manager, director, "
                    + "admin. A version at or past its validUntil reads EXPIRED even before the expiry sweep marks "
                    + "it.")
    public QuoteView get(@PathParam("id") long id) {
        return QuoteView.of(quotes.find(caller.actor(), id), billing, clock.instant());
    }

    @GET
    @Path("{id}/versions/{version}")
    @RolesAllowed({Roles.CUSTOMER, Roles.QUOTE_MANAGER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(
            summary = "One version of a quote in full, superseded ones too",
            description = "Roles: as for reading the quote. 404 for a version the quote does not have.")
    public VersionView version(@PathParam("id") long id, @PathParam("version") int version) {
        return VersionView.of(quotes.find(caller.actor(), id).version(version), billing, clock.instant());
    }

    @POST
    @Path("{id}/revisions")
    @RolesAllowed({Roles.QUOTE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "Revise a quote with new details: the next version, sent now",
            description = "Roles: quote_manager, admin. The same content as a new quote, plus an optional note kept "
                    + "in the history. The version before is superseded and stays readable; the new one is valid 2 "
                    + "months from now and its price may be higher. 409 (rule quote-accepted) once a version is "
                    + "accepted: details outside it are an additional quote of the project.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = QuoteView.class)))
    public Response revise(@PathParam("id") long id, @NotNull @Valid QuoteInput body) {
        var quote = quotes.revise(caller.actor(), id, body.draft(), body.note);
        return Response.status(Response.Status.CREATED)
                .entity(QuoteView.of(quote, billing, clock.instant()))
                .build();
    }

    @POST
    @Path("{id}/acceptance")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(
            summary = "Accept the quote's newest version: the project starts and its invoices are issued",
            description = "Roles: the quote's customer only (staff 403). Only the newest version (409 rule "
                    + "quote-superseded, with newestVersion), strictly before its validUntil (409 rule quote-expired, "
                    + "with validUntil, whether or not the expiry sweep has run), once (409 rule "
                    + "quote-already-accepted). The payment plan is fixed now: one invoice per part, each paid "
                    + "upfront. Accepting an additional quote adds its invoices to its project.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AcceptanceView.class)))
    public Response accept(@PathParam("id") long id, @NotNull @Valid AcceptanceRequest body) {
        var acceptance = quotes.accept(caller.actor(), id, body.version);
        return Response.status(Response.Status.CREATED)
                .entity(AcceptanceView.of(acceptance))
                .build();
    }
}
