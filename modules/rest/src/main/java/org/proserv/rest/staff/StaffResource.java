package org.proserv.rest.staff;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Account;
import org.proserv.platform.accounts.Accounts;
import org.proserv.platform.accounts.Role;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.security.Caller;

@Path("")
@RequestScoped
@Tag(name = "Accounts", description = "Staff accounts and the caller's own profile")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    public static class NewStaff {
        @NotBlank
        @Pattern(
                regexp = "[A-Za-z0-9._-]{3,64}",
                message = "must be 3 to 64 letters, digits, dots, dashes or underscores")
        public String username;

        @NotBlank
        @Size(min = 8, max = 200)
        public String password;

        @NotNull
        public Role role;

        @NotBlank
        @Size(max = 200)
        public String displayName;
    }

    public static class PasswordReset {
        @NotBlank
        @Size(min = 8, max = 200)
        public String newPassword;
    }

    public record AccountView(String username, Role role, Long customerId, String displayName) {
        static AccountView of(Account a) {
            return new AccountView(a.username(), a.role(), a.customerId().orElse(null), a.displayName());
        }
    }

    @EJB
    Accounts accounts;

    @Inject
    Caller caller;

    @POST
    @Path("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Create a staff account",
            description = "Roles: admin. Any role but customer: dispatcher, engineer (support); quote_manager, "
                    + "director, developer, designer, qa (projects); upgrade_specialist, project_manager, "
                    + "installation_engineer (installations); admin.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountView.class)))
    public Response create(@NotNull @Valid NewStaff request) {
        if (request.role == Role.customer) {
            throw ProservException.invalid("role", "customers are registered through /api/customers");
        }
        if (request.role == Role.api_client) {
            throw ProservException.invalid("role", "integrators' systems are registered through /api/clients");
        }
        var account =
                accounts.create(request.username, request.password, request.role, null, request.displayName.trim());
        return Response.status(Response.Status.CREATED)
                .entity(AccountView.of(account))
                .build();
    }

    @GET
    @Path("staff")
    @RolesAllowed({
        Roles.ADMIN,
        Roles.DISPATCHER,
        Roles.ENGINEER,
        Roles.QUOTE_MANAGER,
        Roles.DIRECTOR,
        Roles.DEVELOPER,
        Roles.DESIGNER,
        Roles.QA,
        Roles.UPGRADE_SPECIALIST,
        Roles.PROJECT_MANAGER,
        Roles.INSTALLATION_ENGINEER
    })
    @Operation(
            summary = "Staff of one role, e.g. the engineers a dispatcher can assign",
            description = "Roles: any staff role.")
    public List<AccountView> list(@QueryParam("role") String role) {
        Role wanted = Params.optionalEnum("role", role, Role.class)
                .orElseThrow(() -> ProservException.invalid("role", "is required"));
        if (wanted == Role.customer) {
            throw ProservException.invalid("role", "must be a staff role");
        }
        return accounts.staff(wanted).stream().map(AccountView::of).toList();
    }

    @PUT
    @Path("accounts/{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Reset someone's password",
            description = "Roles: admin. The holder must change it (POST /api/auth/password) before signing in "
                    + "again: until then the token endpoint answers 403 urn:proserv:problem:password-change-required. "
                    + "404 for an unknown username.")
    @APIResponse(responseCode = "204", description = "Reset")
    public Response resetPassword(@PathParam("username") String username, @NotNull @Valid PasswordReset request) {
        accounts.resetPassword(username, request.newPassword);
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.DISPATCHER, Roles.ENGINEER})
    @Operation(summary = "The caller's own account", description = "Roles: any signed-in account.")
    public AccountView me() {
        return accounts.find(caller.actor().username())
                .map(AccountView::of)
                .orElseThrow(() ->
                        ProservException.notFound("Account", caller.actor().username()));
    }
}
