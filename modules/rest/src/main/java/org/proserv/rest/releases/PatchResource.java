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
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.releases.patches.PatchDraft;
import org.proserv.releases.patches.PatchFile;
import org.proserv.releases.patches.PatchKind;
import org.proserv.releases.patches.Patches;
import org.proserv.releases.patches.Severity;
import org.proserv.rest.Roles;
import org.proserv.rest.releases.ReleaseViews.PatchView;
import org.proserv.rest.security.Caller;

@Path("patches")
@RequestScoped
@Tag(name = "Patches", description = "Bug-fix and security patches: publishing, reading, prerequisites")
@Produces(MediaType.APPLICATION_JSON)
public class PatchResource {

    public static class FileRef {
        @NotBlank
        @Size(max = 500)
        public String path;

        @NotBlank
        @Pattern(regexp = "[0-9A-Fa-f]{8,128}", message = "must be the file's checksum as 8 to 128 hexadecimal digits")
        public String checksum;
    }

    public static class NewPatch {
        @NotNull
        @Positive
        public Long productId;

        @NotNull
        public PatchKind kind;

        public Severity severity;

        @NotBlank
        @Size(max = 200)
        public String title;

        @Size(max = 20000)
        public String description;

        @NotNull
        @Size(min = 1, max = 200)
        public List<@NotBlank @Size(max = 40) String> versions;

        @Size(max = 500)
        public List<@NotNull @Valid FileRef> files;

        @Size(max = 1000)
        public List<@NotNull @Positive Long> prerequisites;

        public Instant releasedAt;
        public Boolean manualOnly;

        @Size(max = 500)
        public String manualNote;

        @Size(max = 2000)
        public String decisionNote;
    }

    public static class Prerequisites {
        @NotNull
        @Size(max = 1000)
        public List<@NotNull @Positive Long> prerequisites;
    }

    @EJB
    Patches patches;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Publish a patch for given versions",
            description =
                    "Roles: staff (dispatcher, engineer, admin). 409 (rule no-bug-fix-out-of-guarantee) for a BUG_FIX "
                            + "patch naming a version out of guarantee: the answer for those is an upgrade. A SECURITY "
                            + "patch "
                            + "needs a severity and may name such versions: the decision is recorded with it "
                            + "(guaranteeException), "
                            + "with its reasons, so decisionNote is then required (400 naming it). Prerequisites must "
                            + "be patches "
                            + "of the product (400 naming unknown ones). releasedAt defaults to now, never in the "
                            + "future nor before "
                            + "1990-01-01. A file path must name a file (400 on files for /, a directory, . or ..).")
    public Response publish(@NotNull @Valid NewPatch request) {
        var files = request.files == null
                ? List.<PatchFile>of()
                : request.files.stream()
                        .map(f -> new PatchFile(f.path, f.checksum))
                        .toList();
        var draft = new PatchDraft(
                request.kind,
                request.severity,
                request.title.trim(),
                request.description,
                request.versions.stream().map(String::trim).toList(),
                files,
                request.prerequisites == null ? Set.of() : Set.copyOf(request.prerequisites),
                request.releasedAt,
                Boolean.TRUE.equals(request.manualOnly),
                request.manualNote,
                request.decisionNote);
        var patch = patches.publish(caller.actor(), request.productId, draft);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(patch.id()))
                        .build())
                .entity(PatchView.of(patch))
                .build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "A patch: its versions, files with expected checksums, prerequisites", description = "Public.")
    public PatchView get(@PathParam("id") long id) {
        return PatchView.of(patches.find(id));
    }

    @PUT
    @Path("{id}/prerequisites")
    @RolesAllowed({Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Replace a patch's prerequisites",
            description =
                    "Roles: staff. 409 naming the patches (cycle) when the product's prerequisites would form a cycle; "
                            + "400 naming unknown patches.")
    public PatchView replacePrerequisites(@PathParam("id") long id, @NotNull @Valid Prerequisites request) {
        return PatchView.of(patches.replacePrerequisites(caller.actor(), id, Set.copyOf(request.prerequisites)));
    }
}
