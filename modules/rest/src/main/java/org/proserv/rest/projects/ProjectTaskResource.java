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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.projects.tasks.Plan;
import org.proserv.projects.tasks.Tasks;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.projects.DeliveryViews.TaskDetail;
import org.proserv.rest.projects.DeliveryViews.TaskView;
import org.proserv.rest.security.Caller;

@Path("projects/{id}/tasks")
@RequestScoped
@Tag(name = "Project delivery", description = "Scheduling, tasks, progress, guarantee claims and feedback")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProjectTaskResource {

    public static class NewTask {
        @NotBlank
        @Size(max = 200)
        public String title;

        @Size(max = 4000)
        public String description;

        /** The invoice of the payment plan's part this task is for (see the project's invoices). */
        @NotNull
        @Positive
        public Long invoiceId;

        @NotNull
        public Instant plannedStart;

        @NotNull
        public Instant plannedEnd;
    }

    @EJB
    Tasks tasks;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Roles.DIRECTOR)
    @Operation(
            summary = "Plan a task of a scheduled project, for one part's invoice",
            description = "Roles: director. The task starts SCHEDULED. 409 while the project is not scheduled "
                    + "(scheduled-first) or once it is approved (approved); invoiceId must be one of the project's "
                    + "invoices (400); the plan ends after it starts (400) and by the project's deadline (409 "
                    + "within-deadline).")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TaskDetail.class)))
    public Response create(@PathParam("id") long id, @NotNull @Valid NewTask request) {
        var plan = Plan.of(
                Params.inRange("plannedStart", request.plannedStart), Params.inRange("plannedEnd", request.plannedEnd));
        var task =
                tasks.create(caller.actor(), id, request.title.strip(), request.description, request.invoiceId, plan);
        return Response.status(Response.Status.CREATED)
                .entity(TaskDetail.of(task, clock.instant()))
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
            summary = "A project's tasks, in the order they were planned, with progress and behindSchedule",
            description = "Roles: the project's customer, projects staff, admin; another customer's project is 404.")
    public List<TaskView> list(@PathParam("id") long id) {
        Instant now = clock.instant();
        return tasks.ofProject(caller.actor(), id).stream()
                .map(t -> TaskView.of(t, now))
                .toList();
    }
}
