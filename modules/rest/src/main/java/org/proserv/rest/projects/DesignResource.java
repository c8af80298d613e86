package org.proserv.rest.projects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.projects.design.DesignCreations;
import org.proserv.projects.design.DesignImage;
import org.proserv.projects.design.ImageFormat;
import org.proserv.projects.design.ImagePage;
import org.proserv.projects.design.Sketch;
import org.proserv.rest.Roles;
import org.proserv.rest.projects.DesignViews.CreationView;
import org.proserv.rest.security.Caller;

@Path("projects/{id}/design")
@RequestScoped
@Tag(
        name = "Design creation",
        description = "A design creation project's two paid stages: sketch sets, then the refined design, its"
                + " deliverable images and the customer's approval")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DesignResource {

    public static class NewCreation {
        /** The pages the quote asked for, when more than the usual images. */
        @Positive
        @Max(100)
        public Integer pages;
    }

    public static class NewSketch {
        @NotBlank
        @Size(max = 200)
        public String title;

        @NotBlank
        @Size(max = 500)
        public String imageRef;
    }

    public static class NewSketchSet {
        @NotNull
        @Size(min = 1, max = 20)
        public List<@NotNull @Valid NewSketch> sketches;
    }

    public static class Choice {
        @NotNull
        @Positive
        public Integer sketch;
    }

    public static class Rejection {
        @Size(max = 2000)
        public String reason;
    }

    public static class NewImage {
        @NotNull
        public ImagePage page;

        @NotNull
        public ImageFormat format;

        @NotNull
        public Integer dpi;

        @NotBlank
        @Size(max = 500)
        public String imageRef;
    }

    public static class Deliverables {
        @NotNull
        @Size(max = 100)
        public List<@NotNull @Valid NewImage> images;
    }

    private static final String ALL =
            "Roles: the customer (another customer's project answers 404), designer," + " director, admin.";

    @EJB
    DesignCreations creations;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.DESIGNER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(summary = "The project's design creation: its stage, sketch sets and deliverables", description = ALL)
    public CreationView get(@PathParam("id") long id) {
        return CreationView.of(creations.find(caller.actor(), id));
    }

    @POST
    @RolesAllowed({Roles.DESIGNER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(
            summary = "Start stage 1 of a design creation project",
            description = "Roles: designer, director, admin. Only a DESIGN_CREATION project (409 rule"
                    + " not-design-creation), once its 40% invoice is paid (409 rule stage-1-unpaid, with"
                    + " invoiceId); once (409 rule design-creation-started). pages: the pages the quote asked for,"
                    + " when more than the usual number of images.")
    public CreationView start(@PathParam("id") long id, @NotNull @Valid NewCreation body) {
        return CreationView.of(creations.start(caller.actor(), id, body.pages));
    }

    @POST
    @Path("sketch-sets")
    @RolesAllowed({Roles.DESIGNER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(
            summary = "Offer a set of sketches",
            description = "Roles: designer, director, admin. In stage 1 only (409 rule design-stage), while no set"
                    + " waits for the customer (409 rule sketch-set-open); an ended creation is 409 rule"
                    + " design-creation-ended. Each sketch has a title and an image reference.")
    public CreationView offer(@PathParam("id") long id, @NotNull @Valid NewSketchSet body) {
        return CreationView.of(creations.offer(
                caller.actor(),
                id,
                body.sketches.stream().map(s -> new Sketch(s.title, s.imageRef)).toList()));
    }

    @POST
    @Path("sketch-sets/{set}/choice")
    @RolesAllowed({Roles.CUSTOMER, Roles.DESIGNER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(
            summary = "Choose a sketch of the open set",
            description = "The customer's alone: staff, even an admin, get 403. sketch numbers from 1; the set must"
                    + " be the open one (409 rule no-open-sketch-set).")
    public CreationView choose(@PathParam("id") long id, @PathParam("set") int set, @NotNull @Valid Choice body) {
        return CreationView.of(creations.choose(caller.actor(), id, set, body.sketch));
    }

    @POST
    @Path("sketch-sets/{set}/rejection")
    @RolesAllowed({Roles.CUSTOMER, Roles.DESIGNER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(
            summary = "Reject the open sketch set",
            description = "The customer's alone: staff, even an admin, get 403. Rejecting the last set allowed"
                    + " (proserv.projects.design.sketch-sets, 2) ends the creation: stage ENDED, to be ordered"
                    + " again with a new quote.")
    public CreationView reject(@PathParam("id") long id, @PathParam("set") int set, @NotNull @Valid Rejection body) {
        return CreationView.of(creations.reject(caller.actor(), id, set, body.reason));
    }

    @POST
    @Path("refinement")
    @RolesAllowed({Roles.DESIGNER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(
            summary = "Start stage 2: refine the chosen sketch",
            description = "Roles: designer, director, admin. Once a sketch is chosen (409 rule sketch-not-chosen)"
                    + " and the 60% invoice is paid (409 rule stage-2-unpaid, with invoiceId).")
    public CreationView refine(@PathParam("id") long id) {
        return CreationView.of(creations.startRefinement(caller.actor(), id));
    }

    @POST
    @Path("deliverables")
    @RolesAllowed({Roles.DESIGNER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(
            summary = "Deliver the refined design's images",
            description = "Roles: designer, director, admin. In stage 2. requiredImages to allowedImages images (4"
                    + " to 6, one per page when the quote asked for more pages), each with its page (HOME,"
                    + " PRODUCT_LIST, CATEGORY, PRODUCT_DETAILS, CART, OTHER), format (TIFF, JPG, PNG, PSD) and dpi"
                    + " 72 (400 naming images[i].dpi otherwise). Replaces earlier deliverables.")
    public CreationView deliver(@PathParam("id") long id, @NotNull @Valid Deliverables body) {
        return CreationView.of(creations.deliver(
                caller.actor(),
                id,
                body.images.stream()
                        .map(i -> new DesignImage(i.page, i.format, i.dpi, i.imageRef))
                        .toList()));
    }

    @POST
    @Path("approval")
    @RolesAllowed({Roles.CUSTOMER, Roles.DESIGNER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(
            summary = "Approve the refined design",
            description = "The customer's alone: staff, even an admin, get 403. In stage 2, with its deliverables"
                    + " (409 rule deliverables-missing).")
    public CreationView approve(@PathParam("id") long id) {
        return CreationView.of(creations.approve(caller.actor(), id));
    }
}
