package org.proserv.rest.events;

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
import org.proserv.platform.clients.Scope;
import org.proserv.platform.events.EventFeed;
import org.proserv.platform.events.FeedPage;
import org.proserv.platform.events.FeedQuery;
import org.proserv.rest.Roles;
import org.proserv.rest.security.Caller;
import org.proserv.rest.security.RequiresScope;

@Path("events")
@RequestScoped
@Tag(name = "Events", description = "Every context's domain events, as a feed to read from a cursor")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    @EJB
    EventFeed feed;

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
        Roles.ADMIN,
        Roles.API_CLIENT
    })
    @RequiresScope(Scope.EVENTS_READ_NAME)
    @Operation(
            summary = "Events after a cursor, in feed order",
            description = "Roles: any; API clients with events:read. A customer reads the events that concern "
                    + "their customer, staff and API clients every event. after: the position to read after (0, the "
                    + "default, for the start; then the page's next). types: comma-separated event types (all when "
                    + "absent). size: 1-100 (default 50). Each event has its position, id, type, occurredAt, "
                    + "aggregateType and aggregateId, its sequence among its aggregate's events and a payload. "
                    + "Positions are given after commit, so resuming from next misses no event and repeats none, "
                    + "however late a writer commits.")
    public FeedPage read(
            @QueryParam("after") String after, @QueryParam("types") String types, @QueryParam("size") String size) {
        var query = FeedQuery.parse(after, types, size);
        feed.publish();
        return feed.read(caller.actor(), query);
    }
}
