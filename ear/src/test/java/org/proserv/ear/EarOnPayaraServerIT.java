package org.proserv.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Smoke test of the real EAR on Payara Server (full profile).
 *
 * <p>Makes a throw-away domain under {@code target/payara-it} (a copy of the distribution's {@code domain1}), starts it
 * once with its free ports and {@code server-config/payara-server/test-domain.asadmin} as pre-boot commands (so that
 * nothing ever listens on anything but 127.0.0.1), deploys {@code target/proserv.ear} with {@code asadmin deploy} on
 * its own H2 data directory and calls the API over loopback. The domain is stopped, and its process killed if it will
 * not stop, whatever happened.
 *
 * <p>asadmin's output is kept in {@code target/payara-it/asadmin.log}; it and the tail of the server log are printed
 * only when something fails.
 */
class EarOnPayaraServerIT {

    private static final String ADMIN_PASSWORD = "ear-admin-password";

    private static final String DOMAIN = "proserv-it";
    private static final String APP = "proserv";
    private static final String LOOPBACK = "127.0.0.1";
    private static final int SERVER_LOG_TAIL_LINES = 150;

    private static Path payaraHome;
    private static Path ear;
    private static Path domainCommands;
    private static Path work;
    private static Path domainsDir;
    private static Path asadminLog;
    private static Ports ports;
    private static Thread killOnExit;
    private static volatile Process runningAsadmin;
    private static boolean deployed;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @RegisterExtension
    static final ServerLogOnFailure SERVER_LOG_ON_FAILURE = new ServerLogOnFailure();

    @BeforeAll
    static void startDomainAndDeploy() throws Exception {
        payaraHome = existing("payara.home", "the unpacked Payara Server");
        ear = existing("proserv.ear", "the EAR built by this module");
        domainCommands = existing("proserv.server-config", "the server-config directory")
                .resolve("payara-server")
                .resolve("test-domain.asadmin");
        assertTrue(Files.isRegularFile(domainCommands), "missing " + domainCommands);
        work = Path.of(required("proserv.it.work")).toAbsolutePath();

        killLeftoverServer();
        deleteRecursively(work);
        Files.createDirectories(work);
        domainsDir = work.resolve("domains");
        asadminLog = work.resolve("asadmin.log");
        ports = Ports.pick();

        // A copy of the distribution's domain1 rather than asadmin create-domain, which takes some 15 s
        // (it sleeps 2 s after each of its keytool runs). The ports of this run are set by the same
        // pre-boot commands as the other settings, before anything listens.
        copyRecursively(payaraHome.resolve("glassfish/domains/domain1"), domainsDir.resolve(DOMAIN));
        Path preBoot = work.resolve("pre-boot.asadmin");
        Files.writeString(
                preBoot,
                ports.commands() + "\n" + Files.readString(domainCommands, StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);

        // Hazelcast (the domain data grid) starts before any asadmin command can reach the server and
        // reads hazelcast.socket.bind.any only from the JVM's system properties: without it, it listens
        // on every interface even with its interface set to 127.0.0.1. The command file adds the JVM
        // option for later starts; this first (and only) start of the domain gets it from the
        // environment, as JAVA_TOOL_OPTIONS reaches every JVM started from it.
        String jvmOptions = (Optional.ofNullable(System.getenv("JAVA_TOOL_OPTIONS"))
                                .orElse("") + " -Dhazelcast.socket.bind.any=false")
                .trim();
        killOnExit = new Thread(EarOnPayaraServerIT::killServer, "kill " + DOMAIN);
        Runtime.getRuntime().addShutdownHook(killOnExit);
        asadmin(
                Duration.ofMinutes(4),
                Map.of("JAVA_TOOL_OPTIONS", jvmOptions),
                "start-domain",
                "--domaindir",
                domainsDir.toString(),
                "--prebootcommandfile",
                preBoot.toString(),
                "--timeout",
                "200",
                DOMAIN);

        // Applied at once to the running server and kept for later starts: no restart needed.
        remote(
                Duration.ofMinutes(1),
                "create-system-properties",
                "proserv.data.dir=" + escapeProperty(work.resolve("data").toString())
                        + ":proserv.bootstrap.admin.password=" + ADMIN_PASSWORD);

        remote(Duration.ofMinutes(4), "deploy", "--name", APP, ear.toString());
        deployed = true;
    }

    @AfterAll
    static void undeployAndStop() {
        if (domainsDir == null || !Files.isDirectory(domainsDir.resolve(DOMAIN))) {
            return;
        }
        try {
            if (deployed) {
                remote(Duration.ofMinutes(2), "undeploy", APP);
            }
        } catch (Throwable e) {
            System.err.println("[EarOnPayaraServerIT] undeploy failed: " + e.getMessage());
        } finally {
            try {
                asadmin(
                        Duration.ofMinutes(2),
                        Map.of(),
                        "--host",
                        LOOPBACK,
                        "--port",
                        String.valueOf(ports.admin),
                        "stop-domain",
                        "--domaindir",
                        domainsDir.toString(),
                        DOMAIN);
            } catch (Throwable e) {
                System.err.println("[EarOnPayaraServerIT] stop-domain failed, killing the server: " + e.getMessage());
            }
            killServer();
            if (killOnExit != null) {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            }
        }
    }

    @Test
    void domainListensOnLoopbackOnly() throws Exception {
        Map<String, String> settings = dottedValues(remote(Duration.ofMinutes(1), "get", "*"));
        String config = "configs.config.server-config.";
        List<String> listeners = settings.keySet().stream()
                .filter(key -> key.startsWith(config)
                        && key.endsWith(".port")
                        && (key.contains(".network-listeners.network-listener.")
                                || key.contains(".iiop-service.iiop-listener.")
                                || key.contains(".admin-service.jmx-connector.")))
                .map(key -> key.substring(0, key.length() - ".port".length()))
                .collect(Collectors.toList());
        assertTrue(listeners.size() >= 7, "expected 3 network, 3 IIOP and 1 JMX listener: " + listeners);
        assertEquals(
                List.of(),
                listeners.stream()
                        .filter(listener -> !LOOPBACK.equals(settings.get(listener + ".address")))
                        .map(listener -> listener + ".address=" + settings.get(listener + ".address"))
                        .collect(Collectors.toList()),
                "listeners not on " + LOOPBACK);
        assertEquals("DISABLED", settings.get(config + "jms-service.type"), "JMS service");
        assertEquals(LOOPBACK, settings.get("hazelcast-runtime-configuration.interface"), "data grid interface");
        assertTrue(
                remote(Duration.ofMinutes(1), "generate-jvm-report", "--type", "summary")
                        .contains("hazelcast.socket.bind.any = false"),
                "the server JVM lacks -Dhazelcast.socket.bind.any=false");
    }

    @Test
    void earIsDeployed() throws Exception {
        String applications = remote(Duration.ofMinutes(1), "list-applications", "--long");
        assertTrue(
                applications.lines().anyMatch(line -> line.trim().startsWith(APP + " ") && line.contains("ear")),
                "proserv is not listed as an EAR:\n" + applications);
    }

    @Test
    void readinessAnswersUp() throws Exception {
        HttpResponse<String> ready = awaitReady(Duration.ofSeconds(60));
        assertEquals(200, ready.statusCode(), "GET /health/ready: " + ready.body());
        assertTrue(ready.body().contains("UP"), "GET /health/ready: " + ready.body());
    }

    @Test
    void calendarAnswersWithItsZone() throws Exception {
        HttpResponse<String> calendar = get("/api/calendar");
        assertEquals(200, calendar.statusCode(), "GET /api/calendar: " + calendar.body());
        assertTrue(
                calendar.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "GET /api/calendar content type: " + calendar.headers().firstValue("Content-Type"));
        assertTrue(calendar.body().contains("\"zone\""), "GET /api/calendar: " + calendar.body());
    }

    @Test
    void anAdminSignsInAndRegistersACustomerThroughTheDatabase() throws Exception {
        HttpResponse<String> token =
                post("/api/auth/token", null, "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
        assertEquals(200, token.statusCode(), "POST /api/auth/token: " + token.body());
        String bearer = token.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> created = post(
                "/api/customers",
                bearer,
                "{\"name\":\"Ear Store\","
                        + "\"email\":\"ear@example.com\",\"username\":\"ear-customer\","
                        + "\"password\":\"long-enough-1\"}");
        assertEquals(201, created.statusCode(), "POST /api/customers: " + created.body());
        HttpResponse<String> unauthorized = post("/api/customers", null, "{}");
        assertEquals(401, unauthorized.statusCode(), "POST /api/customers without a token: " + unauthorized.body());
        assertTrue(unauthorized.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void metricsAreClosedToAnonymousCallersAndOpenToAnAdmin() throws Exception {
        assertEquals(
                "true",
                dottedValues(remote(
                                Duration.ofMinutes(1),
                                "get",
                                "configs.config.server-config.microprofile-metrics-configuration.security-enabled"))
                        .get("configs.config.server-config.microprofile-metrics-configuration.security-enabled"),
                "metrics security (for the default web module)");
        HttpResponse<String> anonymous = get("/metrics");
        assertEquals(401, anonymous.statusCode(), "GET /metrics without a token: " + anonymous.body());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(
                "nosniff",
                anonymous.headers().firstValue("X-Content-Type-Options").orElse(null));

        HttpResponse<String> token =
                post("/api/auth/token", null, "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
        String bearer = token.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
        var request = HttpRequest.newBuilder(URI.create("http://" + LOOPBACK + ":" + ports.http + "/metrics"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + bearer)
                .GET()
                .build();
        HttpResponse<String> admin = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, admin.statusCode(), "GET /metrics as admin: " + admin.body());
        assertTrue(admin.body().contains("# TYPE "), admin.body());
    }

    // ---------------------------------------------------------------- HTTP

    private static HttpResponse<String> post(String path, String bearer, String json)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://" + LOOPBACK + ":" + ports.http + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://" + LOOPBACK + ":" + ports.http + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            HttpResponse<String> response = get("/health/ready");
            if (response.statusCode() == 200 || System.nanoTime() > deadline) {
                return response;
            }
            Thread.sleep(500);
        }
    }

    // ---------------------------------------------------------------- asadmin

    /** A remote command, sent to the domain's admin listener on 127.0.0.1. */
    private static String remote(Duration timeout, String... command) throws IOException, InterruptedException {
        var args = new ArrayList<>(List.of("--host", LOOPBACK, "--port", String.valueOf(ports.admin)));
        args.addAll(List.of(command));
        return asadmin(timeout, Map.of(), args.toArray(String[]::new));
    }

    /**
     * Runs asadmin (what {@code bin/asadmin} runs, on this JVM's Java) and returns its output; fails with that output
     * when it does not succeed. Its user.home is under target, so that nothing is written to the real home directory.
     */
    private static String asadmin(Duration timeout, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+IgnoreUnrecognizedVMOptions");
        command.add("-Duser.home=" + work.resolve("home"));
        command.add("-jar");
        command.add(payaraHome.resolve("glassfish/lib/client/appserver-cli.jar").toString());
        command.add("--interactive=false");
        command.addAll(List.of(args));

        Path output = Files.createTempFile(work, "asadmin-", ".out");
        var builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        runningAsadmin = process;
        process.getOutputStream().close();
        boolean finished = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            kill(process.toHandle());
        }
        runningAsadmin = null;
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        String printable = String.join(" ", args);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Files.writeString(
                asadminLog,
                "$ asadmin " + printable + "    (" + millis + " ms)\n" + text + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (!finished) {
            throw new AssertionError("asadmin " + printable + " did not finish within " + timeout + ":\n" + text);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("asadmin " + printable + " failed (exit " + process.exitValue() + "):\n" + text);
        }
        return text;
    }

    private static Map<String, String> dottedValues(String getOutput) {
        var values = new LinkedHashMap<String, String>();
        getOutput
                .lines()
                .filter(line -> line.contains("=") && !line.startsWith("Command "))
                .forEach(line -> values.put(
                        line.substring(0, line.indexOf('=')).trim(),
                        line.substring(line.indexOf('=') + 1).trim()));
        return values;
    }

    /** asadmin separates properties with ':' and names from values with '='. */
    private static String escapeProperty(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }

    // ---------------------------------------------------------------- the server process

    private static Optional<ProcessHandle> serverProcess(Path domainDir) {
        Path pidFile = domainDir.resolve("config").resolve("pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info()
                            .commandLine()
                            .map(c -> c.contains(domainDir.toString()))
                            .orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Kills this domain's server if it still runs (a no-op after a clean stop-domain), and an asadmin still running,
     * with what it started: while start-domain runs, the server is its child.
     */
    private static void killServer() {
        Process asadmin = runningAsadmin;
        if (asadmin != null) {
            kill(asadmin.toHandle());
        }
        if (domainsDir != null) {
            serverProcess(domainsDir.resolve(DOMAIN)).ifPresent(EarOnPayaraServerIT::kill);
        }
    }

    /** A server left by an earlier run that was itself killed: found by the pid file of its domain. */
    private static void killLeftoverServer() {
        serverProcess(work.resolve("domains").resolve(DOMAIN)).ifPresent(EarOnPayaraServerIT::kill);
    }

    private static void kill(ProcessHandle server) {
        server.descendants().forEach(ProcessHandle::destroyForcibly);
        server.destroyForcibly();
        server.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }

    // ---------------------------------------------------------------- failure reports

    /** Prints the asadmin transcript and the tail of server.log when a test or the set-up fails. */
    static final class ServerLogOnFailure implements TestWatcher, LifecycleMethodExecutionExceptionHandler {

        private boolean printed;

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            print("test " + context.getDisplayName() + " failed");
        }

        @Override
        public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable cause)
                throws Throwable {
            print("starting the domain or deploying the EAR failed: " + cause.getMessage());
            throw cause;
        }

        private void print(String what) {
            var report = new StringBuilder("\n[EarOnPayaraServerIT] " + what + "\n");
            if (domainsDir != null && !printed) {
                printed = true;
                Path serverLog = domainsDir.resolve(DOMAIN).resolve("logs").resolve("server.log");
                report.append("---- last ")
                        .append(SERVER_LOG_TAIL_LINES)
                        .append(" lines of ")
                        .append(serverLog)
                        .append('\n');
                report.append(tail(serverLog, SERVER_LOG_TAIL_LINES));
                report.append("---- asadmin transcript: ").append(asadminLog).append('\n');
            }
            System.err.println(report);
        }

        private static String tail(Path file, int lines) {
            try {
                List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
                return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())) + "\n";
            } catch (IOException e) {
                return "(" + e + ")\n";
            }
        }
    }

    // ---------------------------------------------------------------- ports

    /** Free loopback ports for every listener of the domain, picked at run time. */
    private static final class Ports {
        private static final String LISTENERS =
                "configs.config.server-config.network-config.network-listeners.network-listener.";
        private static final String IIOP = "configs.config.server-config.iiop-service.iiop-listener.";

        final int admin;
        final int http;
        private final int[] free;

        private Ports(int[] free) {
            this.free = free;
            admin = free[0];
            http = free[1];
        }

        static Ports pick() throws IOException {
            var sockets = new ArrayList<ServerSocket>();
            try {
                int[] free = new int[10];
                for (int i = 0; i < free.length; i++) {
                    var socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK));
                    sockets.add(socket);
                    free[i] = socket.getLocalPort();
                }
                return new Ports(free);
            } finally {
                for (ServerSocket socket : sockets) {
                    socket.close();
                }
            }
        }

        /** asadmin commands giving the domain these ports. */
        String commands() {
            return String.join(
                    "\n",
                    "# ports of this run",
                    "set " + LISTENERS + "admin-listener.port=" + admin,
                    "set " + LISTENERS + "http-listener-1.port=" + http,
                    "set " + LISTENERS + "http-listener-2.port=" + free[2],
                    "set " + IIOP + "orb-listener-1.port=" + free[3],
                    "set " + IIOP + "SSL.port=" + free[4],
                    "set " + IIOP + "SSL_MUTUALAUTH.port=" + free[5],
                    "set configs.config.server-config.admin-service.jmx-connector.system.port=" + free[6],
                    "set configs.config.server-config.system-property.JMS_PROVIDER_PORT.value=" + free[7],
                    "set hazelcast-runtime-configuration.das-port=" + free[8],
                    "set hazelcast-runtime-configuration.start-port=" + free[9],
                    "");
        }
    }

    // ---------------------------------------------------------------- files

    private static Path existing(String property, String what) {
        Path path = Path.of(required(property)).toAbsolutePath();
        assertTrue(Files.exists(path), what + " is missing: " + path);
        return path;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        assertNotNull(value, "system property " + property + " is not set (run by maven-failsafe-plugin)");
        return value;
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
