package org.proserv.rest.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope an API client's token must carry to call this operation (on a method, or on its class for all of them). API
 * clients are denied by default: an operation without it refuses them even if its roles include {@code api_client}, and
 * the architecture rules require it wherever they do. People's tokens are not affected.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresScope {

    /** One of the names of {@code org.proserv.platform.clients.Scope}, e.g. {@code tickets:read}. */
    String value();
}
