package org.proserv.rest.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Schedules;
import jakarta.ejb.Timeout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.proserv.rest.security.RequiresScope;

/**
 * The architecture rules, stated over the packages under one root: {@code org.proserv} for the application, another
 * root for the fixtures that prove each rule reports what it forbids.
 *
 * <p>Under the root, {@code kernel} and {@code platform} are shared, {@code rest} composes, and every other top-level
 * package is a bounded context (support, releases, and whichever come next), so a new context is covered the day its
 * first class compiles. A context may call another only through the services the other publishes in its {@code api}
 * package.
 */
final class ArchitectureRules {

    private static final String KERNEL = "kernel";
    private static final String PLATFORM = "platform";
    private static final String REST = "rest";
    /** The package below a context's top-level package where it publishes what other contexts may call. */
    private static final String API = "api";

    private static final String API_CLIENT = "api_client";
    /** What a context may use besides itself, the kernel and the platform: the JDK, Jakarta EE, MicroProfile. */
    private static final List<String> CONTEXT_LIBRARIES =
            List.of("java.", "javax.", "jakarta.", "org.eclipse.microprofile.");

    private static final String JSON_BINDING = "jakarta.json.bind.annotation";

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    // ------------------------------------------------------------------ boundaries

    ArchRule contextsUseOnlyThemselvesTheKernelAndThePlatform() {
        return classes()
                .that(resideInAContext())
                .should(dependOnlyOnTheirContextTheKernelThePlatformAndTheJavaPlatform())
                .because("bounded contexts refer to each other by id and call each other only through the services "
                        + "each publishes in its api package, never through each other's entities or tables");
    }

    /** What a context publishes in its {@code api} package is services, ids and records: never its entities. */
    ArchRule publishedApisExposeNoEntity() {
        return methods()
                .that(arePublicMethodsOfAPublishedApi())
                .should(takeAndReturnNoEntity())
                .allowEmptyShould(true)
                .because("another context holds only ids and values of this one, never its managed entities");
    }

    /** Contexts depend on each other in one direction only (installations on projects, projects on support...). */
    ArchRule noCyclesBetweenModules() {
        return slices().matching(root + ".(*)..").namingSlices("$1").should().beFreeOfCycles();
    }

    ArchRule kernelDependsOnNothingElseOfTheApplication() {
        return noClasses()
                .that()
                .resideInAPackage(pkg(KERNEL))
                .should()
                .dependOnClassesThat(inTheApplicationOutside(KERNEL))
                .because("the kernel is shared by every module and knows none of them");
    }

    ArchRule platformDependsOnlyOnTheKernel() {
        return noClasses()
                .that()
                .resideInAPackage(pkg(PLATFORM))
                .should()
                .dependOnClassesThat(inTheApplicationOutside(KERNEL, PLATFORM))
                .because("the platform serves every context and knows none of them");
    }

    /** Slices are the packages one level below a module's top-level package ({@code support.tickets}...). */
    ArchRule noPackageCyclesInsideAModule() {
        return slices().matching(root + ".(*).(*)..")
                .namingSlices("$1.$2")
                .should()
                .beFreeOfCycles();
    }

    // ------------------------------------------------------------------ timers

    ArchRule timersHoldOnlyInjectedServices() {
        return classes()
                .that(areTimers())
                .should(holdOnlyInjectedServices())
                .because("a timer only delegates to an idempotent sweep, which owns the persistence work");
    }

    ArchRule timerCallbacksOnlyCallTheirServices() {
        return methods()
                .that(areTimerCallbacks())
                .should(onlyCallTheInjectedServicesOfTheirClass())
                .because("a timer only delegates to an idempotent sweep, which any node may run at any time");
    }

    // ------------------------------------------------------------------ entities never reach JSON

    /**
     * What an operation returns, its type arguments, and the components of the records among them (to any depth) are
     * never entities. A {@code Response}'s entity is chosen at run time and cannot be checked here; the views resources
     * put in responses are records, which the next rule checks.
     */
    ArchRule operationsReturnNoEntity() {
        return methods()
                .that(areOperations())
                .should(returnNoEntity())
                .because("resources answer with views (records), never with entities");
    }

    ArchRule restRecordsHoldNoEntity() {
        return classes()
                .that()
                .resideInAPackage(pkg(REST))
                .and()
                .areRecords()
                .should(holdNoEntity())
                .because("the views of the REST edge are serialized whole");
    }

    ArchRule entitiesCarryNoJsonBinding() {
        return classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .should(carryNoJsonBindingAnnotation())
                .because("entities are never serialized; their views are");
    }

    // ------------------------------------------------------------------ access rules

