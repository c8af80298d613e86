package org.proserv.rest.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.kernel.paging.Page;
import org.proserv.platform.inbox.Inbox;
import org.proserv.platform.inbox.InboxEntry;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.security.Caller;

@Path("inbox")
@RequestScoped
@Tag(name = "Inbox", description = "What the caller is told by the projects and installations contexts")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @EJB
    Inbox inbox;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({
        Roles.CUSTOMER,
        Roles.DISPATCHER,
        Roles.ENGINEER,
        Roles.QUOTE_MANAGER,
        Roles.DIRECTOR,
        Roles.DEVELOPER,
        Roles.DESIGNER,
        Roles.QA,
        Roles.UPGRADE_SPECIALIST,
        Roles.PROJECT_MANAGER,
        Roles.INSTALLATION_ENGINEER,
        Roles.ADMIN
    })
    @Operation(
            summary = "The caller's own notices, newest first, paged",
            description = "Roles: any. A customer reads their customer's notices; staff read those addressed to "
                    + "them and to their role. Paged: page from 0, size 1-100 (default 20).")
    public Page<InboxEntry> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return inbox.of(caller.actor(), Params.page(page, size));
    }
}
