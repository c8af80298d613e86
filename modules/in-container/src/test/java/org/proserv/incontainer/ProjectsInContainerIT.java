package org.proserv.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;
import org.proserv.kernel.time.ApplicationClock;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.projects.api.ProjectInvoices;
import org.proserv.projects.billing.Billing;
import org.proserv.projects.billing.InvoiceStatus;
import org.proserv.projects.quotes.QuoteDraft;
import org.proserv.projects.quotes.QuoteStatus;
import org.proserv.projects.quotes.QuoteSweeps;
import org.proserv.projects.quotes.Quotes;
import org.proserv.projects.requests.RequestDraft;
import org.proserv.projects.requests.RequestKind;
import org.proserv.projects.requests.Requests;
import org.proserv.releases.catalog.Catalog;
import org.proserv.support.customers.Customers;

/**
 * The projects context inside Payara Micro, on a real database, with the support and releases contexts whose published
 * services it calls: the invoices it publishes to other contexts and the event it fires in the payment's transaction,
 * the domain events of quotes and invoices, and the expiry sweep that one bad row cannot stop.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectsInContainerIT {

    private static final Actor ADMIN = new Actor("in-container-admin", Role.admin, null);
    private static final Actor QUINN = new Actor("in-container-quinn", Role.quote_manager, null);

    @Deployment
    static WebArchive deployment() {
        return Deployments.of(
                "projects",
                Set.of("support", "releases"),
                ProjectsInContainerIT.class,
                ProjectsRows.class,
                InvoicePaidProbe.class);
    }

    @EJB
    ProjectInvoices invoices;

    @EJB
    Billing billing;

    @EJB
    Requests requests;

    @EJB
    Quotes quotes;

    @EJB
    QuoteSweeps sweeps;

    @EJB
    Customers customers;

    @EJB
    Catalog catalog;

    @EJB
    Transactions transactions;

    @EJB
    ProjectsRows rows;

    @Inject
    InvoicePaidProbe probe;

    @Inject
    ApplicationClock applicationClock;

    @Inject
    Clock clock;

    @Resource(lookup = "java:app/jdbc/proserv")
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactionRegistry;

    @Test
    void runsOnTheConfiguredDatabase() throws SQLException {
        Databases.assertConfigured(dataSource);
    }

    @Test
    void otherContextsIssueReadAndVoidInvoicesAndHearOfPaymentsInTheirTransaction() {
        long customer = customer().customerId();
        long order = invoices.issue(customer, usd("120.00"), "installation-order", 42, "Installation of X-Cart 4.7.12");
        var issued = invoices.invoice(order).orElseThrow();
        assertEquals("ISSUED", issued.status());
        assertEquals(usd("120.00"), issued.amount());
        assertEquals("installation-order", issued.subjectType());
        assertEquals(42, issued.subjectId());

        probe.clear();
        Object[] paymentTransaction = new Object[1];
        transactions.inNew(() -> {
            billing.pay(QUINN, order, usd("120.00"), "psp-1");
            paymentTransaction[0] = transactionRegistry.getTransactionKey();
            return null;
        });
        assertEquals(1, probe.seen().size());
        var paid = probe.seen().get(0);
        assertEquals(order, paid.invoiceId());
        assertEquals(customer, paid.customerId());
        assertEquals("installation-order", paid.subjectType());
        assertEquals(42, paid.subjectId());
        assertEquals(usd("120.00"), paid.amount());
        assertEquals(
                paymentTransaction[0], probe.transactionKeys().get(0), "observed inside the payment's transaction");
        assertEquals("PAID", invoices.invoice(order).orElseThrow().status());
        assertEquals(List.of("invoice.issued", "invoice.paid"), rows.eventTypes("invoice", order));

        // an observer that refuses rolls the payment back with its own change
        long refused = invoices.issue(customer, usd("80.00"), InvoicePaidProbe.REFUSED_SUBJECT, 43, "Refused order");
        assertThrows(RuntimeException.class, () -> billing.pay(QUINN, refused, usd("80.00"), null));
        assertEquals("ISSUED", invoices.invoice(refused).orElseThrow().status());
        assertEquals(0, rows.payments(refused));
        assertEquals(List.of("invoice.issued"), rows.eventTypes("invoice", refused));

        // void: an unpaid one, never a paid one
        long spare = invoices.issue(customer, usd("10.00"), "installation-order", 44, "Spare");
        assertEquals("VOID", invoices.voidUnpaid(spare).status());
        var paidOne = assertThrows(ProservException.class, () -> invoices.voidUnpaid(order));
        assertEquals(ProblemCategory.CONFLICT, paidOne.category());
        assertEquals(InvoiceStatus.VOID, billing.find(spare).orElseThrow().status());

        // the project subject is reserved, and the customer must exist
        assertEquals(
                "subjectType",
                assertThrows(ProservException.class, () -> invoices.issue(customer, usd("1.00"), "project", 1, "x"))
                        .fieldErrors()
                        .get(0)
                        .field());
        assertEquals(
                "customerId",
                assertThrows(ProservException.class, () -> invoices.issue(999_999_999L, usd("1.00"), "order", 1, "x"))
                        .fieldErrors()
                        .get(0)
                        .field());
        assertEquals(List.of(), invoices.invoice(999_999_999L).stream().toList());
    }

    @Test
    void quotesRecordTheirEventsAndTheExpirySweepIsStoppedByNoBadRow() {
        productWithVersion();
        var customer = customer();
        long request = requests.submit(customer, null, draft()).id();
        long accepted = quotes.send(QUINN, request, quote("300.00")).id();
        quotes.revise(QUINN, accepted, quote("320.00"), "more details");
        var acceptance = quotes.accept(customer, accepted, 2);
        assertEquals(List.of("quote.sent", "quote.revised", "quote.accepted"), rows.eventTypes("quote", accepted));
        long invoice = acceptance.invoices().get(0).id();
        assertEquals(List.of("invoice.issued"), rows.eventTypes("invoice", invoice));

        long expiring = quotes.send(QUINN, request, quote("100.00")).id();
        long broken = quotes.send(QUINN, request, quote("200.00")).id();
        rows.breakCurrency(broken, "ZZZ");
        var validUntil = quotes.find(ADMIN, broken).newest().validUntil();
        applicationClock.advance(Duration.between(clock.instant(), validUntil));

        sweeps.expireQuotes();
        assertEquals(QuoteStatus.EXPIRED, quotes.find(ADMIN, expiring).newest().status());
        assertEquals(QuoteStatus.SENT, newestStatus(broken), "its processing fails: rolled back alone");
        assertEquals(QuoteStatus.ACCEPTED, quotes.find(ADMIN, accepted).newest().status());
        sweeps.expireQuotes();
        assertEquals(List.of("quote.sent", "quote.expired"), rows.eventTypes("quote", expiring), "expired once");

        rows.breakCurrency(broken, "USD");
        sweeps.expireQuotes();
        assertEquals(QuoteStatus.EXPIRED, newestStatus(broken), "picked up by the next run");
        assertEquals(List.of("quote.sent", "quote.expired"), rows.eventTypes("quote", broken));
    }

    private QuoteStatus newestStatus(long quote) {
        return quotes.find(ADMIN, quote).newest().status();
    }

    private void productWithVersion() {
        if (catalog.byName("X-Cart").isEmpty()) {
            long product = catalog.createProduct(ADMIN, "X-Cart").id();
            catalog.addBranch(ADMIN, product, "4.7");
            catalog.addVersion(ADMIN, product, "4.7", "4.7.12", clock.instant().minus(Duration.ofDays(30)));
        }
    }

    private static RequestDraft draft() {
        return new RequestDraft(
                RequestKind.DEVELOPMENT,
                "Shipping labels",
                "Print labels",
                null,
                List.of(),
                null,
                "X-Cart",
                "4.7.12",
                List.of(),
                List.of(),
                List.of());
    }

    private static QuoteDraft quote(String price) {
        return new QuoteDraft(
                List.of(new QuoteDraft.Item("The work", 4, usd(price))),
                10,
                new QuoteDraft.Base("X-Cart", "4.7.12", List.of(), "Classic"),
                List.of());
    }

    private Actor customer() {
        String username = "customer-" + UUID.randomUUID().toString().substring(0, 8);
        var customer =
                customers.register("Customer " + username, username + "@example.com", username, "in-container-pass-1");
        return new Actor(username, Role.customer, customer.id());
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
