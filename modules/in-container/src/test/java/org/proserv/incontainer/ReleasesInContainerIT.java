package org.proserv.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.releases.catalog.Catalog;
import org.proserv.releases.tracker.BugReport;
import org.proserv.releases.tracker.Bugs;

/**
 * The releases context inside Payara Micro, on a real database, through its EJB services: one deployment (one server
 * boot) for all of it. The duplicate index learns whether it is current from a counter row kept by native SQL; that row
 * must say what the table holds, and roll back with it.
 */
@ExtendWith(ArquillianExtension.class)
class ReleasesInContainerIT {

    private static final Actor ADMIN = new Actor("in-container-admin", Role.admin, null);
    private static final Actor ENGINEER = new Actor("in-container-engineer", Role.engineer, null);

    @Deployment
    static WebArchive deployment() {
        return Deployments.of("releases", ReleasesInContainerIT.class, ReleasesRows.class);
    }

    @EJB
    Catalog catalog;

    @EJB
    Bugs bugs;

    @EJB
    Transactions transactions;

    @EJB
    ReleasesRows rows;

    @Inject
    Clock clock;

    @Resource(lookup = "java:app/jdbc/proserv")
    DataSource dataSource;

    @Test
    void runsOnTheConfiguredDatabase() throws SQLException {
        Databases.assertConfigured(dataSource);
    }

    @Test
    void theEntryCounterSaysWhatTheTableHolds() {
        long product = productWithVersion();
        assertEquals(List.of(), rows.bugEntryCount(product), "no row before the first report");
        List<Long> ids = List.of(
                report(product, "Blank checkout page"),
                report(product, "Coupon code ignored"),
                report(product, "Totals rounded wrongly"));

        var reports = bugs.list(Optional.of(product), Optional.empty(), new PageRequest(0, PageRequest.MAX_SIZE));
        long highest = reports.items().stream().mapToLong(BugReport::id).max().orElseThrow();
        assertEquals(List.of(reports.total(), highest), rows.bugEntryCount(product));
        assertEquals((long) ids.get(2), highest);
    }

    @Test
    void anApplicationExceptionMidUseCaseLeavesNothingBehind() {
        long product = productWithVersion();
        report(product, "Blank checkout page");
        List<Long> counted = rows.bugEntryCount(product);
        long reported = total(product);

        var refused = assertThrows(
                ProservException.class,
                () -> transactions.inNew(() -> {
                    report(product, "Coupon code ignored");
                    return bugs.report(
                            ENGINEER, product, "9.9.9", "Totals rounded wrongly", "Add two items", "9.99", "10");
                }));
        assertEquals("version", refused.fieldErrors().get(0).field());
        assertEquals(reported, total(product), "the report stored before the refusal is rolled back");
        assertEquals(counted, rows.bugEntryCount(product), "and so is its count");
    }

    private long productWithVersion() {
        long product = catalog.createProduct(
                        ADMIN, "Product " + UUID.randomUUID().toString().substring(0, 8))
                .id();
        catalog.addBranch(ADMIN, product, "1.0");
        catalog.addVersion(ADMIN, product, "1.0", "1.0.0", clock.instant().minus(Duration.ofDays(1)));
        return product;
    }

    private long report(long product, String title) {
        return bugs.report(
                        ENGINEER,
                        product,
                        "1.0.0",
                        title,
                        "Add a product to the cart and check out",
                        "The order total",
                        "A blank page")
                .bug()
                .id();
    }

    private long total(long product) {
        return bugs.list(Optional.of(product), Optional.empty(), new PageRequest(0, 1))
                .total();
    }
}
