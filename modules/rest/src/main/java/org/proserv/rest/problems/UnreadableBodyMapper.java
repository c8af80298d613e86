package org.proserv.rest.problems;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.proserv.kernel.error.FieldError;

/**
 * A body that is not the JSON expected: malformed, wrong types, unknown enum values or fields. The problem names the
 * offending field whenever JSON-B's complaint allows finding it, and never repeats the complaint itself (it names Java
 * types and echoes the input). Request bodies are checked by the strict reader first; this catches what JSON-B still
 * refuses.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    private static final Pattern PROPERTY =
            Pattern.compile("(?:property '([^']+)'|[Pp]roperty ([A-Za-z0-9_]+) can not be mapped)");
    private static final Pattern ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.([^.\\s]+)$");

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(JsonbException e) {
        return problem(e, resource);
    }

    /** 400 with the offending field named when it can be told which one it was. */
    static Response problem(Throwable e, ResourceInfo resource) {
        String reason = rootMessage(e);
        for (Throwable t = e; t != null; t = t.getCause()) {
            var matcher = t.getMessage() == null ? null : PROPERTY.matcher(t.getMessage());
            if (matcher != null && matcher.find()) {
                String field = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                field = field.length() <= 24 ? field : field.substring(0, 24) + "...";
                String why =
                        matcher.group(2) != null ? "is not a field of this request" : "has the wrong type or value";
                return invalid(field, why);
            }
        }
        var unknownConstant = ENUM.matcher(reason);
        if (unknownConstant.find()) {
            Optional<Field> field = enumField(resource, unknownConstant.group(1));
            if (field.isPresent()) {
                Class<?> type = field.get().getType();
                String value = unknownConstant.group(2);
                return invalid(
                        field.get().getName(),
                        "must be one of " + Arrays.toString(type.getEnumConstants()) + ", not "
                                + (value.length() <= 24 ? value : value.substring(0, 24) + "..."));
            }
        }
        return Problem.invalid("The request body is not valid JSON for this operation", List.of());
    }

    private static Response invalid(String field, String why) {
        return Problem.invalid(field + " " + why, List.of(new FieldError(field, why)));
    }

    /** The field of the operation's body type that has this enum type, if exactly one does. */
    private static Optional<Field> enumField(ResourceInfo resource, String enumTypeName) {
        if (resource == null || resource.getResourceMethod() == null) {
            return Optional.empty();
        }
        Method method = resource.getResourceMethod();
        for (int i = 0; i < method.getParameterCount(); i++) {
            if (isEntity(method.getParameterAnnotations()[i])) {
                List<Field> matching = Arrays.stream(method.getParameterTypes()[i].getFields())
                        .filter(f -> f.getType().getName().equals(enumTypeName))
                        .toList();
                return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isEntity(Annotation[] annotations) {
        return Arrays.stream(annotations)
                .noneMatch(a -> a.annotationType().getPackageName().equals("jakarta.ws.rs"));
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
