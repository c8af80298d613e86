package org.proserv.rest.releases;

import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.kernel.paging.Page;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.releases.ReleaseViews.BugHistoryView;
import org.proserv.rest.releases.ReleaseViews.BugView;
import org.proserv.rest.security.Caller;
import org.proserv.releases.tracker.BugStatus;
import org.proserv.releases.tracker.Bugs;
import org.proserv.releases.tracker.Suggestion;

import java.util.List;

@Path("bugs")
@RequestScoped
@Tag(name = "Bug tracker", description = "The public bug tracker: reports, their statuses and history, duplicate suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class BugResource {

    public static class NewBug {
        @NotNull
        @Positive
        public Long productId;
        @NotBlank
        @Size(max = 40)
        public String version;
        @NotBlank
        @Size(max = 200)
        public String title;
        @NotBlank
        @Size(max = 20000)
        public String steps;
        @NotBlank
        @Size(max = 5000)
        public String expected;
        @NotBlank
        @Size(max = 5000)
        public String actual;
    }

    public static class StatusChange {
        @NotNull
        public BugStatus status;
        @Positive
        public Long duplicateOf;
        @Positive
        public Long fixedByPatch;
        @Size(min = 1, max = 40)
        public String fixedInVersion;
        @Size(max = 1000)
        public String note;
    }

    @EJB
    Bugs bugs;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Report a bug",
            description = "Roles: any signed-in customer or staff member. The answer carries the similar earlier reports "
                    + "(similar, best first) so that a duplicate can be pointed out at once.")
    public Response report(@NotNull @Valid NewBug request) {
        var reported = bugs.report(caller.actor(), request.productId, request.version.trim(), request.title.trim(),
                request.steps, request.expected, request.actual);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(reported.bug().id())).build())
                .entity(BugView.of(reported.bug(), reported.similar())).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Bug reports, newest first",
            description = "Public. Optionally of one product (productId) and status. Paged: page from 0, size 1-100 (default 20).")
    public Page<BugView> list(@QueryParam("productId") String productId, @QueryParam("status") String status,
                              @QueryParam("page") String page, @QueryParam("size") String size) {
        return bugs.list(ReleaseParams.optionalId("productId", productId),
                Params.optionalEnum("status", status, BugStatus.class), Params.page(page, size)).map(BugView::of);
    }

    @GET
    @Path("similar")
    @PermitAll
    @Operation(summary = "Existing reports similar to one about to be posted",
            description = "Public. Ranked by the similarity (0 to 1) of the words of title and steps to those of each "
                    + "report of the product; limit 1-20 (default 5). Look here before posting.")
    public List<Suggestion> similar(@QueryParam("productId") String productId, @QueryParam("title") String title,
                                    @QueryParam("steps") String steps, @QueryParam("limit") String limit) {
        return bugs.similar(ReleaseParams.requiredId("productId", productId), ReleaseParams.requiredText("title", title, 200),
                ReleaseParams.optionalText("steps", steps, 20000), ReleaseParams.limit(limit));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "A bug report", description = "Public.")
    public BugView get(@PathParam("id") long id) {
        return BugView.of(bugs.find(id));
    }

    @GET
    @Path("{id}/history")
    @PermitAll
    @Operation(summary = "Every status change of a report, with who and when", description = "Public.")
    public List<BugHistoryView> history(@PathParam("id") long id) {
        return bugs.find(id).history().stream().map(BugHistoryView::of).toList();
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Confirm, reject (NOT_A_BUG), mark a duplicate or record the fix",
            description = "Roles: staff. DUPLICATE needs duplicateOf (an earlier report of the product that is no duplicate "
                    + "itself); FIXED needs fixedByPatch and/or fixedInVersion. 409 when the report has that status already.")
    public BugView changeStatus(@PathParam("id") long id, @NotNull @Valid StatusChange request) {
        var decision = new Bugs.Decision(request.status, request.duplicateOf, request.fixedByPatch,
                request.fixedInVersion == null ? null : request.fixedInVersion.trim(), request.note);
        return BugView.of(bugs.decide(caller.actor(), id, decision));
    }
}
