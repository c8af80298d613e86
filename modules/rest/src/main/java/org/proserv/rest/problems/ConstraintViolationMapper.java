package org.proserv.rest.problems;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import org.proserv.kernel.error.FieldError;

/** Bean Validation failures of request bodies and parameters: 400 naming each field and why. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream()
                .map(f -> f.field() + " " + f.reason())
                .reduce((a, b) -> a + "; " + b)
                .orElse("The request is invalid");
        return Problem.invalid(detail, errors);
    }

    /** The client's name for the field: the last node of the path, "body" for the body itself. */
    private static String field(ConstraintViolation<?> violation) {
        String name = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                name = node.getName();
            }
        }
        return name.startsWith("arg") ? "body" : name;
    }
}
