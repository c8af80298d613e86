package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every operation the API documents in /openapi (so operations added later are covered too) and sends each, as an
 * admin and anonymously, a handful of malformed requests: wrong JSON types per body property, numbers beyond their
 * type, bad content types, oversized values, matrix parameters, non-numeric ids. None may succeed, fail with a 5xx, or
 * answer anything but a problem document.
 */
@ExtendWith(TestServer.Extension.class)
class OpenApiFuzzIT {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    private record Malformed(String method, String target, List<String> headers, String body, String what) {}

    @Test
    void malformedRequestsToEveryOperationAreRefusedWithProblems(TestServer server) {
        var fixtures = new Fixtures(server);
        var customer = fixtures.customer();
        var document =
                server.anonymous().withHeader("Accept", "application/json").get("/openapi");
        assertEquals(200, document.status(), document::toString);
        JsonObject openapi = document.json();
        JsonObject schemas = openapi.getJsonObject("components").getJsonObject("schemas");

        List<Malformed> requests = new ArrayList<>();
        int operations = 0;
        for (var path : openapi.getJsonObject("paths").entrySet()) {
            JsonObject item = path.getValue().asJsonObject();
            for (String method : METHODS) {
                if (item.containsKey(method)) {
                    operations++;
                    requests.addAll(malformed(
                            method.toUpperCase(),
                            apiPath(path.getKey()),
                            item.getJsonObject(method),
                            item,
                            schemas,
                            customer.id()));
                }
            }
        }
        assertTrue(
                operations > 30,
                () -> "the document lists every operation: " + document.body().length());

        String admin = "Authorization: Bearer " + fixtures.admin().bearer();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Malformed request : requests) {
            for (String caller : new String[] {admin, null}) {
                var headers = new ArrayList<>(request.headers());
                if (caller != null) {
                    headers.add(caller);
                }
                var answer = RawHttp.send(
                        server.anonymous().base(), request.method(), request.target(), headers, request.body());
                byStatus.merge(answer.status(), 1, Integer::sum);
                if (answer.status() < 400 || answer.status() >= 500 || !answer.isProblem()) {
                    failures.add((caller == null ? "anonymous " : "admin ") + request.method() + " "
                            + shorten(request.target()) + " (" + request.what() + "): " + answer.status() + " "
                            + answer.contentType() + " " + shorten(answer.body()));
                }
            }
        }
        System.out.println("OpenAPI fuzz: " + operations + " operations, " + requests.size() * 2
                + " requests, by status " + byStatus);
        assertTrue(
                failures.isEmpty(),
                () -> failures.size() + " bad answers, e.g.\n"
                        + String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
    }

    private static List<Malformed> malformed(
            String method,
            String template,
            JsonObject operation,
            JsonObject item,
            JsonObject schemas,
            long customerId) {
        List<JsonObject> parameters = new ArrayList<>();
        for (JsonObject holder : List.of(item, operation)) {
            if (holder.containsKey("parameters")) {
                holder.getJsonArray("parameters").forEach(p -> parameters.add(resolve(p.asJsonObject(), schemas)));
            }
        }
        String path = fill(template, parameters, customerId, null);
        List<String> json = List.of("Content-Type: application/json");
        List<Malformed> out = new ArrayList<>();

        JsonObject body = bodySchema(operation, schemas);
        if (body != null) {
            var properties =
                    body.containsKey("properties") ? body.getJsonObject("properties") : JsonValue.EMPTY_JSON_OBJECT;
            boolean outOfRangeSent = false;
            boolean longStringSent = false;
            for (var property : properties.entrySet()) {
                JsonObject schema = resolve(property.getValue().asJsonObject(), schemas);
                String name = property.getKey();
                for (String wrong : wrongValues(schema)) {
                    out.add(new Malformed(method, path, json, "{\"" + name + "\": " + wrong + "}", name + "=" + wrong));
                }
                if (!outOfRangeSent && "integer".equals(schema.getString("type", ""))) {
                    outOfRangeSent = true;
                    for (String number : List.of("1e300", "4294967306", "1.5")) {
                        out.add(new Malformed(
                                method, path, json, "{\"" + name + "\": " + number + "}", name + "=" + number));
                    }
                }
                if (!longStringSent
                        && "string".equals(schema.getString("type", ""))
                        && !schema.containsKey("enum")
                        && !schema.containsKey("format")) {
                    longStringSent = true;
                    out.add(new Malformed(
                            method,
                            path,
                            json,
                            "{\"" + name + "\": \"" + "x".repeat(100_000) + "\"}",
                            name + " of 100000 characters"));
                }
            }
            for (List<String> contentType : List.of(
                    List.of("Content-Type:"),
                    List.of("Content-Type: garbage"),
                    List.of("Content-Type: application/json", "Content-Type: application/json"),
                    List.of("Content-Type: text/plain"))) {
                out.add(new Malformed(method, path, contentType, "{}", String.join(" + ", contentType)));
            }
        }
        out.add(new Malformed(method, path.replaceFirst("/([^/]+)$", "/$1;x=1"), List.of(), null, "matrix parameter"));
        for (JsonObject parameter : parameters) {
            if ("path".equals(parameter.getString("in", "")) && isInteger(parameter)) {
                out.add(new Malformed(
                        method,
                        fill(template, parameters, customerId, parameter.getString("name")),
                        List.of(),
                        null,
                        parameter.getString("name") + "=abc"));
            }
        }
        String query = parameters.stream()
                .filter(p -> "query".equals(p.getString("in", "")))
                .map(p -> p.getString("name"))
                .findFirst()
                .orElse("q");
        out.add(new Malformed(
                method,
                path + "?" + query + "=" + "a".repeat(9_000),
                List.of(),
                null,
                "query " + query + " of 9000 characters"));
        return out;
    }

