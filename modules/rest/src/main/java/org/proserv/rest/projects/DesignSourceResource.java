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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.projects.design.DesignSources;
import org.proserv.rest.Roles;
import org.proserv.rest.projects.DesignViews.SourceView;
import org.proserv.rest.security.Caller;

@Path("project-requests/{id}/design-source")
@RequestScoped
@Tag(name = "Project requests")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DesignSourceResource {

    public static class NewSource {
        @Positive
        public Long creationProjectId;

        @Size(max = 50)
        public List<@NotBlank @Size(max = 500) String> designFiles;
    }

    @EJB
    DesignSources sources;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.QUOTE_MANAGER, Roles.DIRECTOR, Roles.DESIGNER, Roles.ADMIN})
    @Operation(
            summary = "The design a design-integration request is for",
            description = "Roles: the customer (another customer's request answers 404), quote_manager, director,"
                    + " designer, admin. 404 while the request says none.")
    public SourceView get(@PathParam("id") long id) {
        return SourceView.of(sources.find(caller.actor(), id));
    }

    @PUT
    @RolesAllowed({Roles.CUSTOMER, Roles.QUOTE_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "Say which design a design-integration request is for",
            description = "Roles: customer (their request), quote_manager, admin. Exactly one of creationProjectId"
                    + " (a design creation of this customer, approved: 409 rule design-integration-needs-design"
                    + " otherwise) or designFiles (references to the files the customer supplies). A design"
                    + " integration is quoted only with one (409 rule design-integration-needs-design); ordering a"
                    + " bought prototype's integration records the prototype. Replaces what was said before.")
    public SourceView record(@PathParam("id") long id, @NotNull @Valid NewSource body) {
        return SourceView.of(sources.record(caller.actor(), id, body.creationProjectId, body.designFiles));
    }
}
