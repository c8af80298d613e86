package org.proserv.platform.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends one signed delivery with the JDK's HTTP client: redirects are not followed (a 3xx is a failure), the attempt
 * gives up after the timeout, and only the first part of the receiver's answer is read.
 */
final class WebhookSender {

    private final HttpClient client;
    private final Duration timeout;

    WebhookSender(Duration timeout) {
        this.timeout = timeout;
        // HTTP/1.1: no h2c upgrade offered to receivers, whose HTTP/2 support is unknown
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    SendResult send(URI url, String messageId, long timestamp, String signature, String body, Instant now) {
        var request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Proserv-Webhooks/1")
                .header("webhook-id", messageId)
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String answer;
            try (InputStream in = response.body()) {
                answer = new String(in.readNBytes(WebhookAttempt.MAX_BODY), StandardCharsets.UTF_8);
            }
            var took = Duration.ofNanos(System.nanoTime() - started);
            int status = response.statusCode();
            String error = status >= 200 && status < 300 ? null : "HTTP " + status;
            return new SendResult(
                    status,
                    took,
                    error,
                    answer,
                    SendResult.retryAfter(status, response.headers().firstValue("Retry-After"), now));
        } catch (HttpTimeoutException e) {
            return SendResult.failure(Duration.ofNanos(System.nanoTime() - started), "timed out after " + timeout);
        } catch (IOException e) {
            return SendResult.failure(
                    Duration.ofNanos(System.nanoTime() - started),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.failure(Duration.ofNanos(System.nanoTime() - started), "interrupted");
        }
    }
}
