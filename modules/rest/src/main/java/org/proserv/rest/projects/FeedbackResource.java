package org.proserv.rest.projects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.projects.feedback.Feedbacks;
import org.proserv.rest.Roles;
import org.proserv.rest.projects.DeliveryViews.FeedbackView;
import org.proserv.rest.security.Caller;

@Path("projects/{id}/feedback")
@RequestScoped
@Tag(name = "Project delivery", description = "Scheduling, tasks, progress, guarantee claims and feedback")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    public static class Rating {
        @NotNull
        public Integer rating;

        @Size(max = 4000)
        public String comments;
    }

    public static class Complaint {
        @NotNull
        @Size(min = 1, max = 4000)
        public String complaint;
    }

    public static class Answer {
        @NotNull
        @Size(min = 1, max = 4000)
        public String answer;
    }

    @EJB
    Feedbacks feedbacks;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(
            summary = "Rate a closed project, 1 to 5, with comments",
            description = "Roles: the project's customer. After the project closes (409 feedback-after-closing); "
                    + "rating 1 to 5 (400 otherwise); one rating per project (409 rated-once).")
    @APIResponse(
            responseCode = "201",
            description = "Rated",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FeedbackView.class)))
    public Response rate(@PathParam("id") long id, @NotNull @Valid Rating request) {
        return Response.status(Response.Status.CREATED)
                .entity(FeedbackView.of(feedbacks.rate(caller.actor(), id, request.rating, request.comments)))
                .build();
    }

    @POST
    @Path("complaints")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(
            summary = "Complain about a closed project; a director answers",
            description = "Roles: the project's customer. After the project closes (409 feedback-after-closing). "
                    + "Directors are told in their inbox.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FeedbackView.class)))
    public Response complain(@PathParam("id") long id, @NotNull @Valid Complaint request) {
        return Response.status(Response.Status.CREATED)
                .entity(FeedbackView.of(feedbacks.complain(caller.actor(), id, request.complaint)))
                .build();
    }

    @POST
    @Path("complaints/{complaintId}/answer")
    @RolesAllowed(Roles.DIRECTOR)
    @Operation(
            summary = "Answer a complaint",
            description = "Roles: director. Once (409 answered-once); a rating is not answered (409). The customer "
                    + "is told in their inbox.")
    public FeedbackView answer(
            @PathParam("id") long id, @PathParam("complaintId") long complaintId, @NotNull @Valid Answer request) {
        return FeedbackView.of(feedbacks.answer(caller.actor(), id, complaintId, request.answer));
    }

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
            summary = "A project's rating and complaints with their answers",
            description = "Roles: the project's customer, projects staff, admin; another customer's project is 404.")
    public List<FeedbackView> list(@PathParam("id") long id) {
        return feedbacks.of(caller.actor(), id).stream().map(FeedbackView::of).toList();
    }
}
