package org.proserv.rest.projects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.kernel.paging.Page;
import org.proserv.platform.clients.Scope;
import org.proserv.projects.billing.Billing;
import org.proserv.rest.IdempotentRequests;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.rest.json.MoneyInput;
import org.proserv.rest.projects.ProjectViews.InvoiceDetail;
import org.proserv.rest.projects.ProjectViews.InvoiceView;
import org.proserv.rest.projects.ProjectViews.PaymentView;
import org.proserv.rest.security.Caller;
import org.proserv.rest.security.RequiresScope;

@Path("invoices")
@RequestScoped
@Tag(
        name = "Invoices",
        description = "Invoices of project parts and of other contexts' orders, and the payments recorded for them")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    public static class PaymentRequest {
        /** Exactly the amount due, in the invoice's currency. */
        @NotNull
        @Valid
        public MoneyInput amount;

        /** The payment system's own reference, if any. */
        @Size(max = 200)
        public String reference;
    }

    @EJB
    Billing billing;

    @Inject
    Caller caller;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.QUOTE_MANAGER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(
            summary = "Invoices, newest first",
            description = "Roles: a customer sees their own; quote_manager, director and admin all (or one "
                    + "customer's, customerId). Paged: page from 0, size 1-100 (default 20).")
    public Page<InvoiceView> list(
            @QueryParam("customerId") String customerId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return billing.list(
                        caller.actor(),
                        Params.optionalId("customerId", customerId).orElse(null),
                        Params.page(page, size))
                .map(InvoiceView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.QUOTE_MANAGER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(
            summary = "An invoice with its payment, once paid",
            description = "Roles: the customer (another customer's invoice answers 404), quote_manager, director, "
                    + "admin.")
    public InvoiceDetail get(@PathParam("id") long id) {
        var invoice = billing.find(caller.actor(), id);
        return new InvoiceDetail(
                InvoiceView.of(invoice),
                billing.paymentOf(id).map(PaymentView::of).orElse(null));
    }

    @POST
    @Path("{id}/payments")
    @RolesAllowed({Roles.QUOTE_MANAGER, Roles.ADMIN, Roles.API_CLIENT})
    @RequiresScope(Scope.PAYMENTS_WRITE_NAME)
    @Parameter(
            name = IdempotentRequests.HEADER,
            in = ParameterIn.HEADER,
            description = "idempotency key: a retry with the same key and body replays the first answer")
    @Operation(
            summary = "Record the payment of an invoice",
            description = "Roles: quote_manager, admin, API clients with payments:write (the vendor's payment system). "
                    + "Exactly the amount due, in the invoice's currency (422 rule exact-amount-due, with "
                    + "amountDue); once: a paid invoice is 409 rule invoice-already-paid, a void one 409 rule "
                    + "invoice-void. However many requests pay one invoice at once, one payment is recorded. "
                    + "Accepts an Idempotency-Key header: a retry with the same key and body returns the first "
                    + "response without a second effect; the same key with another body is 422; while the first is "
                    + "still running, 409.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = InvoiceDetail.class)))
    public Response pay(@PathParam("id") long id, @NotNull @Valid PaymentRequest body) {
        var actor = caller.actor();
        return idempotent.run(actor, headers, uri, body, 201, () -> {
            var payment = billing.pay(actor, id, body.amount.toMoney("amount"), body.reference);
            return new InvoiceDetail(InvoiceView.of(billing.find(actor, id)), PaymentView.of(payment));
        });
    }
}
