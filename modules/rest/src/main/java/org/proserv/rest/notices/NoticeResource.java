package org.proserv.rest.notices;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.kernel.paging.Page;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.security.Caller;
import org.proserv.support.notices.Notice;
import org.proserv.support.notices.Notices;

@Path("customers/{customerId}/notices")
@RequestScoped
@Tag(
        name = "Notices",
        description = "What the customer is told: points about to expire, pre-closed tickets, top-ups needed")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

    public record NoticeView(
            long id, Notice.Kind kind, Long ticketId, Long lotId, Integer points, String message, Instant at) {
        static NoticeView of(Notice n) {
            return new NoticeView(n.id(), n.kind(), n.ticketId(), n.lotId(), n.points(), n.message(), n.createdAt());
        }
    }

    @EJB
    Notices notices;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN})
    @Operation(
            summary = "The customer's notices, newest first, paged",
            description = "Roles: staff; a customer only their own.")
    public Page<NoticeView> list(
            @PathParam("customerId") long customerId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return notices.of(caller.actor(), customerId, Params.page(page, size)).map(NoticeView::of);
    }
}
