package org.proserv.rest.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule reports the fixture classes that break it (org.proserv.fixture, a miniature application with
 * the real layout), and only those: a rule that reported nothing, or everything, would guard nothing.
 */
class ArchitectureRulesTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("org.proserv.fixture");
    private static final ArchitectureRules RULES = new ArchitectureRules("org.proserv.fixture");
    private static final String ORDER = "org.proserv.fixture.alpha.orders.Order";

    @Test
    void aContextUsingAnotherContextOrAnotherLibraryIsReported() {
        List<String> report = violations(RULES.contextsUseOnlyThemselvesTheKernelAndThePlatform());

        assertReported(report, "OrderDesk", "beta.billing.Invoice");
        assertReported(report, "OrderLinks", "org.glassfish.jersey.uri.UriTemplate");
        assertNotReported(
                report, "kernel.clock.Ticks", "platform.store.Store", "Shipment", "Order>", "beta.api.Billing");
    }

    @Test
    void aPublishedApiTakingOrReturningAnEntityIsReported() {
        List<String> report = violations(RULES.publishedApisExposeNoEntity());

        assertReported(report, "Billing.charge()", "beta.billing.Charge");
        assertReported(report, "Billing.refund(", "beta.billing.Charge");
        assertNotReported(report, "Billing.open(");
    }

    @Test
    void contextsDependingOnEachOtherBothWaysAreReported() {
        List<String> report = violations(RULES.noCyclesBetweenModules());

        assertReported(report, "OrderDesk.bill()", "beta.api.Billing.open(");
        assertReported(report, "Billing.open(", "alpha.api.Orders.total(");
        assertNotReported(report, "fixture.rest.");
    }

    @Test
    void theKernelUsingThePlatformIsReported() {
        List<String> report = violations(RULES.kernelDependsOnNothingElseOfTheApplication());

        assertReported(report, "LeakyTicks", "platform.store.Store");
        assertEquals(1, report.size(), String.join("\n", report));
    }

    @Test
    void thePlatformUsingAContextIsReported() {
        List<String> report = violations(RULES.platformDependsOnlyOnTheKernel());

        assertReported(report, "StoreListener", "alpha.orders.Order");
        assertNotReported(report, "kernel.clock.Ticks");
    }

    @Test
    void aPackageCycleInsideAContextIsReported() {
        List<String> report = violations(RULES.noPackageCyclesInsideAModule());

        assertReported(report, "alpha.orders", "alpha.shipping");
        assertNotReported(report, "kernel", "platform", "beta", "rest");
    }

    @Test
    void aTimerHoldingAnEntityManagerStateOrAnotherThanAServiceIsReported() {
        List<String> report = violations(RULES.timersHoldOnlyInjectedServices());

        assertReported(report, "QueryingTimer.em", "EntityManager");
        assertReported(report, "QueryingTimer.clock", "not an injected service");
        // outside a timers package, a schedule makes a class a timer
        assertReported(report, "OrderReminder.reminded", "not an injected service");
        assertNotReported(report, "SweepTimer");
    }

    @Test
    void aTimerCallbackDoingWorkItselfIsReported() {
        List<String> report = violations(RULES.timerCallbacksOnlyCallTheirServices());

        assertReported(report, "QueryingTimer.run()", "EntityManager.createQuery");
        assertReported(report, "OrderReminder.remind()", "OrderReminder.reminded");
        assertNotReported(report, "SweepTimer");
    }

    @Test
    void anOperationReturningAnEntityDirectlyAsATypeArgumentOrInARecordIsReported() {
        List<String> report = violations(RULES.operationsReturnNoEntity());

        assertReported(report, "OrderResource.entity()", "alpha.orders.Order");
        assertReported(report, "OrderResource.entities()", "alpha.orders.Order");
        assertReported(report, "OrderResource.wrapped()", "WrappedView.order -> " + ORDER);
        assertNotReported(report, "OrderResource.view()", "OrderResource.views()", "OrderResource.response()");
    }

    @Test
    void aRestRecordHoldingAnEntityIsReported() {
        List<String> report = violations(RULES.restRecordsHoldNoEntity());

        assertReported(report, "WrappedView.order", "alpha.orders.Order");
        assertReported(report, "OrdersView.orders", "alpha.orders.Order");
        assertReported(report, "NestedView.inner", "WrappedView.order -> " + ORDER);
        // a record of a context is not a view
        assertNotReported(report, "OrderView", "Shipment");
    }

    @Test
    void anEntityWithJsonBindingAnnotationsIsReported() {
        List<String> report = violations(RULES.entitiesCarryNoJsonBinding());

        assertReported(report, "JsonOrder", "JsonbPropertyOrder");
        assertReported(report, "JsonOrder", "JsonbTransient");
        assertEquals(2, report.size(), String.join("\n", report));
    }

    @Test
    void anOperationDeclaringNoAccessRuleIsReported() {
        List<String> report = violations(RULES.everyOperationDeclaresWhoMayCallIt());

        assertReported(report, "OrderResource.undeclared()", "no access rule");
        // a rule on the class covers its operations; @DenyAll is a rule
        assertEquals(1, report.size(), String.join("\n", report));
    }

    @Test
    void aPublicOperationMissingFromTheAllowListIsReported() {
        List<String> report = violations(RULES.onlyAllowListedOperationsArePublic(Set.of("OrderResource#listed")));

        assertReported(report, "OrderResource#open", "not on the allow-list");
        // public through its class's @PermitAll
        assertReported(report, "StatusResource#ping", "not on the allow-list");
        // a method's own rule overrides its class's; @DenyAll and @RolesAllowed are not public
        assertEquals(2, report.size(), String.join("\n", report));
    }

    @Test
    void allowListedOperationsThatAreNotPublicAreStale() {
        Set<String> allowList = Set.of("OrderResource#listed", "OrderResource#retired", "StatusResource#secret");

        assertEquals(
                Set.of("OrderResource#retired", "StatusResource#secret"),
                RULES.staleAllowListEntries(FIXTURES, allowList));
    }

    @Test
    void anOperationApiClientsMayCallWithoutAScopeOrAScopeWhereTheyMayNotAreReported() {
        List<String> report = violations(RULES.operationsApiClientsMayCallDeclareTheirScope());

        assertReported(report, "ScopedResource#unscoped", "declares no @RequiresScope");
        assertReported(report, "ScopedResource#pointless", "may not call it");
        // a scope on the operation or on its class; operations without api_client need none
        assertNotReported(report, "#scoped ", "#staffOnly", "ClassScopedResource");
        assertEquals(2, report.size(), String.join("\n", report));
    }

    @Test
    void aResourceThatIsNoCdiBeanIsReported() {
        List<String> report = violations(RULES.resourcesAreCdiBeans());

        assertReported(report, "UnscopedResource");
        assertEquals(1, report.size(), String.join("\n", report));
    }

    private static List<String> violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertTrue(result.hasViolation(), "'" + rule.getDescription() + "' reported no fixture");
        return result.getFailureReport().getDetails();
    }

    /** One line of the report names all the given parts. */
    private static void assertReported(List<String> report, String... parts) {
        assertTrue(
                report.stream().anyMatch(line -> List.of(parts).stream().allMatch(line::contains)),
                "no violation naming " + List.of(parts) + " in:\n" + String.join("\n", report));
    }

    private static void assertNotReported(List<String> report, String... parts) {
        for (String part : parts) {
            assertTrue(
                    report.stream().noneMatch(line -> line.contains(part)),
                    "a compliant " + part + " was reported:\n" + String.join("\n", report));
        }
    }
}
