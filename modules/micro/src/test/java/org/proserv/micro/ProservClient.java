package org.proserv.micro;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** A small HTTP client for Proserv's API: JSON in, JSON out, optionally as a signed-in user. */
public final class ProservClient {

    /**
     * HTTP/1.1 only: the JDK client otherwise offers an h2c upgrade on plain HTTP, and an upgraded connection that
     * stalls keeps every later request on it timing out.
     */
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI base;
    private final String token;
    private final Map<String, String> headers;

    public ProservClient(URI base) {
        this(base, null, Map.of());
    }

    private ProservClient(URI base, String token, Map<String, String> headers) {
        this.base = base;
        this.token = token;
        this.headers = headers;
    }

    /** The same client, sending this header with every request too. */
    public ProservClient withHeader(String name, String value) {
        var more = new HashMap<>(headers);
        more.put(name, value);
        return new ProservClient(base, token, Map.copyOf(more));
    }

    /** A client that calls as the given user, with a token from the embedded issuer. */
    public ProservClient as(String username, String password) {
        var response = post(
                "/api/auth/token",
                Json.createObjectBuilder()
                        .add("username", username)
                        .add("password", password)
                        .build()
                        .toString());
        if (response.status() != 200) {
            throw new IllegalStateException("cannot sign in as " + username + ": " + response);
        }
        return withToken(response.json().getString("accessToken"));
    }

    public ProservClient withToken(String bearer) {
        return new ProservClient(base, bearer, headers);
    }

    /** The bearer token this client sends, if any. */
    public String bearer() {
        return token;
    }

    public URI base() {
        return base;
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    public Answer post(String path, JsonObject json) {
        return post(path, json.toString());
    }

    public Answer put(String path, JsonObject json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.toString())));
    }

    /** A form-urlencoded body, as OAuth 2.0 token requests are sent. */
    public Answer postForm(String path, String form) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A method the API does not offer on an existing resource. */
    public Answer send405() {
        return send(request("/api/calendar").method("PATCH", HttpRequest.BodyPublishers.ofString("{}")));
    }

    /** Any method, without a body. */
    public Answer send(String method, String path) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    public Answer delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, media type and body, with the body readable as JSON. */
    public record Answer(int status, String contentType, String body, HttpHeaders headers) {

        /** The first value of a response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public long id() {
            return json().getJsonNumber("id").longValue();
        }

        public String string(String name) {
            JsonValue value = json().get(name);
            return value == null || value == JsonValue.NULL ? null : json().getString(name);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
