package org.proserv.kernel.error;

import jakarta.ejb.ApplicationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one base of every business failure. Marked as an application exception so that it reaches the caller as itself
 * (never wrapped in an {@code EJBException}) and rolls the transaction back, whatever it had changed.
 */
@ApplicationException(rollback = true, inherited = true)
public class ProservException extends RuntimeException {

    private final ProblemCategory category;
    private final List<FieldError> fieldErrors;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ProservException(ProblemCategory category, String detail) {
        this(category, detail, List.of());
    }

    public ProservException(ProblemCategory category, String detail, List<FieldError> fieldErrors) {
        super(detail);
        this.category = category;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public ProblemCategory category() {
        return category;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Extra members of the problem document, for clients that act on them (a count, a limit). */
    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }

    public ProservException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public static ProservException notFound(String what, Object id) {
        return new ProservException(ProblemCategory.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProservException conflict(String detail) {
        return new ProservException(ProblemCategory.CONFLICT, detail);
    }

    public static ProservException forbidden(String detail) {
        return new ProservException(ProblemCategory.FORBIDDEN, detail);
    }

    public static ProservException invalid(String field, String reason) {
        return new ProservException(
                ProblemCategory.VALIDATION, field + ": " + reason, List.of(new FieldError(field, reason)));
    }
}
