package org.proserv.rest.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ws.rs.HttpMethod;
import java.util.List;
import java.util.Set;
import org.proserv.rest.admin.AdminResource;
import org.proserv.rest.auth.TokenResource;
import org.proserv.rest.calendar.CalendarResource;
import org.proserv.rest.customers.CustomerResource;
import org.proserv.rest.releases.ProductResource;
import org.proserv.rest.staff.StaffResource;
import org.proserv.rest.tickets.TicketResource;

/**
 * The architecture rules over the compiled main classes of every module (this module's test classpath holds them all).
 * New packages, contexts, resources and operations are checked without being listed here.
 */
@AnalyzeClasses(packages = "org.proserv", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final ArchitectureRules RULES = new ArchitectureRules("org.proserv");

    /** The operations anyone may call without a token. Adding one here is a deliberate decision. */
    static final Set<String> PUBLIC_OPERATIONS = Set.of(
            "TokenResource#token",
            // the client credentials are the credential (OAuth 2.0 client credentials grant)
            "TokenResource#clientCredentials",
            // the current password is the credential: a reset account has no token until it changes it
            "TokenResource#changePassword",
            "CalendarResource#get",
            "CalendarResource#due",
            "CalendarResource#businessTime",
            // the vendor's release information, bug tracker and ideas board are public, as its tracker is
            "ProductResource#list",
            "ProductResource#get",
            "ProductResource#versions",
            "ProductResource#version",
            "ProductResource#patches",
            "ProductResource#security",
            "ProductResource#upgradePack",
            "PatchResource#get",
            "BugResource#list",
            "BugResource#similar",
            "BugResource#get",
            "BugResource#history",
            "IdeaResource#list",
            "IdeaResource#similar",
            "IdeaResource#get",
            // the prototype catalogue is the vendor's shop window
            "PrototypeResource#list",
            "PrototypeResource#get",
            // the featured stores are a public showcase
            "FeaturedStoreResource#listed");

    private static final List<Class<?>> KNOWN_RESOURCES = List.of(
            TokenResource.class,
            CalendarResource.class,
            CustomerResource.class,
            StaffResource.class,
            TicketResource.class,
            AdminResource.class,
            ProductResource.class);

    @ArchTest
    static final ArchRule contextsUseOnlyThemselvesTheKernelAndThePlatform =
            RULES.contextsUseOnlyThemselvesTheKernelAndThePlatform();

    @ArchTest
    static final ArchRule publishedApisExposeNoEntity = RULES.publishedApisExposeNoEntity();

    @ArchTest
    static final ArchRule noCyclesBetweenModules = RULES.noCyclesBetweenModules();

    @ArchTest
    static final ArchRule kernelDependsOnNothingElseOfTheApplication =
            RULES.kernelDependsOnNothingElseOfTheApplication();

    @ArchTest
    static final ArchRule platformDependsOnlyOnTheKernel = RULES.platformDependsOnlyOnTheKernel();

    @ArchTest
    static final ArchRule noPackageCyclesInsideAModule = RULES.noPackageCyclesInsideAModule();

    @ArchTest
    static final ArchRule timersHoldOnlyInjectedServices = RULES.timersHoldOnlyInjectedServices();

    @ArchTest
    static final ArchRule timerCallbacksOnlyCallTheirServices = RULES.timerCallbacksOnlyCallTheirServices();

    @ArchTest
    static final ArchRule operationsReturnNoEntity = RULES.operationsReturnNoEntity();

    @ArchTest
    static final ArchRule restRecordsHoldNoEntity = RULES.restRecordsHoldNoEntity();

    @ArchTest
    static final ArchRule entitiesCarryNoJsonBinding = RULES.entitiesCarryNoJsonBinding();

    @ArchTest
    static final ArchRule everyOperationDeclaresWhoMayCallIt = RULES.everyOperationDeclaresWhoMayCallIt();

    @ArchTest
    static final ArchRule onlyAllowListedOperationsArePublic =
            RULES.onlyAllowListedOperationsArePublic(PUBLIC_OPERATIONS);

    @ArchTest
    static final ArchRule operationsApiClientsMayCallDeclareTheirScope =
            RULES.operationsApiClientsMayCallDeclareTheirScope();

    @ArchTest
    static final ArchRule resourcesAreCdiBeans = RULES.resourcesAreCdiBeans();

    @ArchTest
    static void theAllowListNamesOnlyPublicOperations(JavaClasses classes) {
        assertEquals(
                Set.of(),
                RULES.staleAllowListEntries(classes, PUBLIC_OPERATIONS),
                "allow-listed public operations that are no longer public (remove them from the list)");
    }

    /** The rules see every module's main classes and no test class, or they would prove nothing. */
    @ArchTest
    static void theImportHoldsTheMainClassesOfEveryModule(JavaClasses classes) {
        for (String module :
                List.of("kernel", "platform", "support", "releases", "projects", "installations", "rest")) {
            assertTrue(classes.containPackage("org.proserv." + module), "no classes of " + module + " imported");
        }
        assertTrue(
                classes.stream().noneMatch(type -> type.getPackageName().startsWith("org.proserv.fixture")),
                "the fixtures of the rules were imported as application classes");
        for (Class<?> known : KNOWN_RESOURCES) {
            JavaClass resource = classes.get(known);
            assertTrue(
                    resource.getMethods().stream().anyMatch(method -> method.isMetaAnnotatedWith(HttpMethod.class)),
                    known.getSimpleName() + " has no operations?");
        }
    }
}
