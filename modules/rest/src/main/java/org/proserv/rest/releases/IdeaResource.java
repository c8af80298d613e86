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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.proserv.releases.tracker.IdeaStatus;
import org.proserv.releases.tracker.Ideas;
import org.proserv.releases.tracker.SimilarEntries;
import org.proserv.releases.tracker.Suggestion;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.releases.ReleaseViews.IdeaView;
import org.proserv.rest.security.Caller;

@Path("ideas")
@RequestScoped
@Tag(name = "Ideas board", description = "Feature requests with votes, and similar ideas suggested before posting")
@Produces(MediaType.APPLICATION_JSON)
public class IdeaResource {

    public static class NewIdea {
        @NotNull
        @Positive
        public Long productId;

        @NotBlank
        @Size(max = 200)
        public String title;

        @NotBlank
        @Size(max = 20000)
        public String description;
    }

    /** The text of an idea about to be posted, to find similar ones. */
    public static class SimilarQuery {
        @NotNull
        @Positive
        public Long productId;

        @NotBlank
        @Size(max = 200)
        public String title;

        @Size(max = 20000)
        public String description;

        @Min(1)
        @Max(SimilarEntries.MAX_LIMIT)
        public Integer limit;
    }

    public static class StatusChange {
        @NotNull
        public IdeaStatus status;

        @Size(max = 1000)
        public String note;
    }

    @EJB
    Ideas ideas;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Propose an idea",
            description = "Roles: any. The answer carries the similar earlier ideas (similar).")
    public Response propose(@NotNull @Valid NewIdea request) {
        var proposed = ideas.propose(caller.actor(), request.productId, request.title.trim(), request.description);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(proposed.idea().id()))
                        .build())
                .entity(IdeaView.of(proposed.idea(), null, proposed.similar()))
                .build();
    }

    @GET
    @PermitAll
    @Operation(
            summary = "The ideas board: most votes first",
            description =
                    "Public. Optionally of one product (productId) and status. Paged: page from 0, size 1-100 (default "
                            + "20).")
    public Page<IdeaView> list(
            @QueryParam("productId") String productId,
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return ideas.list(
                        Params.optionalId("productId", productId),
                        Params.optionalEnum("status", status, IdeaStatus.class),
                        Params.page(page, size))
                .map(IdeaView::of);
    }

    @GET
    @Path("similar")
    @PermitAll
    @Operation(
            summary = "Existing ideas similar to one about to be posted",
            description = "Public. Ranked by the similarity (0 to 1) of title and description; limit 1-20 (default 5). "
                    + "Title up to 200 characters, description up to 2,000 (400 naming the parameter): for longer "
                    + "descriptions, POST the same fields as JSON.")
    public List<Suggestion> similar(
            @QueryParam("productId") String productId,
            @QueryParam("title") String title,
            @QueryParam("description") String description,
            @QueryParam("limit") String limit) {
        return ideas.similar(
                Params.requiredId("productId", productId),
                ReleaseParams.requiredText("title", title, 200),
                ReleaseParams.optionalText("description", description, ReleaseParams.MAX_QUERY_TEXT),
                ReleaseParams.limit(limit));
    }

    @POST
    @Path("similar")
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Existing ideas similar to one about to be posted, the text in the body",
            description = "Roles: any signed-in user, as for posting. As GET /ideas/similar, for texts too long for a "
                    + "URL: productId, title (up to 200 characters), description (up to 20,000, as in an idea) and "
                    + "limit "
                    + "1-20 (default 5) as JSON. Reads only; nothing is posted.")
    public List<Suggestion> similarByBody(@NotNull @Valid SimilarQuery request) {
        return ideas.similar(
                request.productId,
                request.title.trim(),
                request.description == null ? "" : request.description,
                request.limit == null ? SimilarEntries.DEFAULT_LIMIT : request.limit);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "An idea", description = "Public.")
    public IdeaView get(@PathParam("id") long id) {
        return IdeaView.of(ideas.find(id));
    }

    @PUT
    @Path("{id}/vote")
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Vote for an idea",
            description = "Roles: any. One vote per user: voting again changes nothing.")
    public IdeaView vote(@PathParam("id") long id) {
        return IdeaView.of(ideas.vote(caller.actor(), id), true, null);
    }

    @DELETE
    @Path("{id}/vote")
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Withdraw your vote",
            description = "Roles: any. Withdrawing a vote you never gave changes nothing.")
    public IdeaView withdrawVote(@PathParam("id") long id) {
        return IdeaView.of(ideas.withdrawVote(caller.actor(), id), false, null);
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Plan, complete, decline or reopen an idea",
            description = "Roles: staff. 409 when it has that status already.")
    public IdeaView changeStatus(@PathParam("id") long id, @NotNull @Valid StatusChange request) {
        return IdeaView.of(ideas.changeStatus(caller.actor(), id, request.status, request.note));
    }
}
