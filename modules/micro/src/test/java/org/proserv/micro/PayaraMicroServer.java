package org.proserv.micro;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

    private void awaitReady(Duration timeout) {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            if (answers(client, "/health/ready") && answers(client, "/api/calendar")) {
                return;
            }
            pause();
        }
        close();
        throw new IllegalStateException("Payara Micro was not ready within " + timeout + "; see " + log);
    }

    private boolean answers(HttpClient client, String path) {
        try {
            var request = HttpRequest.newBuilder(baseUri().resolve(path))
                    .timeout(Duration.ofSeconds(5))
                    .GET()
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
