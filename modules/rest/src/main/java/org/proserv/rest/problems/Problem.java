package org.proserv.rest.problems;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proserv.kernel.error.FieldError;

/** Builds RFC 9457 problem documents, the one shape of every error this API answers with. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final Set<String> STANDARD_MEMBERS =
            Set.of("type", "title", "status", "detail", "instance", "errors");

    private Problem() {}

    public static JsonObject body(
            String type,
            String title,
            int status,
            String detail,
            List<FieldError> errors,
            Map<String, Object> properties) {
        JsonObjectBuilder json =
                Json.createObjectBuilder().add("type", type).add("title", title).add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            var list = Json.createArrayBuilder();
            errors.forEach(e ->
                    list.add(Json.createObjectBuilder().add("field", e.field()).add("reason", e.reason())));
            json.add("errors", list);
        }
        properties.forEach((name, value) -> {
            if (STANDARD_MEMBERS.contains(name)) {
                throw new IllegalArgumentException("problem extension " + name + " would hide a standard member");
            } else if (value instanceof Number number) {
                json.add(name, jsonNumber(number));
            } else if (value instanceof Collection<?> values) {
                var array = Json.createArrayBuilder();
                values.forEach(v -> array.add(String.valueOf(v)));
                json.add(name, array);
            } else if (value != null) {
                json.add(name, value.toString());
            }
        });
        return json.build();
    }

    /** A number as JSON, keeping any fraction (an amount of money must not lose its cents). */
    private static JsonValue jsonNumber(Number number) {
        if (number instanceof BigDecimal decimal) {
            return Json.createValue(decimal);
        }
        if (number instanceof BigInteger integer) {
            return Json.createValue(integer);
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            return Double.isFinite(d) ? Json.createValue(d) : Json.createValue(number.toString());
        }
        return Json.createValue(number.longValue());
    }

    public static Response response(
            String type,
            String title,
            int status,
            String detail,
            List<FieldError> errors,
            Map<String, Object> properties) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(body(type, title, status, detail, errors, properties).toString())
                .build();
    }

    /** A problem about HTTP itself (unknown path, wrong method...), typed by its status. */
    public static Response http(int status, String detail) {
        var reason = Response.Status.fromStatusCode(status);
        String title = reason != null ? reason.getReasonPhrase() : httpTitle(status);
        return response("about:blank", title, status, detail, List.of(), Map.of());
    }

    /** The same problem about HTTP itself, written by a servlet or filter (outside JAX-RS). */
    public static void write(HttpServletResponse response, int status, String detail) throws IOException {
        var reason = Response.Status.fromStatusCode(status);
        String title = reason != null ? reason.getReasonPhrase() : httpTitle(status);
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(body("about:blank", title, status, detail, List.of(), Map.of())
                        .toString());
    }

    /** Reason phrases JAX-RS has no constant for. */
    private static String httpTitle(int status) {
        return switch (status) {
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            default -> "HTTP " + status;
        };
    }

    public static Response invalid(String detail, List<FieldError> errors) {
        return response("urn:proserv:problem:validation", "Invalid request", 400, detail, errors, Map.of());
    }
}
