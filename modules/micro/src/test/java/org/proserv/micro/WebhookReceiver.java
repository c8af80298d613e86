package org.proserv.micro;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on 127.0.0.1 inside the test: it keeps every request and answers, per path, the statuses it is
 * told to (then 200). Signatures are checked by the Standard Webhooks rule, written here from the specification.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(String path, String id, long timestamp, List<String> signatures, String body) {}

    private final HttpServer http;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, ConcurrentLinkedDeque<Integer>> answers = new ConcurrentHashMap<>();

    WebhookReceiver() {
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(
                    path,
                    headers.getFirst("webhook-id"),
                    Long.parseLong(headers.getFirst("webhook-timestamp")),
                    List.of(headers.getFirst("webhook-signature").split(" ")),
                    body));
            var queue = answers.get(path);
            Integer status = queue == null ? null : queue.pollFirst();
            byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        http.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + path;
    }

    /** The next requests to this path are answered with these statuses, in order. */
    void answer(String path, Integer... statuses) {
        answers.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).addAll(List.of(statuses));
    }

    List<Received> at(String path) {
        List<Received> found = new ArrayList<>();
        received.stream().filter(r -> r.path().equals(path)).forEach(found::add);
        return found;
    }

    /** Polls (bounded) until the path has received this many requests. */
    List<Received> await(String path, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var found = at(path);
            if (found.size() >= count) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("expected " + count + " deliveries to " + path + ", got " + at(path).size());
    }

    /** Whether one of the request's signatures is "v1," + base64 HMAC-SHA256 of "{id}.{timestamp}.{body}". */
    static boolean signedBy(String secret, Received r) {
        return r.signatures().contains(expectedSignature(secret, r));
    }

    static String expectedSignature(String secret, Received r) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signed =
                    mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
