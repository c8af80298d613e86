package org.proserv.rest.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.installations.upgrades.UpgradeSweeps;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.time.ApplicationClock;
import org.proserv.platform.events.EventFeed;
import org.proserv.platform.tokens.TokenIssuer;
import org.proserv.platform.webhooks.WebhookDispatch;
import org.proserv.projects.quotes.QuoteSweeps;
import org.proserv.projects.tasks.TaskSweeps;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.support.points.PointsSweeps;
import org.proserv.support.tickets.SupportSweeps;

@Path("admin")
@RequestScoped
@Tag(name = "Administration", description = "Operating the timers, and the test clock")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    public static class ClockAdvance {
        @NotBlank
        public String by;
    }

    public record ClockView(Instant now, Duration offset, boolean testClockEnabled) {}

    public record SweepView(String sweep, int affected, Instant at) {}

    @Inject
    ApplicationClock clock;

    @Inject
    TokenIssuer issuer;

    @EJB
    WebhookDispatch webhookDispatch;

    @EJB
    EventFeed eventFeed;

    @EJB
    SupportSweeps supportSweeps;

    @EJB
    PointsSweeps pointsSweeps;

    @EJB
    QuoteSweeps quoteSweeps;

    @EJB
    TaskSweeps taskSweeps;

    @EJB
    UpgradeSweeps upgradeSweeps;

    @GET
    @Path("clock")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "This node's time, and how far the test clock moved it", description = "Roles: admin.")
    public ClockView clock() {
        return new ClockView(clock.now(), clock.offset(), clock.testClockEnabled());
    }

    @POST
    @Path("clock/advance")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Move this node's time forward (test clock only)",
            description = "Roles: admin. Only when proserv.test-clock.enabled=true (never allowed in production); "
                    + "404 otherwise. Timers then act as if that time had passed.")
    public ClockView advance(@NotNull @Valid ClockAdvance request) {
        Duration by = Params.duration("by", request.by);
        clock.advance(by);
        return clock();
    }

    @POST
    @Path("signing-keys/rotation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Rotate the embedded issuer's signing key",
            description = "Roles: admin. New tokens carry the new key's kid; tokens signed with the previous key "
                    + "keep verifying until previousKeyVerifiesUntil (proserv.jwt.rotation-overlap after now), then "
                    + "answer 401. 403 when an external issuer is configured.")
    public TokenIssuer.Rotation rotateSigningKey() {
        return issuer.rotate();
    }

    @POST
    @Path("sweeps/{sweep}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Run a timer's sweep now: sla-breaches, pre-close, auto-close, point-expiry, "
                    + "point-expiry-warnings, quote-expiry, task-behind-schedule, upgrade-gate-reminders, "
                    + "webhook-deliveries, event-retention",
            description =
                    "Roles: admin. The same idempotent sweep the timer runs (every minute; webhook deliveries every "
                            + "2 s, event retention hourly); safe to run at any time.")
    public SweepView sweep(@PathParam("sweep") String sweep) {
        Map<String, IntSupplier> sweeps = Map.of(
                "sla-breaches", supportSweeps::flagBreaches,
                "pre-close", supportSweeps::preClose,
                "auto-close", supportSweeps::autoClose,
                "point-expiry", pointsSweeps::expireLots,
                "point-expiry-warnings", pointsSweeps::warnOfExpiry,
                "quote-expiry", quoteSweeps::expireQuotes,
                "task-behind-schedule", taskSweeps::noticeBehindSchedule,
                "upgrade-gate-reminders", upgradeSweeps::remindAtGates,
                "webhook-deliveries", webhookDispatch::run,
                "event-retention", eventFeed::removeExpired);
        IntSupplier run = sweeps.get(sweep);
        if (run == null) {
            throw ProservException.notFound("Sweep", sweep).with("sweeps", String.join(", ", sweeps.keySet()));
        }
        return new SweepView(sweep, run.getAsInt(), clock.now());
    }
}
