package org.proserv.rest.installations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.installations.upgrades.Estimate;
import org.proserv.installations.upgrades.Gate;
import org.proserv.installations.upgrades.ModificationKind;
import org.proserv.installations.upgrades.UpgradeDraft;
import org.proserv.installations.upgrades.UpgradeOrder;
import org.proserv.installations.upgrades.UpgradeOrders;
import org.proserv.installations.upgrades.UpgradeStatus;
import org.proserv.kernel.paging.Page;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.installations.UpgradeViews.UpgradeSummary;
import org.proserv.rest.installations.UpgradeViews.UpgradeView;
import org.proserv.rest.json.MoneyInput;
import org.proserv.rest.security.Caller;

@Path("upgrades")
@RequestScoped
@Tag(
        name = "Upgrades",
        description = "Upgrade orders: request, examination and estimate, the customer's gates (confirmation, "
                + "result check, custom-features check, upload confirmation), payment by invoice, the basic upgrade "
                + "on the vendor's servers, re-implementation of custom modifications, the upload to production")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UpgradeResource {

    private static final String STEP_ERRORS = " 403 for another role; 409 rule step-out-of-order when the order is "
            + "not at this step, with currentStatus and allowedSteps (a JSON array of the steps it can take now).";

    public static class Modification {
        @NotNull
        public ModificationKind kind;

        @NotBlank
        @Size(max = 200)
        public String name;

        @Size(max = 2000)
        public String description;
    }

    public static class NewUpgrade {
        @NotBlank
        @Size(max = 100)
        public String product;

        @NotBlank
        @Size(max = 40)
        public String currentVersion;

        @NotBlank
        @Size(max = 40)
        public String targetVersion;

        @NotBlank
        @Size(max = 500)
        public String storeUrl;

        @Size(max = UpgradeOrder.MAX_MODIFICATIONS)
        public List<@NotNull @Valid Modification> customModifications;

        /** Whether the project managers should estimate re-implementing the custom modifications. */
        public Boolean reimplementationWanted;
    }

    public static class ThirdPartyMark {
        @NotNull
        @PositiveOrZero
        @Max(UpgradeOrder.MAX_MODIFICATIONS)
        public Integer modification;

        @NotBlank
        @Size(max = 2000)
        public String reason;
    }

    public static class EstimateRequest {
        @NotNull
        @Valid
        public MoneyInput price;

        @NotNull
        public Boolean minorDesignChanges;

        @Size(max = 4000)
        public String notes;

        @Size(max = UpgradeOrder.MAX_MODIFICATIONS)
        public List<@NotNull @Valid ThirdPartyMark> thirdParty;
    }

    public static class ReimplementationEstimate {
        @NotNull
        @Valid
        public MoneyInput featuresPrice;

        @NotNull
        @Valid
        public MoneyInput designPrice;

        @Size(max = 4000)
        public String notes;
    }

    public enum Decision {
        PASS,
        REJECT
    }

    public static class GateDecision {
        @NotNull
        public Gate gate;

        @NotNull
        public Decision decision;

        @Size(max = 4000)
        public String notes;
    }

    public static class ScheduleRequest {
        @NotNull
        public Instant scheduledFor;
    }

    public static class StepNotes {
        @Size(max = 4000)
        public String notes;
    }

    @EJB
    UpgradeOrders orders;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(
            summary = "Request an upgrade of one's store",
            description = "Roles: customer. product, currentVersion and targetVersion as the releases catalogue "
                    + "knows them: an unknown product or version is 400 naming the field, with the versions there "
                    + "are; a target not newer than the current version is 400 naming targetVersion (rule "
                    + "target-not-newer). storeUrl is an http(s) URL. customModifications list the store's custom "
                    + "features (FEATURE) and skins (SKIN); reimplementationWanted asks the project managers to "
                    + "estimate re-implementing them (400 without any listed). The answer shows the upgrade pack.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UpgradeView.class)))
    public Response request(@NotNull @Valid NewUpgrade body) {
        var draft = new UpgradeDraft(
                body.product,
                body.currentVersion,
                body.targetVersion,
                body.storeUrl,
                body.customModifications == null
                        ? List.of()
                        : body.customModifications.stream()
                                .map(m -> new UpgradeDraft.Modification(m.kind, m.name, m.description))
                                .toList(),
                Boolean.TRUE.equals(body.reimplementationWanted));
        var order = orders.request(caller.actor(), draft);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(order.id()))
                        .build())
                .entity(view(order))
                .build();
    }

    @GET
    @RolesAllowed({
        Roles.CUSTOMER,
        Roles.UPGRADE_SPECIALIST,
        Roles.PROJECT_MANAGER,
        Roles.INSTALLATION_ENGINEER,
        Roles.ADMIN
    })
    @Operation(
            summary = "Upgrade orders, newest first, each with the gate it waits on and since when",
            description = "Roles: a customer sees their own; upgrade_specialist, project_manager, "
                    + "installation_engineer and admin every order (or one customer's, customerId). status filters "
                    + "by status. Paged: page from 0, size 1-100 (default 20).")
    public Page<UpgradeSummary> list(
            @QueryParam("customerId") String customerId,
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return orders.list(
                        caller.actor(),
                        Params.optionalId("customerId", customerId).orElse(null),
                        Params.optionalEnum("status", status, UpgradeStatus.class),
                        Params.page(page, size))
                .map(UpgradeSummary::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({
        Roles.CUSTOMER,
        Roles.UPGRADE_SPECIALIST,
        Roles.PROJECT_MANAGER,
        Roles.INSTALLATION_ENGINEER,
        Roles.ADMIN
    })
    @Operation(
            summary = "An upgrade order: its status, the gate it waits on and since when, the steps allowed now, "
                    + "the estimate, the upgrade pack and the whole history",
            description = "Roles: the order's customer (another customer's order answers 404), upgrade_specialist, "
                    + "project_manager, installation_engineer, admin.")
    public UpgradeView get(@PathParam("id") long id) {
        return view(orders.find(caller.actor(), id));
    }

    @POST
    @Path("{id}/estimate")
    @RolesAllowed({Roles.UPGRADE_SPECIALIST, Roles.ADMIN})
    @Operation(
            summary = "Examination and estimate of the basic upgrade",
            description = "Roles: upgrade_specialist, admin. The price (more than zero), the decision whether minor "
                    + "design changes are included in the basic upgrade, notes, and the custom modifications (by "
                    + "position in the request, from 0) that are third-party software, with the reason: those are "
                    + "not re-implemented. Once the project managers' estimate is in too (when the customer asked "
                    + "for one), the order waits on the customer's CONFIRMATION gate." + STEP_ERRORS)
    public UpgradeView estimate(@PathParam("id") long id, @NotNull @Valid EstimateRequest body) {
        var estimate = new Estimate(
                body.price.toMoney("price"),
                body.minorDesignChanges,
                body.notes,
                body.thirdParty == null
                        ? List.of()
                        : body.thirdParty.stream()
                                .map(t -> new Estimate.ThirdParty(t.modification, t.reason))
                                .toList());
        return view(orders.estimate(caller.actor(), id, estimate));
    }

    @POST
    @Path("{id}/reimplementation-estimate")
    @RolesAllowed({Roles.PROJECT_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "The project managers' estimates of re-implementing the custom features and the design",
            description = "Roles: project_manager, admin. Only for an order whose customer asked for it. Prices in "
                    + "the estimate's currency, zero or more, together more than zero." + STEP_ERRORS)
    public UpgradeView estimateReimplementation(
            @PathParam("id") long id, @NotNull @Valid ReimplementationEstimate body) {
        return view(orders.estimateReimplementation(
                caller.actor(),
                id,
                body.featuresPrice.toMoney("featuresPrice"),
                body.designPrice.toMoney("designPrice"),
                body.notes));
    }

    @POST
    @Path("{id}/gate-decisions")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(
            summary = "Pass or reject the gate the order waits on",
            description = "Roles: the order's customer only; every staff role, admin included, is 403 (another "
                    + "customer's order is 404). gate names the gate the order waits on (CONFIRMATION, "
                    + "RESULT_CHECK, CUSTOM_CHECK, UPLOAD_CONFIRMATION); another is 409 rule step-out-of-order with "
                    + "allowedSteps. PASS moves the order on (passing CONFIRMATION issues its invoice: no work "
                    + "before it is paid); REJECT, with notes (400 without), sends it back to the work before the "
                    + "gate, and the history keeps both rounds.")
    @APIResponse(responseCode = "403", description = "Not the order's customer: staff never pass a gate")
    public UpgradeView decide(@PathParam("id") long id, @NotNull @Valid GateDecision body) {
        return view(orders.decide(caller.actor(), id, body.gate, body.decision == Decision.PASS, body.notes));
    }

    @POST
    @Path("{id}/schedule")
    @RolesAllowed({Roles.UPGRADE_SPECIALIST, Roles.INSTALLATION_ENGINEER, Roles.ADMIN})
    @Operation(
            summary = "Schedule the basic upgrade on the vendor's servers, once the invoice is paid",
            description = "Roles: upgrade_specialist, installation_engineer, admin. scheduledFor not in the past "
                    + "(400 naming it)." + STEP_ERRORS)
    public UpgradeView schedule(@PathParam("id") long id, @NotNull @Valid ScheduleRequest body) {
        return view(orders.schedule(caller.actor(), id, Params.inRange("scheduledFor", body.scheduledFor)));
    }

    @POST
    @Path("{id}/basic-upgrade-done")
    @RolesAllowed({Roles.UPGRADE_SPECIALIST, Roles.INSTALLATION_ENGINEER, Roles.ADMIN})
    @Operation(
            summary = "The basic upgrade is done on the vendor's servers: the customer checks the result",
            description = "Roles: upgrade_specialist, installation_engineer, admin. The order then waits on the "
                    + "RESULT_CHECK gate." + STEP_ERRORS)
    public UpgradeView basicUpgradeDone(@PathParam("id") long id, @NotNull @Valid StepNotes body) {
        return view(orders.basicUpgradeDone(caller.actor(), id, body.notes));
    }

    @POST
    @Path("{id}/reimplementation-done")
    @RolesAllowed({Roles.PROJECT_MANAGER, Roles.ADMIN})
    @Operation(
            summary = "The custom features and design are re-implemented: the customer checks them",
            description = "Roles: project_manager, admin. The order then waits on the CUSTOM_CHECK gate." + STEP_ERRORS)
    public UpgradeView reimplementationDone(@PathParam("id") long id, @NotNull @Valid StepNotes body) {
        return view(orders.reimplementationDone(caller.actor(), id, body.notes));
    }

    @POST
    @Path("{id}/upload-done")
    @RolesAllowed({Roles.UPGRADE_SPECIALIST, Roles.INSTALLATION_ENGINEER, Roles.ADMIN})
    @Operation(
            summary = "Uploaded to production with the data synchronized: the order is done",
            description = "Roles: upgrade_specialist, installation_engineer, admin. Only after the customer "
                    + "confirmed the upload." + STEP_ERRORS)
    public UpgradeView uploadDone(@PathParam("id") long id, @NotNull @Valid StepNotes body) {
        return view(orders.uploadDone(caller.actor(), id, body.notes));
    }

    private UpgradeView view(UpgradeOrder order) {
        return UpgradeView.of(order, orders.pack(order));
    }
}
