package org.proserv.rest.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;

/**
 * Errors raised by the container before JAX-RS sees the request (an invalid or expired token is refused by the
 * authentication mechanism, a header the container cannot parse) still answer problem+json: web.xml routes them here.
 */
@WebServlet("/error-problem")
public class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        Problem.write(response, status, detail(status, request));
    }

    static String detail(int status, HttpServletRequest request) {
        return switch (status) {
            case 400 ->
                Collections.list(request.getHeaders("Content-Type")).isEmpty()
                        ? "The request is malformed"
                        : "The request is malformed; check the Content-Type header (send the body as application/json)";
            case 401 -> "A valid bearer token is required";
            case 403 -> "Your role does not allow this";
            case 404 -> "No such resource";
            case 405 -> "This resource does not offer that method";
            case 406 -> "This resource answers application/json only";
            case 413 -> "The request body is too large";
            case 414 -> "The URL is too long";
            case 415 -> "Send the body as application/json";
            case 431 -> "The request headers are too large";
            default -> status >= 500 ? "The server could not handle this request" : "The request cannot be handled";
        };
    }
}
