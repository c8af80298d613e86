package org.proserv.rest.problems;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path, wrong method or media type, missing token, wrong role). */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        String detail = switch (status) {
            case 401 -> "A valid bearer token is required";
            case 403 -> "Your role does not allow this";
            case 404 -> "No such resource";
            case 405 -> "This resource does not offer that method";
            case 406 -> "This resource answers application/json only";
            case 415 -> "Send the body as application/json (Content-Type: application/json)";
            default ->
                e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                        ? "The request cannot be handled"
                        : e.getMessage();
        };
        Response.ResponseBuilder problem = Response.fromResponse(Problem.http(status, detail));
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> problem.header(name, v));
            }
        });
        if (status == 401 && original.getHeaderString("WWW-Authenticate") == null) {
            problem.header("WWW-Authenticate", "Bearer");
        }
        return problem.build();
    }
}
