package org.proserv.rest.releases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.releases.patches.PatchPlanner;
import org.proserv.releases.patches.Patches;
import org.proserv.rest.Roles;
import org.proserv.rest.releases.ReleaseViews.PlanView;

@Path("patch-plans")
@RequestScoped
@Tag(name = "Patches")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PatchPlanResource {

    public static class ModifiedFile {
        @NotBlank
        @Size(max = 500)
        public String path;

        @Pattern(regexp = "[0-9A-Fa-f]{8,128}", message = "must be the file's checksum as 8 to 128 hexadecimal digits")
        public String checksum;
    }

    public static class PlanRequest {
        @NotNull
        @Positive
        public Long productId;

        @NotBlank
        @Size(max = 40)
        public String version;

        @Size(max = 10000)
        public List<@NotNull @Positive Long> appliedPatches;

        @Size(max = 10000)
        public List<@NotNull @Valid ModifiedFile> modifiedFiles;
        /** False when the installer may write none of the store's files (ownership, a read-only mount). */
        public Boolean filesWritable;
        /** Files, or directories covering the files under them, the installer may not write. */
        @Size(max = 10000)
        public List<@NotBlank @Size(max = 500) String> unwritablePaths;
    }

    @EJB
    Patches patches;

    @POST
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN})
    @Operation(
            summary = "The plan to patch a store: which patches, in which order, automatic or manual",
            description =
                    "Roles: any. Give the store's version, the patches it applied and the files it modified (with "
                            + "their "
                            + "current checksum when known: a file whose checksum is the one a patch expects does not "
                            + "count as "
                            + "modified). The answer lists the patches still to apply, prerequisites first (ties by "
                            + "release date, "
                            + "then id), each automatic or manual with every reason: modifiedFile, prerequisiteMissing,"
                            + " "
                            + "prerequisiteManual, manualOnly, filePermissions (a file the patch changes is not "
                            + "writable in the "
                            + "store: filesWritable false for the whole store, or the file or a directory above it "
                            + "listed in "
                            + "unwritablePaths). Patches changing the same file are followed in plan order: after "
                            + "an automatic step the file is as the next one expects; after a manual step, the next "
                            + "one changing "
                            + "it waits for it (prerequisiteManual naming the file). Applied patches may be patches of "
                            + "the "
                            + "version or patches of other versions its patches require. 400 naming applied ids that "
                            + "are unknown "
                            + "(unknownPatches) or other patches (otherVersionPatches); 409 naming a prerequisite "
                            + "cycle (cycle).")
    public PlanView plan(@NotNull @Valid PlanRequest request) {
        var modified = request.modifiedFiles == null
                ? List.<PatchPlanner.LocalFile>of()
                : request.modifiedFiles.stream()
                        .map(f -> new PatchPlanner.LocalFile(f.path, f.checksum))
                        .toList();
        var writable = PatchPlanner.Writable.of(
                request.filesWritable, request.unwritablePaths == null ? List.of() : request.unwritablePaths);
        return PlanView.of(patches.plan(
                request.productId,
                request.version.trim(),
                request.appliedPatches == null ? Set.of() : Set.copyOf(request.appliedPatches),
                modified,
                writable));
    }
}
