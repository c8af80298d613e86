package org.proserv.rest.points;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.proserv.kernel.money.Money;
import org.proserv.rest.Roles;
import org.proserv.rest.json.MoneyInput;
import org.proserv.rest.points.PointsViews.CategoryView;
import org.proserv.rest.points.PointsViews.PackView;
import org.proserv.support.charging.Categories;
import org.proserv.support.charging.Pricing;
import org.proserv.support.points.PointsLedger;
import org.proserv.support.points.PointsPolicy;

@Path("support")
@RequestScoped
@Tag(name = "Support catalogue", description = "Point packs on sale and the issue categories' price list")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    /** A pack's points and its price: {@code price} with its currency, or {@code priceCents} in the configured one. */
    public static class PackPrice {
        static final long MAX_PRICE_CENTS = 100_000_000;

        @NotNull
        @Positive
        @Max(1_000_000)
        public Integer points;

        @Valid
        public MoneyInput price;

        @Min(0)
        @Max(MAX_PRICE_CENTS)
        @Schema(
                description = "The price in the configured currency's minor unit (proserv.currency); "
                        + "give either this or price")
        public Long priceCents;

        Money price(PointsPolicy policy) {
            if ((price == null) == (priceCents == null)) {
                throw ProservException.invalid(
                        "price",
                        price == null
                                ? "must not be null (or give priceCents)"
                                : "give either price or priceCents, not both");
            }
            if (priceCents != null) {
                return policy.price(priceCents);
            }
            Money money = price.toMoney("price");
            Money most = new Money(MAX_PRICE_CENTS, money.currency());
            if (money.isGreaterThan(most)) {
                throw ProservException.invalid("price.amount", "must be at most " + most.amount());
            }
            return money;
        }
    }

    public static class CategoryPrice {
        @NotNull
        @Min(0)
        @Max(1_000_000)
        public Integer points;

        @NotNull
        public Pricing pricing;
    }

    @EJB
    PointsLedger ledger;

    @Inject
    PointsPolicy points;

    @EJB
    Categories categories;

    @GET
    @Path("point-packs")
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN})
    @Operation(summary = "Point packs on sale", description = "Roles: any signed-in account.")
    public List<PackView> packs() {
        return ledger.catalogue().stream().map(PackView::of).toList();
    }

    @POST
    @Path("point-packs")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Put a new pack on sale",
            description = "Roles: admin. The price is either price "
                    + "({\"amount\": \"34.50\", \"currency\": \"USD\"}, at most the currency's fraction digits) or "
                    + "priceCents (in the configured currency).")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PackView.class)))
    public Response addPack(@NotNull @Valid PackPrice request) {
        return Response.status(201)
                .entity(PackView.of(ledger.addPack(request.points, request.price(points))))
                .build();
    }

    @PUT
    @Path("point-packs/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Change a pack's points or price (lots already bought keep theirs)",
            description = "Roles: admin. The price as when putting a pack on sale; it may change the currency.")
    public PackView repricePack(@PathParam("id") long id, @NotNull @Valid PackPrice request) {
        return PackView.of(ledger.repricePack(id, request.points, request.price(points)));
    }

    @DELETE
    @Path("point-packs/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Take a pack off sale", description = "Roles: admin.")
    public PackView withdrawPack(@PathParam("id") long id) {
        return PackView.of(ledger.withdrawPack(id));
    }

    @GET
    @Path("categories")
    @RolesAllowed({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN})
    @Operation(
            summary = "Issue categories and their prices in points",
            description = "Roles: any signed-in account. FIXED: the list price; FROM: staff set a price of at least "
                    + "the list price; ON_REQUEST: staff set the price. HotRush doubles it.")
    public List<CategoryView> categories() {
        return categories.all().stream().map(CategoryView::of).toList();
    }

    @PUT
    @Path("categories/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Change a category's price",
            description = "Roles: admin. Tickets already charged keep their charge.")
    public CategoryView reprice(@PathParam("code") String code, @NotNull @Valid CategoryPrice request) {
        return CategoryView.of(categories.reprice(code, request.points, request.pricing));
    }
}
