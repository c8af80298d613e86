package org.proserv.kernel.error;

/** The kinds of business failure, each with the HTTP status the REST edge answers with. */
public enum ProblemCategory {
    VALIDATION(400, "Invalid request"),
    UNAUTHORIZED(401, "Unauthorized"),
    PAYMENT_REQUIRED(402, "Payment required"),
    FORBIDDEN(403, "Forbidden"),
    /** The credentials are right, but an administrator reset the password: the holder must choose a new one. */
    PASSWORD_CHANGE_REQUIRED(403, "Password change required"),
    NOT_FOUND(404, "Not found"),
    CONFLICT(409, "Conflict"),
    UNPROCESSABLE(422, "Unprocessable request"),
    /** Too many attempts; the {@code retryAfter} property says how many seconds to wait. */
    TOO_MANY_REQUESTS(429, "Too many requests");

    private final int status;
    private final String title;

    ProblemCategory(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The problem type URI, stable for clients to switch on. */
    public String type() {
        return "urn:proserv:problem:" + name().toLowerCase().replace('_', '-');
    }
}
