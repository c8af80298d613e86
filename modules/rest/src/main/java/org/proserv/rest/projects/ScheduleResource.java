package org.proserv.rest.projects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.projects.schedule.Schedules;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.projects.DeliveryViews.ScheduleView;
import org.proserv.rest.security.Caller;

@Path("projects/{id}/schedule")
@RequestScoped
@Tag(name = "Project delivery", description = "Scheduling, tasks, progress, guarantee claims and feedback")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    public static class NewSchedule {
        /** The guaranteed deadline: development, internal testing and the upload to the preview server. */
        @NotNull
        public Instant deadline;
    }

    public static class DeadlineMoveRequest {
        @NotNull
        public Instant deadline;

        @NotBlank
        @Size(max = 1000)
        public String reason;
    }

    @EJB
    Schedules schedules;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Roles.DIRECTOR)
    @Operation(
            summary = "Schedule a project: fix its guaranteed deadline",
            description = "Roles: director. Once the invoice of the project's first part is paid (else 409 naming "
                    + "invoiceId, rule no-work-before-payment); once per project (409 scheduled-once). The deadline "
                    + "covers development, internal testing and the upload to the preview server and must lie "
                    + "after now (400 naming deadline).")
    @APIResponse(
            responseCode = "201",
            description = "Scheduled",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ScheduleView.class)))
    public Response schedule(@PathParam("id") long id, @NotNull @Valid NewSchedule request) {
        var schedule = schedules.schedule(caller.actor(), id, Params.inRange("deadline", request.deadline));
        return Response.status(Response.Status.CREATED)
                .entity(ScheduleView.of(schedule, clock.instant()))
                .build();
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
            summary = "A project's schedule: the deadline, its moves with their reasons, approval and guarantee",
            description = "Roles: the project's customer, projects staff, admin; another customer's project is 404. "
                    + "404 too while the project is not scheduled.")
    public ScheduleView get(@PathParam("id") long id) {
        var schedule = schedules
                .of(caller.actor(), id)
                .orElseThrow(() ->
                        new ProservException(ProblemCategory.NOT_FOUND, "Project " + id + " is not scheduled yet"));
        return ScheduleView.of(schedule, clock.instant());
    }

    @POST
    @Path("moves")
    @RolesAllowed(Roles.DIRECTOR)
    @Operation(
            summary = "Move the guaranteed deadline later, with a reason the customer sees",
            description = "Roles: director. The new deadline must lie after the current one: a move earlier (or to "
                    + "the same instant) is 409 with rule deadline-never-earlier and the current deadline. The "
                    + "reason is required (400) and shown to the customer, who is told in their inbox.")
    @APIResponse(
            responseCode = "201",
            description = "Moved",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ScheduleView.class)))
    public Response move(@PathParam("id") long id, @NotNull @Valid DeadlineMoveRequest request) {
        var schedule = schedules.moveDeadline(
                caller.actor(), id, Params.inRange("deadline", request.deadline), request.reason);
        return Response.status(Response.Status.CREATED)
                .entity(ScheduleView.of(schedule, clock.instant()))
                .build();
    }
}
