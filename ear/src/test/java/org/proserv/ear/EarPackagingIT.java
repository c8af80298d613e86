package org.proserv.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The layout a full application server expects of {@code target/proserv.ear}: the EJB jars and the REST WAR as modules,
 * the kernel and the third-party jars once in {@code lib/} (the library directory, visible to every module), a skinny
 * WAR, and none of the server's own APIs.
 */
class EarPackagingIT {

    private static final List<String> MODULES = List.of(
            "proserv-installations.jar",
            "proserv-platform.jar",
            "proserv-projects.jar",
            "proserv-releases.jar",
            "proserv-rest.war",
            "proserv-support.jar");

    private static Path ear;
    private static List<String> entries;

    @BeforeAll
    static void readEar() throws IOException {
        String property = System.getProperty("proserv.ear");
        assertNotNull(property, "system property proserv.ear is not set (run by maven-failsafe-plugin)");
        ear = Path.of(property);
        assertTrue(Files.isRegularFile(ear), "missing " + ear);
        try (var zip = new ZipFile(ear.toFile())) {
            entries = zip.stream().map(ZipEntry::getName).collect(Collectors.toList());
        }
    }

    @Test
    void applicationXmlNamesTheModulesAndTheLibraryDirectory() throws Exception {
        Document application = xml("META-INF/application.xml");
        assertEquals(List.of("lib"), texts(application, "library-directory"));
        assertEquals(
                List.of(
                        "proserv-platform.jar",
                        "proserv-support.jar",
                        "proserv-releases.jar",
                        "proserv-projects.jar",
                        "proserv-installations.jar"),
                texts(application, "ejb"));
        assertEquals(List.of("proserv-rest.war"), texts(application, "web-uri"));
        assertEquals(List.of("/"), texts(application, "context-root"));
    }

    @Test
    void onlyTheModulesAreAtTheRoot() {
        assertEquals(
                MODULES,
                entries.stream()
                        .filter(name -> !name.contains("/") && (name.endsWith(".jar") || name.endsWith(".war")))
                        .sorted()
                        .collect(Collectors.toList()));
    }

    @Test
    void libHoldsTheKernelAndTheThirdPartyJarsButNoModuleAndNoServerApi() {
        List<String> lib = entries.stream()
                .filter(name -> name.startsWith("lib/") && name.endsWith(".jar"))
                .map(name -> name.substring("lib/".length()))
                .collect(Collectors.toList());
        for (String expected :
                List.of("proserv-kernel-", "flyway-core-", "flyway-database-postgresql-", "postgresql-", "h2-")) {
            assertTrue(lib.stream().anyMatch(jar -> jar.contains(expected)), expected + "*.jar is not in lib/: " + lib);
        }
        assertEquals(
                List.of(),
                lib.stream()
                        .filter(jar -> jar.contains("proserv-platform")
                                || jar.contains("proserv-support")
                                || jar.contains("proserv-rest")
                                || jar.contains("proserv-micro"))
                        .collect(Collectors.toList()),
                "modules in lib/");
        assertEquals(
                List.of(),
                lib.stream()
                        .filter(jar ->
                                jar.contains("jakarta") || jar.contains("microprofile") || jar.contains("javaee"))
                        .collect(Collectors.toList()),
                "APIs the server provides, packed in lib/");
        assertEquals(
                List.of(),
                entries.stream()
                        .filter(name -> name.startsWith("lib/") && name.indexOf('/', 4) > 0)
                        .collect(Collectors.toList()),
                "sub-directories of lib/ (not on the class path)");
    }

    @Test
    void theWarIsSkinnyAndTheEjbJarsNestNothing() throws IOException {
        assertEquals(
                List.of(),
                nestedEntries("proserv-rest.war").stream()
                        .filter(name -> name.startsWith("WEB-INF/lib/") && name.endsWith(".jar"))
                        .collect(Collectors.toList()),
                "jars in the REST WAR: its libraries must come from the EAR's lib/");
        for (String ejbJar : List.of("proserv-platform.jar", "proserv-support.jar", "proserv-releases.jar")) {
            assertEquals(
                    List.of(),
                    nestedEntries(ejbJar).stream()
                            .filter(name -> name.endsWith(".jar"))
                            .collect(Collectors.toList()),
                    "jars nested in " + ejbJar);
        }
    }

    /**
     * MicroProfile Config reads every {@code META-INF/microprofile-config.properties} the application's class loader
     * sees: the EJB jars' and those of the jars in lib/, the kernel's among them.
     */
    @Test
    void everyModuleCarriesItsConfigurationDefaultsWhereTheApplicationSeesThem() throws IOException {
        String defaults = "META-INF/microprofile-config.properties";
        for (String ejbJar : List.of("proserv-platform.jar", "proserv-support.jar", "proserv-releases.jar")) {
            assertTrue(nestedEntries(ejbJar).contains(defaults), ejbJar + " has no " + defaults);
        }
        String kernel = entries.stream()
                .filter(name -> name.startsWith("lib/") && name.contains("proserv-kernel-"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no kernel jar in lib/"));
        assertTrue(nestedEntries(kernel).contains(defaults), kernel + " has no " + defaults);
    }

    private static Document xml(String entry) throws Exception {
        try (var zip = new ZipFile(ear.toFile())) {
            ZipEntry found = zip.getEntry(entry);
            assertNotNull(found, entry + " is missing in " + ear);
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            try (InputStream in = zip.getInputStream(found)) {
                return factory.newDocumentBuilder().parse(in);
            }
        }
    }

    private static List<String> texts(Document document, String element) {
        var nodes = document.getElementsByTagNameNS("*", element);
        var values = new ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }

    private static List<String> nestedEntries(String module) throws IOException {
        try (var zip = new ZipFile(ear.toFile())) {
            ZipEntry entry = zip.getEntry(module);
            assertNotNull(entry, module + " is missing in " + ear);
            var names = new ArrayList<String>();
            try (var in = new ZipInputStream(zip.getInputStream(entry))) {
                for (ZipEntry nested = in.getNextEntry(); nested != null; nested = in.getNextEntry()) {
                    names.add(nested.getName());
                }
            }
            return names;
        }
    }
}
