package org.proserv.releases.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProservException;

class KnownVersionsTest {

    private final Product product = new Product("X-Cart", Instant.parse("2020-01-01T00:00:00Z"));

    @Test
    void anUnknownVersionNamesTheFieldAndAtMostTwentyKnownVersionsNewestFirst() {
        List<String> versions = IntStream.iterate(50, i -> i > 0, i -> i - 1)
                .mapToObj(i -> "4.7." + i)
                .toList();
        ProservException problem = KnownVersions.unknown("productVersion", product, "99.99-not-a-version", versions);
        assertEquals("productVersion", problem.fieldErrors().get(0).field());
        assertEquals(
                String.join(",", versions.subList(0, 20)), problem.properties().get("versions"));
        assertEquals(50, problem.properties().get("versionCount"));
        assertTrue(problem.fieldErrors().get(0).reason().endsWith("4.7.31 and 30 older"), problem.getMessage());
    }

    @Test
    void aProductWithoutVersionsSaysSo() {
        var problem = KnownVersions.unknown("version", product, "1.0", List.of());
        assertEquals("", problem.properties().get("versions"));
        assertTrue(problem.getMessage().contains("no versions yet"), problem.getMessage());
    }
}
