package org.proserv.rest.http;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import org.proserv.kernel.error.ProservException;

/**
 * A path parameter declared as a number must be one: {@code /tickets/abc} is a 400 naming the parameter, not the "no
 * such resource" JAX-RS answers when it cannot convert it. Runs after matching, for every operation present or future.
 */
@Provider
public class PathParameterFilter implements ContainerRequestFilter {

    private static final Map<Class<?>, long[]> RANGES = Map.of(
            long.class,
            new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            Long.class,
            new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            int.class,
            new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            Integer.class,
            new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            short.class,
            new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            Short.class,
            new long[] {Short.MIN_VALUE, Short.MAX_VALUE});

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        check(method, request.getUriInfo().getPathParameters());
    }

    static void check(Method method, MultivaluedMap<String, String> values) {
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            long[] range = RANGES.get(method.getParameterTypes()[i]);
            if (range == null) {
                continue;
            }
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof PathParam param) {
                    String value = values.getFirst(param.value());
                    if (value != null && !fits(value, range)) {
                        throw ProservException.invalid(
                                param.value(), "must be a whole number in the path, at most " + range[1]);
                    }
                }
            }
        }
    }

    private static boolean fits(String value, long[] range) {
        try {
            long number = Long.parseLong(value);
            return number >= range[0] && number <= range[1];
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
