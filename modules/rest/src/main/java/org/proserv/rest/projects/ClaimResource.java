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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.projects.guarantee.Claims;
import org.proserv.rest.Roles;
import org.proserv.rest.projects.DeliveryViews.ClaimView;
import org.proserv.rest.security.Caller;

@Path("projects/{id}/claims")
@RequestScoped
@Tag(name = "Project delivery", description = "Scheduling, tasks, progress, guarantee claims and feedback")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    public static class NewClaim {
        @NotBlank
        @Size(max = 4000)
        public String description;
    }

    @EJB
    Claims claims;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(
            summary = "Claim a defect under the guarantee",
            description = "Roles: the project's customer. Within the guarantee (proserv.projects.guarantee, 6 months "
                    + "by default, from the project's approval, its last instant included) the claim is free and "
                    + "becomes a fix task (fixTaskId, SCHEDULED, planned by a director); the guarantee's end does "
                    + "not move. Before the approval 409 guarantee-after-approval; after the end 409 "
                    + "guarantee-ended with guaranteeEndedAt and an offer to request a quote.")
    @APIResponse(
            responseCode = "201",
            description = "Claimed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClaimView.class)))
    public Response claim(@PathParam("id") long id, @NotNull @Valid NewClaim request) {
        return Response.status(Response.Status.CREATED)
                .entity(ClaimView.of(claims.file(caller.actor(), id, request.description)))
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
            summary = "A project's guarantee claims, oldest first",
            description = "Roles: the project's customer, projects staff, admin; another customer's project is 404.")
    public List<ClaimView> list(@PathParam("id") long id) {
        return claims.ofProject(caller.actor(), id).stream().map(ClaimView::of).toList();
    }
}
