package org.proserv.micro;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Proserv server for the whole black-box run of a database: Payara Micro with the real WAR, on H2 or on a
 * PostgreSQL server started here (system property {@code proserv.it.database}). Test classes run with
 * {@code @ExtendWith(TestServer.Extension.class)} and get a {@link TestServer} parameter; the server boots once and
 * stops at the end of the run. Tests keep apart by creating their own customers and staff, never by sharing state.
 */
public final class TestServer {

    static final String ADMIN_PASSWORD = "admin-it-password";
    static final String SCRAPE_TOKEN = "scrape-it-token-0123456789";

    private final ProservClient anonymous;
    private final String database;

    private TestServer(ProservClient anonymous, String database) {
        this.anonymous = anonymous;
        this.database = database;
    }

    public ProservClient anonymous() {
        return anonymous;
    }

    public ProservClient admin() {
        return anonymous.as("admin", ADMIN_PASSWORD);
    }

    public String database() {
        return database;
    }

    /** A fresh name, so that every test has people of its own. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Moves the server's clock forward (the test clock is enabled on test servers). */
    public void advanceClock(Duration by) {
        var answer = admin().post(
                        "/api/admin/clock/advance",
                        Json.createObjectBuilder().add("by", by.toString()).build());
        if (answer.status() != 200) {
            throw new IllegalStateException("cannot move the clock: " + answer);
        }
    }

    /** Closes the calendar on the given dates (comma-separated), for a run pinned to a holiday. */
    private void closeOn(String dates) {
        for (String date : dates.split(",")) {
            if (date.isBlank()) {
                continue;
            }
            var answer = admin().put(
                            "/api/calendar/holidays/" + date.strip(),
                            Json.createObjectBuilder()
                                    .add("name", "Holiday of this test run")
                                    .build());
            if (answer.status() / 100 != 2) {
                throw new IllegalStateException("cannot close the calendar on " + date + ": " + answer);
            }
        }
    }

    /** Hands test methods the one running server, starting it on first use. */
    public static final class Extension implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestServer.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot()
                    .getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class)
                    .server;
        }
    }

    /** The running processes, closed by JUnit when the whole run ends. */
    private static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final PayaraMicroServer micro;
        private final EmbeddedPostgres postgres;
        private final TestServer server;

        private Running(PayaraMicroServer micro, EmbeddedPostgres postgres, TestServer server) {
            this.micro = micro;
            this.postgres = postgres;
            this.server = server;
        }

        static Running start() {
            String database = System.getProperty("proserv.it.database", "h2");
            Path work = Path.of("target", "it-" + database).toAbsolutePath();
            try {
                deleteRecursively(work);
                Files.createDirectories(work);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> env = new HashMap<>(Map.of(
                    "PROSERV_DATA_DIR",
                    work.resolve("data").toString(),
                    "PROSERV_BOOTSTRAP_ADMIN_PASSWORD",
                    ADMIN_PASSWORD,
                    "PROSERV_TEST_CLOCK_ENABLED",
                    "true",
                    "PROSERV_METRICS_SCRAPE_TOKEN",
                    SCRAPE_TOKEN,
                    // the tests' webhook receivers listen on 127.0.0.1
                    "PROSERV_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES",
                    "true",
                    // hundreds of accounts are made and signed in; OWASP's cost would dominate the run
                    "PROSERV_PASSWORD_ITERATIONS",
                    "10000"));
            EmbeddedPostgres postgres = null;
            if (database.equals("postgresql")) {
                postgres = startPostgres(work.resolve("postgres"));
                env.put("PROSERV_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
                env.put("PROSERV_DB_URL", "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres");
                env.put("PROSERV_DB_USER", "postgres");
                env.put("PROSERV_DB_PASSWORD", "postgres");
            } else if (!database.equals("h2")) {
                throw new IllegalArgumentException("proserv.it.database must be h2 or postgresql, not " + database);
            }
            String clockStart = System.getProperty("proserv.it.clock-start", "");
            if (!clockStart.isBlank()) {
                env.put("PROSERV_TEST_CLOCK_START", clockStart);
            }
            var micro = PayaraMicroServer.start(env, 0, work.resolve("server.log"));
            var server = new TestServer(new ProservClient(micro.baseUri()), database);
            server.closeOn(System.getProperty("proserv.it.holidays", ""));
            return new Running(micro, postgres, server);
        }

        private static EmbeddedPostgres startPostgres(Path dir) {
            try {
                return EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(true)
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("max_connections", "100")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start PostgreSQL", e);
            }
        }

        @Override
        public void close() throws IOException {
            micro.close();
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
