package org.proserv.rest.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.proserv.kernel.error.ProservException;

/** Business failures, with the status and type their category names. */
@Provider
public class ProservExceptionMapper implements ExceptionMapper<ProservException> {

    @Override
    public Response toResponse(ProservException e) {
        var category = e.category();
        var response = Problem.response(
                category.type(), category.title(), category.status(), e.getMessage(), e.fieldErrors(), e.properties());
        if (category.status() == 401) {
            return Response.fromResponse(response)
                    .header("WWW-Authenticate", "Bearer")
                    .build();
        }
        Object retryAfter = e.properties().get("retryAfter");
        if (category.status() == 429 && retryAfter != null) {
            return Response.fromResponse(response)
                    .header("Retry-After", retryAfter.toString())
                    .build();
        }
        return response;
    }
}
