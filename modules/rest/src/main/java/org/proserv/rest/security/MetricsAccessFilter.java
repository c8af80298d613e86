package org.proserv.rest.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.proserv.platform.tokens.TokenIssuer;
import org.proserv.rest.Roles;

/**
 * MicroProfile Metrics is served by Payara's own servlet, which Payara adds to the web module at the root context, so
 * to this application when it is deployed at {@code /} (on Payara Micro and in the EAR): this filter sees every request
 * for it, whatever the spelling of the path, once the container has mapped it. Only an admin's token or the configured
 * scrape credential reads it; refusals go through the error page, so they are problem+json.
 */
public class MetricsAccessFilter extends HttpFilter {

    @Inject
    @ConfigProperty(name = "proserv.metrics.scrape-token")
    Optional<String> scrapeToken;

    @Inject
    JsonWebToken jwt;

    @Inject
    TokenIssuer issuer;

    private ScrapeCredential credential;

    @Override
    public void init() {
        credential = ScrapeCredential.of(scrapeToken);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (credential.presentedIn(request.getHeader("Authorization"))) {
            chain.doFilter(request, response);
        } else if (request.getUserPrincipal() == null || RetiredKeyFilter.signedWithRetiredKey(jwt, issuer)) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else if (!request.isUserInRole(Roles.ADMIN)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
            chain.doFilter(request, response);
        }
    }
}
