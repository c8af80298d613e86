package org.proserv.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.config.ConfigDefaults;

/**
 * The configuration reference (server-config/CONFIGURATION.md) against the one source of every default, the modules'
 * {@code META-INF/microprofile-config.properties} (this module's tests see all of them, as the deployed application
 * does), and against the keys the main sources of every module read. Adding a key without documenting it, or changing a
 * default on one side only, fails.
 */
class ConfigurationReferenceTest {

    private static final String OWN_KEYS = "proserv.";

    /** A table row of the reference: {@code | `key` | default | meaning |}. */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|\\s*([^|]*?)\\s*\\|");

    private static final Pattern QUOTED = Pattern.compile("`([^`]*)`");
    private static final Set<String> NO_DEFAULT = Set.of("(none)", "(unset)");

    /** A string literal that is a whole key, e.g. in {@code @ConfigProperty(name = "...")} or getProperty. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:proserv|mp)\\.[a-z0-9.-]*[a-z0-9])\"");

    private static final Pattern MPCONFIG_KEY = Pattern.compile("\\$\\{MPCONFIG=([a-z0-9.-]+)}");
    private static final Pattern DEFAULT_VALUE = Pattern.compile("@ConfigProperty\\s*\\([^)]*\\bdefaultValue\\b");

    private static Path root;
    /** Documented key to its documented default, {@code null} for a key documented without one. */
    private static Map<String, String> documented;

    private static Map<String, String> defaults;
    /** Key to the first main source file reading it. */
    private static Map<String, Path> read;

    private static List<Path> mainSources;

    @BeforeAll
    static void readEverySide() throws IOException {
        root = repositoryRoot();
        documented = documentedDefaults(root.resolve("server-config/CONFIGURATION.md"));
        defaults = ConfigDefaults.visibleTo(ConfigurationReferenceTest.class).values();
        mainSources = mainSources(root);
        read = keysRead(mainSources);
    }

    @Test
    void theScanFindsTheKnownKeysOnEverySide() {
        for (String key : List.of(
                "proserv.db.url",
                "proserv.calendar.zone",
                "proserv.support.first-response",
                "proserv.releases.guarantee",
                "proserv.test-clock.enabled",
                "proserv.bootstrap.admin.password")) {
            assertNotNull(read.get(key), key + " is not found in the main sources; found " + read.keySet());
            assertTrue(
                    documented.containsKey(key), key + " is not found in the reference; found " + documented.keySet());
        }
        for (String key : List.of(
                "proserv.db.url",
                "proserv.calendar.zone",
                "proserv.support.first-response",
                "proserv.releases.guarantee",
                "proserv.test-clock.enabled")) {
            assertNotNull(defaults.get(key), key + " has no default on the class path; found " + defaults.keySet());
        }
    }

    @Test
    void everyDocumentedDefaultIsTheOneInTheProperties() {
        List<String> offenders = new ArrayList<>();
        documented.forEach((key, documentedDefault) -> {
            String actual = defaults.get(key);
            if (documentedDefault == null && actual != null) {
                offenders.add(key + ": documented without default, but its default is `" + actual + "`");
            } else if (documentedDefault != null && !documentedDefault.equals(actual)) {
                offenders.add(key + ": documented `" + documentedDefault + "`, the default is "
                        + (actual == null ? "missing" : "`" + actual + "`"));
            }
        });
        assertEquals(
                List.of(),
                offenders,
                "server-config/CONFIGURATION.md and the " + ConfigDefaults.RESOURCE + " files disagree");
    }

    @Test
    void everyKeyReadOrDefaultedIsDocumented() {
        Set<String> undocumented = new TreeSet<>();
        read.keySet().stream().filter(key -> key.startsWith(OWN_KEYS)).forEach(undocumented::add);
        defaults.keySet().stream().filter(key -> key.startsWith(OWN_KEYS)).forEach(undocumented::add);
        undocumented.removeAll(documented.keySet());
        assertEquals(
                Set.of(),
                undocumented,
                "keys read by the code or given a default, missing in a table of "
                        + "server-config/CONFIGURATION.md (key | default | meaning)");
    }

    @Test
    void everyDocumentedKeyAndEveryDefaultIsReadByTheCode() {
        Set<String> stale = new TreeSet<>(documented.keySet());
        defaults.keySet().stream().filter(key -> key.startsWith(OWN_KEYS)).forEach(stale::add);
        stale.removeAll(read.keySet());
        assertEquals(Set.of(), stale, "keys documented or given a default that no main source reads");
    }

    @Test
    void noConfigPropertyCarriesItsOwnDefault() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path source : mainSources) {
            if (DEFAULT_VALUE.matcher(Files.readString(source)).find()) {
                offenders.add(root.relativize(source).toString());
            }
        }
        assertEquals(
                List.of(),
                offenders,
                "@ConfigProperty with a defaultValue: put the default in the module's " + ConfigDefaults.RESOURCE
                        + " instead, its one source");
    }

    // ------------------------------------------------------------------ reading

    /** The directory holding {@code .ci}, walking up from this module's directory. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".ci"))) {
                return dir;
            }
        }
        return fail("no directory holding .ci above " + Path.of("").toAbsolutePath());
    }

    private static Map<String, String> documentedDefaults(Path reference) throws IOException {
        var keys = new TreeMap<String, String>();
        for (String line : Files.readAllLines(reference)) {
            Matcher row = ROW.matcher(line);
            if (!row.find()) {
                continue;
            }
            String key = row.group(1);
            String cell = row.group(2);
            Matcher quoted = QUOTED.matcher(cell);
            String documentedDefault;
            if (NO_DEFAULT.contains(cell)) {
                documentedDefault = null;
            } else if (quoted.matches()) {
                documentedDefault = quoted.group(1);
            } else {
                return fail(key + ": the default column must be one `value`, (none) or (unset), not " + cell);
            }
            if (keys.containsKey(key)) {
                fail(key + " is documented twice");
            }
            keys.put(key, documentedDefault);
        }
        return keys;
    }

    /** The Java main sources of every module (modules/* and the EAR). */
    private static List<Path> mainSources(Path root) throws IOException {
        var modules = new ArrayList<Path>();
        try (Stream<Path> dirs = Files.list(root.resolve("modules"))) {
            dirs.forEach(modules::add);
        }
        modules.add(root.resolve("ear"));
        var sources = new ArrayList<Path>();
        for (Path module : modules) {
            Path main = module.resolve("src/main");
            if (!Files.isDirectory(main)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(main)) {
                files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(sources::add);
            }
        }
        return sources;
    }

    private static Map<String, Path> keysRead(List<Path> sources) throws IOException {
        var keys = new TreeMap<String, Path>();
        for (Path source : sources) {
            String text = Files.readString(source);
            for (Pattern pattern : List.of(KEY_LITERAL, MPCONFIG_KEY)) {
                Matcher key = pattern.matcher(text);
                while (key.find()) {
                    keys.putIfAbsent(key.group(1), source);
                }
            }
        }
        return keys;
    }
}
