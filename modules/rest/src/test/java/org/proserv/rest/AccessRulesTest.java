package org.proserv.rest;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.proserv.rest.admin.AdminResource;
import org.proserv.rest.auth.TokenResource;
import org.proserv.rest.calendar.CalendarResource;
import org.proserv.rest.customers.CustomerResource;
import org.proserv.rest.staff.StaffResource;
import org.proserv.rest.tickets.TicketResource;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Deny by default: every REST operation states who may call it. Scans the compiled main classes
 * of this module, so a new resource or operation is checked without being listed here.
 */
class AccessRulesTest {

    private static final String ROOT_PACKAGE = "org.proserv.rest";

    /** The operations anyone may call without a token. Adding one here is a deliberate decision. */
    private static final Set<String> PUBLIC_OPERATIONS = Set.of(
            "TokenResource#token",
            // the current password is the credential: a reset account has no token until it changes it
            "TokenResource#changePassword",
            "CalendarResource#get",
            "CalendarResource#due",
            "CalendarResource#businessTime",
            // the vendor's release information, bug tracker and ideas board are public, as its tracker is
            "ProductResource#list", "ProductResource#get", "ProductResource#versions", "ProductResource#version",
            "ProductResource#patches", "ProductResource#security", "ProductResource#upgradePack",
            "PatchResource#get",
            "BugResource#list", "BugResource#similar", "BugResource#get", "BugResource#history",
            "IdeaResource#list", "IdeaResource#similar", "IdeaResource#get");

    private static final List<Class<?>> KNOWN_RESOURCES = List.of(
            TokenResource.class, CalendarResource.class, CustomerResource.class,
            StaffResource.class, TicketResource.class, AdminResource.class);

    private static List<Class<?>> scanned;

    @BeforeAll
    static void scanMainClasses() throws IOException, URISyntaxException {
        scanned = mainClasses();
    }

    @Test
    void theScanFindsEveryKnownResourceAndItsOperations() {
        List<Class<?>> resources = resourceClasses();
        for (Class<?> known : KNOWN_RESOURCES) {
            assertTrue(resources.contains(known), "the scan missed " + known.getName() + "; found " + names(resources));
            assertFalse(operations(known).isEmpty(), known.getSimpleName() + " has no operations?");
        }
    }

    @Test
    void everyOperationDeclaresWhoMayCallIt() {
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : scanned) {
            for (Method operation : operations(type)) {
                if (!hasAccessRule(operation) && !hasAccessRule(type)) {
                    offenders.add(name(type, operation));
                }
            }
        }
        if (!offenders.isEmpty()) {
            fail("Operations without @RolesAllowed, @PermitAll or @DenyAll (on the method or its class): "
                    + offenders);
        }
    }

    @Test
    void onlyTheAllowListedOperationsArePublic() {
        Set<String> publicOperations = new TreeSet<>();
        for (Class<?> type : scanned) {
            for (Method operation : operations(type)) {
                if (isPublic(type, operation)) {
                    publicOperations.add(type.getSimpleName() + "#" + operation.getName());
                }
            }
        }

        Set<String> unexpected = new TreeSet<>(publicOperations);
        unexpected.removeAll(PUBLIC_OPERATIONS);
        if (!unexpected.isEmpty()) {
            fail("Operations open to anyone but not on the allow-list of public operations: " + unexpected);
        }
        Set<String> stale = new TreeSet<>(PUBLIC_OPERATIONS);
        stale.removeAll(publicOperations);
        if (!stale.isEmpty()) {
            fail("Allow-listed public operations that are no longer public (remove them from the list): " + stale);
        }
    }

    @Test
    void everyResourceIsACdiBean() {
        List<String> offenders = resourceClasses().stream()
                .filter(type -> !type.isAnnotationPresent(RequestScoped.class)
                        && !type.isAnnotationPresent(ApplicationScoped.class))
                .map(Class::getName)
                .toList();
        if (!offenders.isEmpty()) {
            fail("Resources that are not CDI beans (@RequestScoped or @ApplicationScoped); their injections "
                    + "would be null in the EAR: " + offenders);
        }
    }

    // ------------------------------------------------------------------ scanning

    private static List<Class<?>> resourceClasses() {
        return scanned.stream().filter(type -> type.isAnnotationPresent(Path.class)).toList();
    }

    /**
     * Public methods carrying an HTTP method designator. Every scanned class is inspected, not only
     * those annotated {@code @Path}, so that sub-resources are covered too.
     */
    private static List<Method> operations(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(method -> method.getDeclaringClass() != Object.class)
                .filter(method -> !method.isBridge() && !method.isSynthetic())
                .filter(AccessRulesTest::hasHttpMethod)
                .toList();
    }

    private static boolean hasHttpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static boolean hasAccessRule(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class)
                || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    /** A method-level rule overrides the class-level one. */
    private static boolean isPublic(Class<?> type, Method operation) {
        if (hasAccessRule(operation)) {
            return operation.isAnnotationPresent(PermitAll.class);
        }
        return type.isAnnotationPresent(PermitAll.class);
    }

    /** Every class compiled from this module's main sources under {@value #ROOT_PACKAGE}. */
    private static List<Class<?>> mainClasses() throws IOException, URISyntaxException {
        // java.nio.file.Path spelled out: Path here is the JAX-RS annotation
        var root = java.nio.file.Path.of(
                ProservApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(root), "expected the compiled main classes directory, got " + root);
        ClassLoader loader = AccessRulesTest.class.getClassLoader();
        try (var files = Files.walk(root.resolve(ROOT_PACKAGE.replace('.', '/')))) {
            return files
                    .map(file -> root.relativize(file).toString())
                    .filter(file -> file.endsWith(".class") && !file.endsWith("package-info.class"))
                    .map(file -> file.substring(0, file.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .sorted()
                    .map(name -> load(name, loader))
                    .collect(Collectors.toList());
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }

    private static String name(Class<?> type, Method method) {
        return type.getName() + "#" + method.getName();
    }

    private static List<String> names(List<Class<?>> types) {
        return types.stream().map(Class::getSimpleName).toList();
    }
}
