package org.proserv.rest.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Errors raised by the container before JAX-RS sees the request (an invalid or expired token is
 * refused by the authentication mechanism) still answer problem+json: web.xml routes them here.
 */
@WebServlet("/error-problem")
public class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        String detail = switch (status) {
            case 401 -> "A valid bearer token is required";
            case 403 -> "Your role does not allow this";
            case 404 -> "No such resource";
            default -> "The server could not handle this request";
        };
        var reason = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        var body = Problem.body("about:blank", reason != null ? reason.getReasonPhrase() : "HTTP " + status,
                status, detail, List.of(), Map.of());
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.toString());
    }
}
