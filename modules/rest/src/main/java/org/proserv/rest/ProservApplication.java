package org.proserv.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api}. Callers present a MicroProfile JWT bearer token; its {@code groups} claim carries
 * the role.
 */
@ApplicationPath("/api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT", realmName = "proserv")
@DeclareRoles({Roles.CUSTOMER, Roles.DISPATCHER, Roles.ENGINEER, Roles.ADMIN, Roles.API_CLIENT})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Proserv",
                        version = "1",
                        description =
                                "The back office of a software vendor's professional services. Errors are RFC 9457 "
                                        + "application/problem+json documents; validation problems list the offending "
                                        + "fields in `errors`. "
                                        + "Each operation's description names the roles allowed to call it, and "
                                        + "the scope an API client needs for it (none: API clients may not)."))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class ProservApplication extends Application {

    /** No WADL: the API is described by /openapi, and nothing more about it is handed to anyone who asks. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
