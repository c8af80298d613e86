package org.proserv.micro;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Starts the Proserv WAR on Payara Micro in its own process, bound to 127.0.0.1 only, and waits until it is ready. Used
 * by the run command and by the black-box tests.
 */
public final class PayaraMicroServer implements AutoCloseable {

    /** Without it the listener drops a request with a non-ASCII header value with an empty 400. */
    static final String LENIENT_HEADER_VALUES =
            "org.glassfish.grizzly.http.STRICT_HEADER_VALUE_VALIDATION_RFC_9110=false";

    private final Process process;
    private final int port;
    private final Path log;

    private PayaraMicroServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * @param env configuration for the application (PROSERV_* variables)
     * @param port the HTTP port, 0 for any free one
     * @param log where the server's output goes
     */
    public static PayaraMicroServer start(Map<String, String> env, int port, Path log) {
        int httpPort = port == 0 ? freePort() : port;
        Path micro = Path.of(required("payara.micro.jar"));
        Path war = Path.of(required("proserv.war"));
        Path config = Path.of(required("proserv.server-config"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-Dhazelcast.socket.bind.any=false",
                // header values are checked by the application, which refuses bad ones as problem documents
                "-D" + LENIENT_HEADER_VALUES,
                "-Djava.net.preferIPv4Stack=true",
                "-jar",
                micro.toString(),
                "--deploy",
                war.toString(),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(httpPort),
                "--interfaces",
                "127.0.0.1",
                "--hzpublicaddress",
                "127.0.0.1",
                "--clustername",
                "proserv-" + UUID.randomUUID(),
                "--prebootcommandfile",
                config.resolve("micro/pre-boot-commands.asadmin").toString(),
                "--postbootcommandfile",
                config.resolve("micro/post-boot-commands.asadmin").toString(),
                "--rootdir",
                log.getParent().resolve("payara-root-" + httpPort).toString()));
        try {
            Files.createDirectories(log.getParent());
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            var server = new PayaraMicroServer(builder.start(), httpPort, log);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            server.awaitReady(Duration.ofMinutes(6));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Payara Micro", e);
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public Path log() {
        return log;
    }

    /**
     * Polls readiness and a public API read until both answer 200. On timeout the exception carries the last answers,
     * the tail of the server log and a thread dump (also written next to the log), so that a start-up that never
     * finishes can be diagnosed from the build output alone.
     */
    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        var probe = new ReadinessProbe();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Payara Micro exited with " + process.exitValue() + "; see " + log + "\n" + logTail());
            }
            if (probe.answers200(baseUri(), "/health/ready") && probe.answers200(baseUri(), "/api/calendar")) {
                return;
            }
            pause();
        }
        String threads = threadDump();
        close();
        throw new IllegalStateException("Payara Micro was not ready within " + timeout + "; last answers: "
                + probe.lastAnswers + "; see " + log + "\n--- server log (tail) ---\n" + logTail()
                + "\n--- threads ---\n" + threads);
    }

    /** One HTTP/1.1 client at a time, replaced after a timeout so that a stalled connection is never reused. */
    private static final class ReadinessProbe {
        private HttpClient client = newClient();
        private final Map<String, String> lastAnswers = new LinkedHashMap<>();

        private static HttpClient newClient() {
            return HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
        }

        boolean answers200(URI base, String path) {
            try {
                var request = HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(5))
                        .GET()
                        .build();
                var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                String body = response.body();
                lastAnswers.put(
                        path, response.statusCode() + " " + (body.length() > 300 ? body.substring(0, 300) : body));
                return response.statusCode() == 200;
            } catch (IOException e) {
                lastAnswers.put(path, e.toString());
                if (e instanceof HttpTimeoutException) {
                    client = newClient();
                }
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** The server's threads, by the JDK's own jcmd; written next to the log as well. */
    private String threadDump() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Path dump = log.resolveSibling("threads-at-timeout.txt");
        try {
            var dumping = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "Thread.print")
                    .redirectErrorStream(true)
                    .redirectOutput(dump.toFile())
                    .start();
            if (!dumping.waitFor(30, TimeUnit.SECONDS)) {
                dumping.destroyForcibly();
            }
            return Files.readString(dump, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "(no thread dump: " + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(thread dump interrupted)";
        }
    }

    /** Blocks until the server process ends (the run command's foreground). */
    public int awaitExit() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set (run through Maven)");
        }
        return value;
    }
}
