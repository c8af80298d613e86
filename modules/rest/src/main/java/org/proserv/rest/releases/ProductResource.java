package org.proserv.rest.releases;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.kernel.paging.Page;
import org.proserv.releases.catalog.Catalog;
import org.proserv.releases.patches.PatchKind;
import org.proserv.releases.patches.Patches;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.releases.ReleaseViews.BranchView;
import org.proserv.rest.releases.ReleaseViews.PatchView;
import org.proserv.rest.releases.ReleaseViews.ProductView;
import org.proserv.rest.releases.ReleaseViews.SecurityView;
import org.proserv.rest.releases.ReleaseViews.UpgradePackView;
import org.proserv.rest.releases.ReleaseViews.VersionView;
import org.proserv.rest.security.Caller;

@Path("products")
@RequestScoped
@Tag(
        name = "Releases",
        description =
                "Products, branches and versions with their guarantee status; security exposure and upgrade packs")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    /** Names of branches and versions: digits, letters, dots, dashes, underscores, plus signs. */
    static final String VERSION_NAME = "[A-Za-z0-9][A-Za-z0-9._+-]{0,39}";

    static final String VERSION_NAME_MESSAGE =
            "must be 1 to 40 letters, digits, dots, dashes, underscores or plus signs";

    public static class NewProduct {
        @NotBlank
        @Size(max = 100)
        public String name;
    }

    public static class NewBranch {
        @NotBlank
        @Pattern(regexp = VERSION_NAME, message = VERSION_NAME_MESSAGE)
        public String name;
    }

    public static class NewVersion {
        @NotBlank
        @Size(max = 40)
        public String branch;

        @NotBlank
        @Pattern(regexp = VERSION_NAME, message = VERSION_NAME_MESSAGE)
        public String name;

        @NotNull
        public Instant releasedAt;
    }

    @EJB
    Catalog catalog;

    @EJB
    Patches patches;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(summary = "The products, with their branches", description = "Public.")
    public List<ProductView> list() {
        return catalog.products().stream().map(ProductView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add a product", description = "Roles: admin. 409 when the name is taken.")
    public Response create(@NotNull @Valid NewProduct request) {
        var product = catalog.createProduct(caller.actor(), request.name.trim());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(product.id()))
                        .build())
                .entity(ProductView.of(product))
                .build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "A product, with its branches", description = "Public.")
    public ProductView get(@PathParam("id") long id) {
        return ProductView.of(catalog.product(id));
    }

    @POST
    @Path("{id}/branches")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Add a branch (4.1, 4.3...)",
            description = "Roles: admin. The highest branch number is the newest branch.")
    public Response addBranch(@PathParam("id") long id, @NotNull @Valid NewBranch request) {
        var branch = catalog.addBranch(caller.actor(), id, request.name);
        return Response.status(Response.Status.CREATED)
                .entity(BranchView.of(branch))
                .build();
    }

    @POST
    @Path("{id}/versions")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Record a released version on a branch",
            description = "Roles: admin. releasedAt must not be in the future, nor before 1990-01-01 (400 naming it). "
                    + "Answers the version with its status now.")
    public Response addVersion(@PathParam("id") long id, @NotNull @Valid NewVersion request) {
        var state = catalog.addVersion(caller.actor(), id, request.branch.trim(), request.name, request.releasedAt);
        return Response.created(uri.getAbsolutePathBuilder().path(state.name()).build())
                .entity(VersionView.of(state))
                .build();
    }

    @GET
    @Path("{id}/versions")
    @PermitAll
    @Operation(
            summary = "The product's versions, newest first, each labelled latest, obsolete or outOfGuarantee",
            description =
                    "Public. The status is computed from the clock when read: latest is the newest release of the "
                            + "newest branch; a version released more than the guarantee period ago (1 year by "
                            + "default) is "
                            + "outOfGuarantee and names the upgrade advised (upgradeTo); any other is obsolete. This "
                            + "is the "
                            + "list a client offers when a ticket is opened.")
    public List<VersionView> versions(@PathParam("id") long id) {
        return catalog.statuses(id).newestFirst().stream().map(VersionView::of).toList();
    }

    @GET
    @Path("{id}/versions/{version}")
    @PermitAll
    @Operation(summary = "One version with its status now", description = "Public.")
    public VersionView version(@PathParam("id") long id, @PathParam("version") String version) {
        var product = catalog.product(id);
        return VersionView.of(catalog.statuses(product).of(product.findVersion(version)));
    }

    @GET
    @Path("{id}/versions/{version}/patches")
    @PermitAll
    @Operation(
            summary = "The patches released for a version, oldest first",
            description = "Public. kind filters to BUG_FIX or SECURITY. Paged: page from 0, size 1-100 (default 20).")
    public Page<PatchView> patches(
            @PathParam("id") long id,
            @PathParam("version") String version,
            @QueryParam("kind") String kind,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return patches.forVersion(
                        id, version, Params.optionalEnum("kind", kind, PatchKind.class), Params.page(page, size))
                .map(PatchView::of);
    }

    @GET
    @Path("{id}/versions/{version}/security")
    @PermitAll
    @Operation(
            summary = "A version's security exposure",
            description =
                    "Public. The security patches released for this version (most severe first), and those released "
                            + "only for newer versions: issues a store on this version is not patched against.")
    public SecurityView security(@PathParam("id") long id, @PathParam("version") String version) {
        return SecurityView.of(patches.security(id, version));
    }

    @GET
    @Path("{id}/upgrade-pack")
    @PermitAll
    @Operation(
            summary = "The upgrade pack from one version to another",
            description =
                    "Public. Every patch released for the versions after from, up to and including to, each once, "
                            + "in order (by the first of those versions it applies to, then release date), with the "
                            + "total.")
    public UpgradePackView upgradePack(
            @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return UpgradePackView.of(patches.upgradePack(
                id, ReleaseParams.requiredText("from", from, 40), ReleaseParams.requiredText("to", to, 40)));
    }
}
