/**
 * Configuration defaults. Each module keeps the defaults of the keys it reads in its own
 * {@code META-INF/microprofile-config.properties}, which MicroProfile Config reads from the class path;
 * {@link org.proserv.kernel.config.ConfigDefaults} reads the same files, so the policies built for unit tests and the
 * running server start from one set of values. Producers read their keys with {@code @ConfigProperty} and no
 * {@code defaultValue}.
 */
package org.proserv.kernel.config;
