package org.proserv.rest.problems;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** A body that is not the JSON expected: malformed, wrong types, unknown enum values or fields. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    private static final java.util.regex.Pattern PROPERTY = java.util.regex.Pattern.compile(
            "(?:property '([^']+)'|[Pp]roperty ([A-Za-z0-9_]+) can not be mapped)");

    @Override
    public Response toResponse(JsonbException e) {
        return problem(e);
    }

    /** 400 with the offending field named when JSON-B says which one it was. */
    static Response problem(Throwable e) {
        String reason = rootMessage(e);
        for (Throwable t = e; t != null; t = t.getCause()) {
            var matcher = t.getMessage() == null ? null : PROPERTY.matcher(t.getMessage());
            if (matcher != null && matcher.find()) {
                String field = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                String why = matcher.group(2) != null ? "is not a field of this request" : "has the wrong type or value: " + reason;
                return Problem.invalid(field + " " + why, List.of(new org.proserv.kernel.error.FieldError(field, why)));
            }
        }
        return Problem.invalid("The request body is not valid JSON for this operation: " + reason, List.of());
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
