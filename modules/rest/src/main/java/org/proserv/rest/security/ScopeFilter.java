package org.proserv.rest.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.proserv.platform.accounts.Role;
import org.proserv.platform.clients.ApiClients;
import org.proserv.platform.clients.Scopes;
import org.proserv.rest.problems.Problem;

/**
 * Scopes of API clients, after the roles were checked: a revoked client's token is refused (401) on every request, and
 * an operation answers an API client only if it declares {@link RequiresScope} and the token carries that scope (403
 * naming the missing scope otherwise).
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class ScopeFilter implements ContainerRequestFilter {

    public static final String INSUFFICIENT_SCOPE = "urn:proserv:problem:insufficient-scope";

    @Inject
    JsonWebToken jwt;

    @Inject
    ApiClients clients;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        var operation = resource.getResourceMethod();
        if (!isApiClient(jwt) || operation == null || isPublic(operation)) {
            return;
        }
        if (!clients.isActive(jwt.getName())) {
            request.abortWith(Response.fromResponse(Problem.http(401, "This API client was revoked"))
                    .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                    .build());
            return;
        }
        var required = requiredScope(operation, resource.getResourceClass());
        if (required.isEmpty()) {
            request.abortWith(refusal("API clients may not call this operation", null));
        } else if (!granted(jwt).grants(required.get())) {
            request.abortWith(refusal("This operation needs the scope " + required.get(), required.get()));
        }
    }

    static boolean isApiClient(JsonWebToken jwt) {
        return jwt != null
                && jwt.getRawToken() != null
                && jwt.getGroups() != null
                && jwt.getGroups().contains(Role.api_client.name());
    }

    /** Open to anyone: a token, of whatever caller, adds nothing. */
    private static boolean isPublic(Method operation) {
        if (operation.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        boolean ownRule =
                operation.isAnnotationPresent(RolesAllowed.class) || operation.isAnnotationPresent(DenyAll.class);
        return !ownRule && operation.getDeclaringClass().isAnnotationPresent(PermitAll.class);
    }

    /** The operation's own scope, else its class's. */
    static Optional<String> requiredScope(Method operation, Class<?> resourceClass) {
        var own = operation.getAnnotation(RequiresScope.class);
        if (own != null) {
            return Optional.of(own.value());
        }
        var inherited = resourceClass == null ? null : resourceClass.getAnnotation(RequiresScope.class);
        return Optional.ofNullable(inherited).map(RequiresScope::value);
    }

    /** The token's {@code scope} claim; a token without a readable one grants nothing. */
    static Scopes granted(JsonWebToken jwt) {
        Object claim = jwt.getClaim("scope");
        String text = claim instanceof JsonString json ? json.getString() : claim instanceof String s ? s : null;
        try {
            return text == null ? Scopes.of() : Scopes.parse(text, "scope");
        } catch (RuntimeException unreadable) {
            return Scopes.of();
        }
    }

    private static Response refusal(String detail, String scope) {
        var problem = Problem.response(
                INSUFFICIENT_SCOPE,
                "Insufficient scope",
                403,
                detail,
                List.of(),
                scope == null ? Map.of() : Map.of("requiredScope", scope));
        String challenge = "Bearer error=\"insufficient_scope\"" + (scope == null ? "" : ", scope=\"" + scope + "\"");
        return Response.fromResponse(problem)
                .header("WWW-Authenticate", challenge)
                .build();
    }
}
