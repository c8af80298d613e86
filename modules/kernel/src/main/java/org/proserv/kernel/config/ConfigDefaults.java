package org.proserv.kernel.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The configuration defaults as MicroProfile Config finds them: every {@code META-INF/microprofile-config.properties} a
 * class loader sees, merged.
 *
 * <p>All those files have the default ordinal (100), so MicroProfile Config does not say which wins when two of them
 * define the same key: a key defined by more than one file is refused here, and the configuration reference test keeps
 * it so.
 */
public final class ConfigDefaults {

    /** Where MicroProfile Config looks for an application's own defaults. */
    public static final String RESOURCE = "META-INF/microprofile-config.properties";

    /** A file's own ordinal; it is no configuration key. */
    private static final String ORDINAL = "config_ordinal";

    private static final String DEFAULT_ORDINAL = "100";

    private static final ClassValue<ConfigDefaults> BY_ANCHOR = new ClassValue<>() {
        @Override
        protected ConfigDefaults computeValue(Class<?> anchor) {
            return load(anchor.getClassLoader());
        }
    };

    private final Map<String, String> values;

    private ConfigDefaults(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * The defaults visible to the class loader of this class, read once per class: a module passes one of its own
     * classes, so its own file is among them wherever it is deployed.
     */
    public static ConfigDefaults visibleTo(Class<?> anchor) {
        return BY_ANCHOR.get(anchor);
    }

    public static ConfigDefaults load(ClassLoader loader) {
        var values = new TreeMap<String, String>();
        var sources = new TreeMap<String, URL>();
        try {
            // a loader may list a file its parent lists too
            var files = new LinkedHashMap<String, URL>();
            for (URL file : Collections.list(loader.getResources(RESOURCE))) {
                files.putIfAbsent(file.toExternalForm(), file);
            }
            for (URL file : files.values()) {
                Properties properties = read(file);
                if (!DEFAULT_ORDINAL.equals(
                        properties.getProperty(ORDINAL, DEFAULT_ORDINAL).strip())) {
                    // a file with an ordinal of its own overrides the defaults (a test deployment's): not a default
                    continue;
                }
                for (var entry : properties.entrySet()) {
                    String key = (String) entry.getKey();
                    if (key.equals(ORDINAL)) {
                        continue;
                    }
                    URL other = sources.putIfAbsent(key, file);
                    if (other != null) {
                        throw new IllegalStateException(key + " has a default in two files, " + other + " and " + file
                                + ": keep each key in the one module that reads it");
                    }
                    values.put(key, (String) entry.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new ConfigDefaults(values);
    }

    /** The default of this key, exactly as written in its file ({@code ${...}} expressions unresolved). */
    public String value(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException(key + " has no default in any " + RESOURCE);
        }
        return value;
    }

    /** Every key with a default, sorted. */
    public Map<String, String> values() {
        return values;
    }

    private static Properties read(URL file) throws IOException {
        var properties = new Properties();
        try (InputStream in = file.openStream()) {
            properties.load(in);
        }
        return properties;
    }
}
