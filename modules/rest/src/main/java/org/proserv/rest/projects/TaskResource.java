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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.projects.tasks.Move;
import org.proserv.projects.tasks.Plan;
import org.proserv.projects.tasks.TaskStatus;
import org.proserv.projects.tasks.Tasks;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.projects.DeliveryViews.TaskDetail;
import org.proserv.rest.security.Caller;

@Path("tasks")
@RequestScoped
@Tag(name = "Project delivery", description = "Scheduling, tasks, progress, guarantee claims and feedback")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    public static class StatusChange {
        @NotNull
        public TaskStatus status;

        @Size(max = 1000)
        public String note;

        /** The preview link (REVIEWING) or the link to check the result (COMPLETED). */
        @Size(max = 500)
        public String link;

        /** READY_TO_UPLOAD only, optional: when the customer wants the upload. */
        public LocalDate wantedUploadDate;

        /** CLOSED only: the reports' places in the project's file area. */
        @Size(max = 20)
        public List<String> reports;
    }

    public static class ProgressReport {
        @NotNull
        public Integer percentDone;

        @Size(max = 1000)
        public String note;
    }

    public static class PlanRequest {
        @NotNull
        public Instant plannedStart;

        @NotNull
        public Instant plannedEnd;

        @Size(max = 1000)
        public String note;
    }

    @EJB
    Tasks tasks;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

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
            summary = "A task with its progress, what may come next, and every change with who and when",
            description = "Roles: the project's customer, projects staff, admin; another customer's task is 404. "
                    + "behindSchedule is computed from the clock at every read.")
    public TaskDetail get(@PathParam("id") long id) {
        return TaskDetail.of(tasks.find(caller.actor(), id), clock.instant());
    }

    @POST
    @Path("{id}/status")
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
            summary = "Move a task to its next status",
            description = "SCHEDULED -> WORKING (developer; 409 naming invoiceId while the part's invoice is unpaid); "
                    + "WORKING -> QUALITY_ASSURANCE (developer) -> COMPLETED or back to WORKING (qa); WORKING -> "
                    + "REVIEWING (developer, link = preview link) -> COMPLETED or back to WORKING (developer); "
                    + "COMPLETED needs link, the link to check the result; COMPLETED -> READY_TO_UPLOAD (the "
                    + "customer only, optional wantedUploadDate not before today) -> UPLOADED (projects staff or "
                    + "admin) -> APPROVED (the customer only) -> CLOSED (projects staff or admin, reports in the "
                    + "project's file area). READY_TO_UPLOAD and APPROVED by any staff member, admin included, are "
                    + "403; a role that may not take the step is 403; a move the lifecycle does not allow is 409 "
                    + "with allowedNext, the statuses it may go to. When every planned task is APPROVED or CLOSED "
                    + "the project is approved and its guarantee starts; when every one is CLOSED it is closed.")
    public TaskDetail move(@PathParam("id") long id, @NotNull @Valid StatusChange request) {
        var move = new Move(request.status, request.note, request.link, request.wantedUploadDate, request.reports);
        return TaskDetail.of(tasks.move(caller.actor(), id, move), clock.instant());
    }

    @PUT
    @Path("{id}/progress")
    @RolesAllowed(Roles.DEVELOPER)
    @Operation(
            summary = "Report how much of the task is done",
            description = "Roles: developer. percentDone 0 to 100 (400 otherwise), while the task is WORKING, "
                    + "QUALITY_ASSURANCE or REVIEWING (409 otherwise). The task is behindSchedule while percentDone is "
                    + "below the share of its planned time already elapsed.")
    public TaskDetail progress(@PathParam("id") long id, @NotNull @Valid ProgressReport request) {
        return TaskDetail.of(
                tasks.reportProgress(caller.actor(), id, request.percentDone, request.note), clock.instant());
    }

    @PUT
    @Path("{id}/plan")
    @RolesAllowed(Roles.DIRECTOR)
    @Operation(
            summary = "Plan the task anew (a guarantee fix: for the first time)",
            description = "Roles: director. Until the task is completed (409 after); the end after the start (400); "
                    + "planned work ends by the project's deadline (409 within-deadline).")
    public TaskDetail plan(@PathParam("id") long id, @NotNull @Valid PlanRequest request) {
        var plan = Plan.of(
                Params.inRange("plannedStart", request.plannedStart), Params.inRange("plannedEnd", request.plannedEnd));
        return TaskDetail.of(tasks.replan(caller.actor(), id, plan, request.note), clock.instant());
    }
}
