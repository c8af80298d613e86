package org.proserv.rest.projects;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.ArrayList;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.kernel.paging.Page;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.projects.billing.Billing;
import org.proserv.projects.billing.BillingTerms;
import org.proserv.projects.project.Projects;
import org.proserv.projects.quotes.Quotes;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.projects.ProjectViews.InvoiceView;
import org.proserv.rest.projects.ProjectViews.ProjectDetail;
import org.proserv.rest.projects.ProjectViews.ProjectView;
import org.proserv.rest.projects.ProjectViews.QuoteSummary;
import org.proserv.rest.projects.ProjectViews.QuoteView;
import org.proserv.rest.security.Caller;

@Path("projects")
@RequestScoped
@Tag(name = "Projects", description = "Projects started by accepted quotes, their quotes and invoices")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    /** A project has few quotes: all of them fit one page of the largest size. */
    private static final PageRequest ALL_QUOTES = new PageRequest(0, PageRequest.MAX_SIZE);

    @EJB
    Projects projects;

    @EJB
    Quotes quotes;

    @EJB
    Billing billing;

    @Inject
    BillingTerms billingTerms;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({
        Roles.CUSTOMER,
        Roles.QUOTE_MANAGER,
        Roles.DIRECTOR,
        Roles.DEVELOPER,
        Roles.DESIGNER,
        Roles.QA,
        Roles.ADMIN
    })
    @Operation(
            summary = "Projects, newest first",
            description = "Roles: a customer sees their own; projects staff and admin all (or one customer's, "
                    + "customerId). Paged: page from 0, size 1-100 (default 20).")
    public Page<ProjectView> list(
            @QueryParam("customerId") String customerId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return projects.list(
                        caller.actor(),
                        Params.optionalId("customerId", customerId).orElse(null),
                        Params.page(page, size))
                .map(ProjectView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({
        Roles.CUSTOMER,
        Roles.QUOTE_MANAGER,
        Roles.DIRECTOR,
        Roles.DEVELOPER,
        Roles.DESIGNER,
        Roles.QA,
        Roles.ADMIN
    })
    @Operation(
            summary = "A project with its quotes (the accepted one and any additional ones) and its invoices",
            description = "Roles: the customer (another customer's project answers 404), projects staff, admin.")
    public ProjectDetail get(@PathParam("id") long id) {
        var actor = caller.actor();
        var project = projects.find(actor, id);
        var now = clock.instant();
        var first = quotes.find(actor, project.quoteId());
        var all = new ArrayList<QuoteSummary>();
        all.add(QuoteSummary.of(first, now));
        quotes.list(actor, null, id, ALL_QUOTES).items().forEach(q -> all.add(QuoteSummary.of(q, now)));
        return new ProjectDetail(
                ProjectView.of(project),
                all,
                billing.ofProject(id).stream().map(InvoiceView::of).toList());
    }

    @POST
    @Path("{id}/quotes")
    @RolesAllowed({Roles.QUOTE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "An additional quote of the project, for details outside its paid scope",
            description = "Roles: quote_manager, admin. Only once the project has a paid invoice (409 rule "
                    + "additional-quote-after-payment: before payment, new details revise the quote). It has its "
                    + "own versions, validity, acceptance and payment plan; the paid quote and its invoices never "
                    + "change.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = QuoteView.class)))
    public Response additional(@PathParam("id") long id, @NotNull @Valid QuoteInput body) {
        var quote = quotes.sendAdditional(caller.actor(), id, body.draft());
        return Response.created(uri.getBaseUriBuilder()
                        .path("quotes")
                        .path(String.valueOf(quote.id()))
                        .build())
                .entity(QuoteView.of(quote, billingTerms, clock.instant()))
                .build();
    }
}
