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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.projects.design.DeliveryMode;
import org.proserv.projects.design.DesignIntegrations;
import org.proserv.rest.Roles;
import org.proserv.rest.projects.DesignViews.IntegrationView;
import org.proserv.rest.security.Caller;

@Path("projects/{id}/integration")
@RequestScoped
@Tag(
        name = "Design integration",
        description = "A design integration project's work on the demo server and its delivery, into the store or"
                + " as an installation package")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationResource {

    public static class Demo {
        @NotBlank
        @Size(max = 500)
        public String demoUrl;
    }

    public static class Delivery {
        @NotNull
        public DeliveryMode mode;

        @NotBlank
        @Size(max = 500)
        public String target;
    }

    @EJB
    DesignIntegrations integrations;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.DESIGNER, Roles.DEVELOPER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(
            summary = "The project's design integration: its demo server URL and delivery",
            description = "Roles: the customer (another customer's project answers 404), designer, developer,"
                    + " director, admin. 404 until the work is on the demo server.")
    public IntegrationView get(@PathParam("id") long id) {
        return IntegrationView.of(integrations.find(caller.actor(), id));
    }

    @POST
    @Path("demo")
    @RolesAllowed({Roles.DESIGNER, Roles.DEVELOPER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(
            summary = "Put the work on the vendor's demo server, at its intermediate URL",
            description = "Roles: designer, developer, director, admin. Only a DESIGN_INTEGRATION project (409 rule"
                    + " not-design-integration) whose first invoice is paid (409 rule integration-unpaid); again to"
                    + " move the URL, until delivered (409 rule integration-delivered).")
    public IntegrationView demo(@PathParam("id") long id, @NotNull @Valid Demo body) {
        return IntegrationView.of(integrations.demo(caller.actor(), id, body.demoUrl));
    }

    @POST
    @Path("delivery")
    @RolesAllowed({Roles.DESIGNER, Roles.DEVELOPER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(
            summary = "Deliver the integrated design, once",
            description = "Roles: designer, developer, director, admin. After the demo server (404 before). mode"
                    + " INTO_STORE (target: the store's address) or INSTALLATION_PACKAGE (target: the package's"
                    + " reference, which the installations context can see and order installed).")
    public IntegrationView deliver(@PathParam("id") long id, @NotNull @Valid Delivery body) {
        return IntegrationView.of(integrations.deliver(caller.actor(), id, body.mode, body.target));
    }
}