    /** Deny by default: every operation states who may call it, on itself or on its class. */
    ArchRule everyOperationDeclaresWhoMayCallIt() {
        return methods().that(areOperations()).should(declareWhoMayCallThem());
    }

    /** An operation open to anyone ({@code @PermitAll}) is on the allow-list: a deliberate decision. */
    ArchRule onlyAllowListedOperationsArePublic(Set<String> publicOperations) {
        return methods().that(areOperations()).should(beOnTheAllowListIfPublic(publicOperations));
    }

    /** The allow-listed operations ({@code Resource#method}) that are not, or no longer, public. */
    Set<String> staleAllowListEntries(JavaClasses classes, Set<String> publicOperations) {
        Set<String> stale = new TreeSet<>(publicOperations);
        classes.stream()
                .flatMap(type -> type.getMethods().stream())
                .filter(areOperations())
                .filter(ArchitectureRules::isPublic)
                .forEach(operation -> stale.remove(key(operation)));
        return stale;
    }

    /**
     * Deny by default for API clients too: an operation their role may call names the scope it needs, on itself or its
     * class, and a scope is named only where their role may call.
     */
    ArchRule operationsApiClientsMayCallDeclareTheirScope() {
        return methods().that(areOperations()).should(declareAScopeExactlyWhereApiClientsMayCall());
    }

    /** Injection into a resource that is not a CDI bean would be null in the EAR. */
    ArchRule resourcesAreCdiBeans() {
        return classes()
                .that()
                .resideInAPackage(pkg(REST))
                .and()
                .areAnnotatedWith(Path.class)
                .should()
                .beAnnotatedWith(RequestScoped.class)
                .orShould()
                .beAnnotatedWith(ApplicationScoped.class);
    }

    // ------------------------------------------------------------------ predicates

    private String pkg(String module) {
        return root + "." + module + "..";
    }

