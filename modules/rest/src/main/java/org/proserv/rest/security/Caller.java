package org.proserv.rest.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Arrays;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;

/** The authenticated caller of this request, as an {@link Actor} for the services. */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken jwt;

    public Actor actor() {
        if (jwt == null || jwt.getName() == null) {
            throw new NotAuthorizedException("Bearer");
        }
        Role role = Arrays.stream(Role.values())
                .filter(r -> jwt.getGroups() != null && jwt.getGroups().contains(r.name()))
                .findFirst()
                .orElseThrow(() -> new NotAuthorizedException("Bearer"));
        return new Actor(jwt.getName(), role, role == Role.customer ? customerId() : null);
    }

    private Long customerId() {
        try {
            return parseCustomerId(jwt.getClaim("customer_id"));
        } catch (NumberFormatException e) {
            throw new NotAuthorizedException("Bearer");
        }
    }

    private static Long parseCustomerId(Object claim) {
        if (claim instanceof JsonNumber number) {
            return number.longValue();
        }
        if (claim instanceof Number number) {
            return number.longValue();
        }
        if (claim instanceof JsonString text) {
            return Long.valueOf(text.getString());
        }
        if (claim instanceof String text) {
            return Long.valueOf(text);
        }
        throw new NotAuthorizedException("Bearer");
    }
}
