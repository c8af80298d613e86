package org.proserv.rest.customers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.kernel.paging.Page;
import org.proserv.releases.catalog.Catalog;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.security.Caller;
import org.proserv.support.customers.Customer;
import org.proserv.support.customers.Customers;
import org.proserv.support.customers.Licence;
import org.proserv.support.customers.Subscription;

@Path("customers")
@RequestScoped
@Tag(name = "Customers", description = "Customers, their licences and support subscriptions")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    public static class NewCustomer {
        @NotBlank
        @Size(max = 200)
        public String name;

        @NotBlank
        @Email
        @Size(max = 254)
        public String email;

        @NotBlank
        @Pattern(
                regexp = "[A-Za-z0-9._-]{3,64}",
                message = "must be 3 to 64 letters, digits, dots, dashes or underscores")
        public String username;

        @NotBlank
        @Size(min = 8, max = 200)
        public String password;
    }

    public static class NewLicence {
        @NotBlank
        @Size(max = 100)
        public String product;

        @NotBlank
        @Size(max = 40)
        public String version;

        @NotNull
        public Boolean withSupport;
    }

    public static class NewSubscription {
        @NotNull
        public Instant startsAt;

        @NotNull
        public Instant endsAt;
    }

    public record CustomerView(long id, String name, String email, Instant createdAt) {
        static CustomerView of(Customer c) {
            return new CustomerView(c.id(), c.name(), c.email(), c.createdAt());
        }
    }

    public record LicenceView(long id, long customerId, String product, String version, boolean withSupport) {
        static LicenceView of(Licence l) {
            return new LicenceView(l.id(), l.customerId(), l.product(), l.version(), l.withSupport());
        }
    }

    public record SubscriptionView(long id, long customerId, Instant startsAt, Instant endsAt) {
        static SubscriptionView of(Subscription s) {
            return new SubscriptionView(s.id(), s.customerId(), s.startsAt(), s.endsAt());
        }
    }

    @EJB
    Customers customers;

    /** Licences are for products and versions the releases catalogue knows. */
    @EJB
    Catalog catalog;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a customer with the account its people sign in with", description = "Roles: admin.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CustomerView.class)))
    public Response register(@NotNull @Valid NewCustomer request) {
        var customer =
                customers.register(request.name.trim(), request.email.trim(), request.username, request.password);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(customer.id()))
                        .build())
                .entity(CustomerView.of(customer))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DISPATCHER, Roles.ENGINEER})
    @Operation(summary = "All customers, paged", description = "Roles: admin, dispatcher, engineer.")
    public Page<CustomerView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        var request = Params.page(page, size);
        return Page.of(customers.list(request), request, customers.count()).map(CustomerView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.DISPATCHER, Roles.ENGINEER})
    @Operation(summary = "One customer", description = "Roles: staff; a customer only themself (others answer 404).")
    public CustomerView get(@PathParam("id") long id) {
        return CustomerView.of(customers.find(caller.actor(), id));
    }

    @POST
    @Path("{id}/licences")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Record a licence the customer bought",
            description = "Roles: admin. The product and version are names the releases catalogue knows: 400 naming "
                    + "product (no such product) or version (no such version of it, with the versions it has).")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LicenceView.class)))
    public Response addLicence(@PathParam("id") long id, @NotNull @Valid NewLicence request) {
        var known = catalog.requireKnownVersion("product", request.product.trim(), "version", request.version.trim());
        var licence = customers.addLicence(id, known.version().product().name(), known.name(), request.withSupport);
        return Response.status(Response.Status.CREATED)
                .entity(LicenceView.of(licence))
                .build();
    }

    @GET
    @Path("{id}/licences")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.DISPATCHER, Roles.ENGINEER})
    @Operation(summary = "The customer's licences", description = "Roles: staff; a customer only their own.")
    public List<LicenceView> licences(@PathParam("id") long id) {
        return customers.licences(caller.actor(), id).stream()
                .map(LicenceView::of)
                .toList();
    }

    @POST
    @Path("{id}/subscriptions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record a paid support subscription period", description = "Roles: admin.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionView.class)))
    public Response addSubscription(@PathParam("id") long id, @NotNull @Valid NewSubscription request) {
        var subscription = customers.addSubscription(
                id, Params.inRange("startsAt", request.startsAt), Params.inRange("endsAt", request.endsAt));
        return Response.status(Response.Status.CREATED)
                .entity(SubscriptionView.of(subscription))
                .build();
    }

    @GET
    @Path("{id}/subscriptions")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.DISPATCHER, Roles.ENGINEER})
    @Operation(
            summary = "The customer's support subscriptions",
            description = "Roles: staff; a customer only their own.")
    public List<SubscriptionView> subscriptions(@PathParam("id") long id) {
        return customers.subscriptions(caller.actor(), id).stream()
                .map(SubscriptionView::of)
                .toList();
    }
}