    /** The top-level package under the root a package belongs to, if it is under the root. */
    private Optional<String> module(String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return Optional.empty();
        }
        String below = packageName.substring(root.length() + 1);
        int dot = below.indexOf('.');
        return Optional.of(dot < 0 ? below : below.substring(0, dot));
    }

    private boolean inTheApplication(String packageName) {
        return packageName.equals(root) || packageName.startsWith(root + ".");
    }

    private boolean isContext(String module) {
        return !module.equals(KERNEL) && !module.equals(PLATFORM) && !module.equals(REST);
    }

    private DescribedPredicate<JavaClass> resideInAContext() {
        return describe(
                "reside in a bounded context under " + root,
                type -> module(type.getPackageName()).filter(this::isContext).isPresent());
    }

    /** A context's published language: {@code <root>.<context>.api} and below. */
    private boolean isPublishedApi(String packageName) {
        return module(packageName)
                .filter(this::isContext)
                .map(context -> packageName.equals(root + "." + context + "." + API)
                        || packageName.startsWith(root + "." + context + "." + API + "."))
                .orElse(false);
    }

    private DescribedPredicate<JavaMethod> arePublicMethodsOfAPublishedApi() {
        return describe(
                "are public methods of a context's api package",
                method -> method.getModifiers().contains(JavaModifier.PUBLIC)
                        && isPublishedApi(method.getOwner().getPackageName()));
    }

    private DescribedPredicate<JavaClass> inTheApplicationOutside(String... modules) {
        String[] allowed = List.of(modules).stream().map(this::pkg).toArray(String[]::new);
        return resideInAPackage(root + "..")
                .and(not(resideInAnyPackage(allowed)))
                .as("are in the application outside " + String.join(", ", modules));
    }

    private DescribedPredicate<JavaClass> areTimers() {
        return resideInAPackage(root + "..timers..")
                .or(describe(
                        "have a timer callback",
                        type -> type.getMethods().stream().anyMatch(ArchitectureRules::isTimerCallback)))
                .as("are timers (in a timers package, or with a timer callback)");
    }

    private static DescribedPredicate<JavaMethod> areTimerCallbacks() {
        return describe("are timer callbacks (@Schedule, @Schedules, @Timeout)", ArchitectureRules::isTimerCallback);
    }

    private static boolean isTimerCallback(JavaMethod method) {
        return method.isAnnotatedWith(Schedule.class)
                || method.isAnnotatedWith(Schedules.class)
                || method.isAnnotatedWith(Timeout.class);
    }

    private DescribedPredicate<JavaMethod> areOperations() {
        return describe(
                "are REST operations (an HTTP method designator, under " + root + "." + REST + ")",
                method -> module(method.getOwner().getPackageName())
                                .filter(REST::equals)
                                .isPresent()
                        && method.isMetaAnnotatedWith(HttpMethod.class));
    }

    private static boolean isEntity(JavaClass type) {
        return type.isAnnotatedWith(Entity.class)
                || type.getAllRawSuperclasses().stream().anyMatch(parent -> parent.isAnnotatedWith(Entity.class));
    }

    private static boolean hasAccessRule(CanBeAnnotated element) {
        return element.isAnnotatedWith(RolesAllowed.class)
                || element.isAnnotatedWith(PermitAll.class)
                || element.isAnnotatedWith(DenyAll.class);
    }

    /** A method-level rule overrides the class-level one. */
    private static boolean isPublic(JavaMethod operation) {
        if (hasAccessRule(operation)) {
            return operation.isAnnotatedWith(PermitAll.class);
        }
        return operation.getOwner().isAnnotatedWith(PermitAll.class);
    }

    private static String key(JavaMethod operation) {
        return operation.getOwner().getSimpleName() + "#" + operation.getName();
    }

    private boolean isInjectedService(JavaField field) {
        return (field.isAnnotatedWith(EJB.class) || field.isAnnotatedWith(Inject.class))
                && inTheApplication(field.getRawType().getPackageName());
    }

    private static boolean isStatic(JavaMember member) {
        return member.getModifiers().contains(JavaModifier.STATIC);
    }

    // ------------------------------------------------------------------ conditions

    private ArchCondition<JavaClass> dependOnlyOnTheirContextTheKernelThePlatformAndTheJavaPlatform() {
        return new ArchCondition<>("depend only on their own context, the kernel, the platform, the JDK, "
                + "Jakarta EE and MicroProfile") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String own = module(type.getPackageName()).orElseThrow();
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (target.isPrimitive() || allowed(own, target.getPackageName())) {
                        continue;
                    }
                    events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                }
            }
        };
    }

    private boolean allowed(String ownContext, String targetPackage) {
        Optional<String> module = module(targetPackage);
        if (module.isPresent()) {
            return module.get().equals(ownContext)
                    || module.get().equals(KERNEL)
                    || module.get().equals(PLATFORM)
                    || isPublishedApi(targetPackage);
        }
        return !inTheApplication(targetPackage) && CONTEXT_LIBRARIES.stream().anyMatch(targetPackage::startsWith);
    }

    private ArchCondition<JavaClass> holdOnlyInjectedServices() {
        return new ArchCondition<>("hold only injected services of the application (no EntityManager, no state)") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaField field : type.getFields()) {
                    if (field.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                        continue;
                    }
                    if (field.isAnnotatedWith(PersistenceContext.class)
                            || field.getRawType().isAssignableTo(EntityManager.class)) {
                        events.add(SimpleConditionEvent.violated(
                                field, field.getFullName() + " is an EntityManager: the sweep it calls does the work"));
                    } else if (!isInjectedService(field)) {
                        events.add(SimpleConditionEvent.violated(
                                field, field.getFullName() + " is not an injected service of the application"));
                    }
                }
            }
        };
    }

    private ArchCondition<JavaMethod> onlyCallTheInjectedServicesOfTheirClass() {
        return new ArchCondition<>("only call the services injected into their class") {
            @Override
            public void check(JavaMethod callback, ConditionEvents events) {
                List<JavaField> services = callback.getOwner().getFields().stream()
                        .filter(field -> isInjectedService(field))
                        .toList();
                for (JavaAccess<?> access : callback.getAccessesFromSelf()) {
                    if (!delegates(access, callback.getOwner(), services)) {
                        events.add(SimpleConditionEvent.violated(
                                access,
                                access.getDescription()
                                        + ": a timer callback only calls the services injected into its class"));
                    }
                }
            }
        };
    }

    private static boolean delegates(JavaAccess<?> access, JavaClass owner, List<JavaField> services) {
        if (access instanceof JavaFieldAccess read) {
            return read.getTargetOwner().equals(owner)
                    && services.stream().anyMatch(field -> field.getName().equals(read.getName()));
        }
        if (access instanceof JavaMethodCall call) {
            String target = call.getTargetOwner().getName();
            return services.stream().anyMatch(field -> field.getRawType().isAssignableTo(target));
        }
        return false;
    }

    private static ArchCondition<JavaMethod> returnNoEntity() {
        return new ArchCondition<>("return no entity, not even as a type argument or a record component") {
            @Override
            public void check(JavaMethod operation, ConditionEvents events) {
                for (String path : entitiesReachedFrom(operation.getReturnType())) {
                    events.add(SimpleConditionEvent.violated(
                            operation, operation.getFullName() + " returns an entity: " + path));
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> takeAndReturnNoEntity() {
        return new ArchCondition<>("take and return no entity, not even as a type argument or a record component") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                List<JavaType> types = new ArrayList<>(method.getParameterTypes());
                types.add(method.getReturnType());
                for (JavaType type : types) {
                    for (String path : entitiesReachedFrom(type)) {
                        events.add(SimpleConditionEvent.violated(
                                method, method.getFullName() + " exposes an entity: " + path));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> holdNoEntity() {
        return new ArchCondition<>("have no component whose type is or holds an entity") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                for (JavaField component : view.getFields()) {
                    if (isStatic(component)) {
                        continue;
                    }
                    for (String path : entitiesReachedFrom(component.getType())) {
                        events.add(SimpleConditionEvent.violated(
                                component, component.getFullName() + " holds an entity: " + path));
                    }
                }
            }
        };
    }

    /** The entities a type names: itself, its type arguments, and the components of records among them. */
    private static List<String> entitiesReachedFrom(JavaType type) {
        List<String> found = new ArrayList<>();
        collectEntities(type, "", new HashSet<>(), found);
        return found;
    }

    private static void collectEntities(JavaType type, String via, Set<JavaClass> seen, List<String> found) {
        for (JavaClass involved : type.getAllInvolvedRawTypes()) {
            JavaClass raw = involved.getBaseComponentType();
            if (!seen.add(raw)) {
                continue;
            }
            if (isEntity(raw)) {
                found.add(via + raw.getName());
            } else if (raw.isRecord()) {
                for (JavaField component : raw.getFields()) {
                    if (!isStatic(component)) {
                        collectEntities(
                                component.getType(),
                                via + raw.getSimpleName() + "." + component.getName() + " -> ",
                                seen,
                                found);
                    }
                }
            }
        }
    }

    private static ArchCondition<JavaClass> carryNoJsonBindingAnnotation() {
        return new ArchCondition<>("carry no JSON-B annotation, on the class or its members") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                List<HasAnnotations<?>> elements = new ArrayList<>();
                elements.add(entity);
                elements.addAll(entity.getMembers());
                for (HasAnnotations<?> element : elements) {
                    for (JavaAnnotation<?> annotation : element.getAnnotations()) {
                        if (annotation.getRawType().getPackageName().equals(JSON_BINDING)) {
                            events.add(SimpleConditionEvent.violated(entity, annotation.getDescription()));
                        }
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> declareWhoMayCallThem() {
        return new ArchCondition<>(
                "declare who may call them (@RolesAllowed, @PermitAll or @DenyAll, " + "on the method or its class)") {
            @Override
            public void check(JavaMethod operation, ConditionEvents events) {
                if (!hasAccessRule(operation) && !hasAccessRule(operation.getOwner())) {
                    events.add(SimpleConditionEvent.violated(
                            operation, operation.getFullName() + " declares no access rule"));
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> declareAScopeExactlyWhereApiClientsMayCall() {
        return new ArchCondition<>(
                "declare a @RequiresScope if and only if the role " + API_CLIENT + " may call them") {
            @Override
            public void check(JavaMethod operation, ConditionEvents events) {
                boolean scoped = operation.isAnnotatedWith(RequiresScope.class)
                        || operation.getOwner().isAnnotatedWith(RequiresScope.class);
                boolean clientsMayCall = apiClientsMayCall(operation);
                if (clientsMayCall && !scoped) {
                    events.add(SimpleConditionEvent.violated(
                            operation,
                            key(operation) + " may be called by " + API_CLIENT + " but declares no @RequiresScope"));
                } else if (!clientsMayCall && operation.isAnnotatedWith(RequiresScope.class)) {
                    events.add(SimpleConditionEvent.violated(
                            operation,
                            key(operation) + " declares a @RequiresScope but " + API_CLIENT + " may not call it"));
                }
            }
        };
    }

    /** The role list that applies: the method's own rule, else its class's. */
    private static boolean apiClientsMayCall(JavaMethod operation) {
        HasAnnotations<?> ruled = hasAccessRule(operation) ? operation : operation.getOwner();
        if (!ruled.isAnnotatedWith(RolesAllowed.class)) {
            return false;
        }
        return List.of(ruled.getAnnotationOfType(RolesAllowed.class).value()).contains(API_CLIENT);
    }

    private static ArchCondition<JavaMethod> beOnTheAllowListIfPublic(Set<String> publicOperations) {
        return new ArchCondition<>("be on the allow-list of public operations if open to anyone") {
            @Override
            public void check(JavaMethod operation, ConditionEvents events) {
                if (isPublic(operation) && !publicOperations.contains(key(operation))) {
                    events.add(SimpleConditionEvent.violated(
                            operation,
                            key(operation) + " is open to anyone but not on the allow-list of public operations"));
                }
            }
        };
    }
}
