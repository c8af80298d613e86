package org.proserv.incontainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds a context's test deployment, on the client side: Payara Micro deploys no EARs, so it is a WAR holding the
 * context's EJB jar, the kernel, the platform and their libraries (with the context's own persistence.xml and
 * migrations inside its jar), the test classes, and the configuration that points the application's datasource at this
 * run's database (system property {@code proserv.in-container.database}: {@code h2} or {@code postgresql}).
 *
 * <p>The context's timers are left out: they only call the sweeps, which the tests call themselves, and a timer firing
 * in the middle of a test would race it for the rows it set up.
 */
final class Deployments {

    private static final Set<String> CONTEXTS = Set.of("support", "releases", "projects", "installations");

    private Deployments() {}

    static WebArchive of(String context, Class<?>... testClasses) {
        return of(context, Set.of(), testClasses);
    }

    /**
     * A deployment of {@code context} together with the contexts whose published services it calls ({@code uses}), each
     * without its timers.
     */
    static WebArchive of(String context, Set<String> uses, Class<?>... testClasses) {
        var war = ShrinkWrap.create(WebArchive.class, context + "-in-container.war")
                .addClasses(testClasses)
                .addClasses(Transactions.class, Databases.class)
                .addAsResource(new StringAsset(configuration(context)), "META-INF/microprofile-config.properties");
        for (Path jar : libraries()) {
            String name = jar.getFileName().toString();
            var deployed = CONTEXTS.stream()
                    .filter(c -> name.startsWith("proserv-" + c + "-"))
                    .findFirst();
            if (deployed.isEmpty()) {
                war.addAsLibrary(jar.toFile());
            } else if (deployed.get().equals(context) || uses.contains(deployed.get())) {
                war.addAsLibrary(withoutTimers(jar, deployed.get()));
            }
        }
        return war;
    }

    /** This run's database: {@code h2} or {@code postgresql}. */
    static String database() {
        return System.getProperty("proserv.in-container.database", "h2");
    }

    private static List<Path> libraries() {
        Path dir = Path.of(required("proserv.in-container.libs"));
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the deployment's libraries in " + dir, e);
        }
    }

    private static JavaArchive withoutTimers(Path jar, String context) {
        var archive = ShrinkWrap.createFromZipFile(JavaArchive.class, jar.toFile());
        String timers = "/org/proserv/" + context + "/timers/";
        List<ArchivePath> drop = archive.getContent().keySet().stream()
                .filter(path -> path.get().startsWith(timers))
                .toList();
        drop.forEach(archive::delete);
        return archive;
    }

    /** Settings of the application (MicroProfile Config keys), above its defaults and below the environment. */
    private static String configuration(String context) {
        var config = new StringBuilder("config_ordinal=200\n")
                .append("proserv.test-clock.enabled=true\n")
                .append("proserv.test-clock.start=")
                .append(required("proserv.in-container.clock-start"))
                .append('\n')
                .append("proserv.password.iterations=10000\n");
        if (database().equals("postgresql")) {
            config.append("proserv.db.class=org.postgresql.ds.PGSimpleDataSource\n")
                    .append("proserv.db.url=")
                    .append(TestPostgres.databaseUrl("proserv_" + context))
                    .append('\n')
                    .append("proserv.db.user=")
                    .append(TestPostgres.USER)
                    .append('\n')
                    .append("proserv.db.password=")
                    .append(TestPostgres.PASSWORD)
                    .append('\n');
        } else if (database().equals("h2")) {
            Path dir = Path.of(required("proserv.in-container.work"), "h2-" + context)
                    .toAbsolutePath();
            deleteRecursively(dir);
            config.append("proserv.db.url=jdbc:h2:file:")
                    .append(dir.resolve("proserv"))
                    .append(";DB_CLOSE_ON_EXIT=FALSE\n");
        } else {
            throw new IllegalArgumentException(
                    "proserv.in-container.database must be h2 or postgresql, not " + database());
        }
        return config.toString();
    }

    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (run through Maven)");
        }
        return value;
    }
}
