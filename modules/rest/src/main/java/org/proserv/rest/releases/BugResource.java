package org.proserv.rest.releases;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.kernel.paging.Page;
import org.proserv.releases.tracker.BugStatus;
import org.proserv.releases.tracker.Bugs;
import org.proserv.releases.tracker.SimilarEntries;
import org.proserv.releases.tracker.Suggestion;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.releases.ReleaseViews.BugHistoryView;
import org.proserv.rest.releases.ReleaseViews.BugView;
import org.proserv.rest.security.Caller;

@Path("bugs")
@RequestScoped
@Tag(
        name = "Bug tracker",
        description = "The public bug tracker: reports, their statuses and history, duplicate suggestions")
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

    /** The text of a report about to be posted, to find similar ones. */
    public static class SimilarQuery {
        @NotNull
        @Positive
        public Long productId;

        @NotBlank
        @Size(max = 200)
        public String title;

        @Size(max = 20000)
        public String steps;

        @Min(1)
        @Max(SimilarEntries.MAX_LIMIT)
        public Integer limit;
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
    @Operation(
            summary = "Report a bug",
            description =
                    "Roles: any signed-in customer or staff member. The answer carries the similar earlier reports "
                            + "(similar, best first) so that a duplicate can be pointed out at once.")
    public Response report(@NotNull @Valid NewBug request) {
        var reported = bugs.report(
                caller.actor(),
                request.productId,
                request.version.trim(),
                request.title.trim(),
                request.steps,
                request.expected,
                request.actual);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(reported.bug().id()))
                        .build())
                .entity(BugView.of(reported.bug(), reported.similar()))
                .build();
    }

    @GET
    @PermitAll
    @Operation(
            summary = "Bug reports, newest first",
            description =
                    "Public. Optionally of one product (productId) and status. Paged: page from 0, size 1-100 (default "
                            + "20).")
    public Page<BugView> list(
            @QueryParam("productId") String productId,
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return bugs.list(
                        Params.optionalId("productId", productId),
                        Params.optionalEnum("status", status, BugStatus.class),
                        Params.page(page, size))
                .map(BugView::of);
    }

    @GET
    @Path("similar")
    @PermitAll
    @Operation(
            summary = "Existing reports similar to one about to be posted",
            description = "Public. Ranked by the similarity (0 to 1) of the words of title and steps to those of each "
                    + "report of the product; limit 1-20 (default 5). Look here before posting. Title up to 200 "
                    + "characters, steps up to 2,000 (400 naming the parameter): for longer steps, POST the same "
                    + "fields as JSON.")
    public List<Suggestion> similar(
            @QueryParam("productId") String productId,
            @QueryParam("title") String title,
            @QueryParam("steps") String steps,
            @QueryParam("limit") String limit) {
        return bugs.similar(
                Params.requiredId("productId", productId),
                ReleaseParams.requiredText("title", title, 200),
                ReleaseParams.optionalText("steps", steps, ReleaseParams.MAX_QUERY_TEXT),
                ReleaseParams.limit(limit));
    }

    @POST
    @Path("similar")
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Existing reports similar to one about to be posted, the text in the body",
            description = "Roles: any signed-in user, as for posting. As GET /bugs/similar, for texts too long for a "
                    + "URL: productId, title (up to 200 characters), steps (up to 20,000, as in a report) and limit "
                    + "1-20 "
                    + "(default 5) as JSON. Reads only; nothing is posted.")
    public List<Suggestion> similarByBody(@NotNull @Valid SimilarQuery request) {
        return bugs.similar(
                request.productId,
                request.title.trim(),
                request.steps == null ? "" : request.steps,
                request.limit == null ? SimilarEntries.DEFAULT_LIMIT : request.limit);
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
    @Operation(
            summary = "Confirm, reject (NOT_A_BUG), mark a duplicate or record the fix",
            description =
                    "Roles: staff. DUPLICATE needs duplicateOf: another report of the product that is no duplicate "
                            + "itself (409 naming its original otherwise); a duplicate may be pointed at another "
                            + "original this "
                            + "way. A report other duplicates point at cannot become a duplicate: 409 naming them "
                            + "(duplicates), "
                            + "to be pointed at the new original first, so that duplicates never form chains or loops. "
                            + "FIXED "
                            + "needs fixedByPatch and/or fixedInVersion: a patch of the product that applies to the "
                            + "reported "
                            + "version, a version of the product newer than it (400 naming the field otherwise). On a "
                            + "FIXED "
                            + "report, FIXED links the patch or version not linked yet or corrects them (one not given "
                            + "stays), "
                            + "kept in the history; 409 when it links exactly what is linked. 409 when the report has "
                            + "another "
                            + "status already; two staff deciding at once are taken one after the other.")
    public BugView changeStatus(@PathParam("id") long id, @NotNull @Valid StatusChange request) {
        var decision = new Bugs.Decision(
                request.status,
                request.duplicateOf,
                request.fixedByPatch,
                request.fixedInVersion == null ? null : request.fixedInVersion.trim(),
                request.note);
        return BugView.of(bugs.decide(caller.actor(), id, decision));
    }
}