    /** A JSON value of the wrong type for this schema, one or two per property. */
    private static List<String> wrongValues(JsonObject schema) {
        if (schema.containsKey("enum")) {
            return List.of("\"NOT_A_VALUE\"", "5");
        }
        return switch (schema.getString("type", "object")) {
            case "string" ->
                schema.containsKey("format")
                        ? List.of("5", "\"not a " + schema.getString("format") + "\"")
                        : List.of("123", "[\"x\"]");
            case "integer" -> List.of("\"1\"", "[1]");
            case "number" -> List.of("\"1\"");
            case "boolean" -> List.of("\"yes\"", "1");
            case "array" -> List.of("\"x\"", "[{\"no\": \"such\"}, 5]");
            default -> List.of("5", "\"x\"");
        };
    }

    private static String fill(String template, List<JsonObject> parameters, long customerId, String nonNumeric) {
        Matcher m = TEMPLATE.matcher(template);
        var out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            JsonObject parameter = parameters.stream()
                    .filter(p -> name.equals(p.getString("name", "")))
                    .findFirst()
                    .orElse(JsonValue.EMPTY_JSON_OBJECT);
            String value;
            if (name.equals(nonNumeric)) {
                value = "abc";
            } else if (isInteger(parameter)) {
                value = name.equals("customerId") ? String.valueOf(customerId) : "1";
            } else if (name.toLowerCase().contains("date")) {
                value = "2026-01-05";
            } else if (name.toLowerCase().contains("version")) {
                value = "1.0";
            } else {
                value = "x";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isInteger(JsonObject parameter) {
        return parameter.containsKey("schema")
                && "integer".equals(parameter.getJsonObject("schema").getString("type", ""));
    }

    private static JsonObject bodySchema(JsonObject operation, JsonObject schemas) {
        if (!operation.containsKey("requestBody")) {
            return null;
        }
        JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
        if (content == null || content.isEmpty()) {
            return null;
        }
        JsonObject media = content.containsKey("application/json")
                ? content.getJsonObject("application/json")
                : content.values().iterator().next().asJsonObject();
        return media.containsKey("schema")
                ? resolve(media.getJsonObject("schema"), schemas)
                : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        JsonObject current = schema;
        for (int depth = 0; depth < 5 && current.containsKey("$ref"); depth++) {
            String ref = current.getString("$ref");
            current = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (current.containsKey("allOf")) {
            JsonArray all = current.getJsonArray("allOf");
            if (!all.isEmpty()) {
                return resolve(all.getJsonObject(0), schemas);
            }
        }
        return current;
    }

    private static String apiPath(String documented) {
        return documented.startsWith("/api/") ? documented : "/api" + documented;
    }

    private static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "...";
    }
}
