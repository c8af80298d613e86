package org.proserv.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigDefaultsTest {

    @TempDir
    Path dir;

    @Test
    void mergesTheFilesOfEveryModuleWithoutTheirOrdinals() throws IOException {
        Path kernel = module("kernel", "config_ordinal=100\nproserv.a=1\n");
        Path support = module("support", "proserv.b=P2Y\nproserv.c=${proserv.a}/x\n");

        var defaults = ConfigDefaults.load(loader(kernel, support));

        assertEquals(Map.of("proserv.a", "1", "proserv.b", "P2Y", "proserv.c", "${proserv.a}/x"), defaults.values());
        assertEquals("P2Y", defaults.value("proserv.b"));
    }

    @Test
    void refusesAKeyDefinedInTwoFilesSinceNoOrdinalDecidesBetweenThem() throws IOException {
        Path kernel = module("kernel", "proserv.calendar.zone=+04:00\n");
        Path releases = module("releases", "proserv.calendar.zone=+04:00\n");

        var refused = assertThrows(IllegalStateException.class, () -> ConfigDefaults.load(loader(kernel, releases)));

        assertTrue(
                refused.getMessage().startsWith("proserv.calendar.zone has a default in two files"),
                refused.getMessage());
    }

    @Test
    void aFileWithAnOrdinalOfItsOwnOverridesTheDefaultsAndIsNoneOfThem() throws IOException {
        Path kernel = module("kernel", "proserv.test-clock.enabled=false\n");
        Path deployment = module("deployment", "config_ordinal=200\nproserv.test-clock.enabled=true\n");

        assertEquals(
                Map.of("proserv.test-clock.enabled", "false"),
                ConfigDefaults.load(loader(kernel, deployment)).values());
    }

    @Test
    void aFileListedTwiceByTheLoaderIsOneSource() throws IOException {
        Path kernel = module("kernel", "proserv.a=1\n");

        assertEquals(
                Map.of("proserv.a", "1"),
                ConfigDefaults.load(loader(kernel, kernel)).values());
    }

    @Test
    void aKeyWithoutDefaultIsAnError() throws IOException {
        var defaults = ConfigDefaults.load(loader(module("kernel", "proserv.a=1\n")));

        var refused = assertThrows(IllegalStateException.class, () -> defaults.value("proserv.b"));

        assertEquals("proserv.b has no default in any " + ConfigDefaults.RESOURCE, refused.getMessage());
    }

    @Test
    void theKernelsOwnDefaultsAreOnTheClassPath() {
        assertTrue(ConfigDefaults.visibleTo(ConfigDefaultsTest.class).values().containsKey("proserv.calendar.zone"));
    }

    private Path module(String name, String properties) throws IOException {
        Path file = dir.resolve(name).resolve(ConfigDefaults.RESOURCE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, properties);
        return dir.resolve(name);
    }

    private static ClassLoader loader(Path... roots) throws IOException {
        var urls = new URL[roots.length];
        for (int i = 0; i < roots.length; i++) {
            urls[i] = roots[i].toUri().toURL();
        }
        // no parent: only these files, not the kernel's own
        return new URLClassLoader(urls, null);
    }
}
