package org.proserv.releases.patches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.releases.Ids;
import org.proserv.releases.catalog.Product;
import org.proserv.releases.catalog.ProductVersion;
import org.proserv.releases.catalog.ReleasePolicy;
import org.proserv.releases.catalog.VersionStatuses;

class UpgradePackTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final Actor STAFF = new Actor("erin", Role.engineer, null);

    private final Product product = Ids.assign(new Product("X-Cart", NOW), 1L);
    private final List<Map.Entry<Patch, ProductVersion>> releasedFor = new ArrayList<>();
    private long nextId = 100;

    UpgradePackTest() {
        product.addBranch("4.7", NOW);
        product.addBranch("5.0", NOW);
        product.addVersion("4.7", "4.7.10", Instant.parse("2026-01-01T00:00:00Z"), NOW);
        product.addVersion("4.7", "4.7.11", Instant.parse("2026-02-01T00:00:00Z"), NOW);
        product.addVersion("4.7", "4.7.12", Instant.parse("2026-03-01T00:00:00Z"), NOW);
        product.addVersion("5.0", "5.0.0", Instant.parse("2026-04-01T00:00:00Z"), NOW);
        product.addVersion("5.0", "5.0.1", Instant.parse("2026-05-01T00:00:00Z"), NOW);
    }

    /** A patch released on the given day of May for the given versions. */
    private Patch patch(int day, String... versions) {
        VersionStatuses statuses = product.statuses(NOW, ReleasePolicy.standard());
        var targets =
                Arrays.stream(versions).map(v -> statuses.of(v).orElseThrow()).toList();
        var draft = new PatchDraft(
                PatchKind.BUG_FIX,
                null,
                "fix " + nextId,
                null,
                List.of(versions),
                List.of(),
                Set.of(),
                Instant.parse("2026-05-01T00:00:00Z").plusSeconds(86_400L * day),
                false,
                null,
                null);
        var patch = Ids.assign(new Patch(1L, draft, targets, STAFF, NOW), nextId++);
        patch.versions().forEach(v -> releasedFor.add(Map.entry(patch, v)));
        return patch;
    }

    private UpgradePack pack(String from, String to) {
        return UpgradePack.assemble(
                product.versions(),
                product.requireVersion("from", from),
                product.requireVersion("to", to),
                releasedFor);
    }

    @Test
    void aPackHoldsEveryPatchOfTheVersionsAfterFromUpToToOnceInOrder() {
        var forFrom = patch(1, "4.7.10");
        var laterFor11 = patch(9, "4.7.11");
        var earlierFor11And12 = patch(2, "4.7.11", "4.7.12");
        var for12 = patch(3, "4.7.12");
        var for500 = patch(1, "5.0.0");
        var beyondTo = patch(1, "5.0.1");

        var pack = pack("4.7.10", "5.0.0");
        assertEquals(
                List.of("4.7.11", "4.7.12", "5.0.0"),
                pack.versions().stream().map(ProductVersion::name).toList());
        assertEquals(
                List.of(earlierFor11And12.id(), laterFor11.id(), for12.id(), for500.id()),
                pack.patches().stream().map(e -> e.patch().id()).toList());
        assertEquals(4, pack.total());
        assertEquals(
                List.of("4.7.11", "4.7.12"),
                pack.patches().get(0).versions().stream()
                        .map(ProductVersion::name)
                        .toList());
        assertEquals(
                false,
                pack.patches().stream().anyMatch(e -> e.patch() == forFrom || e.patch() == beyondTo),
                "from is exclusive, nothing past to");
    }

    @Test
    void anEmptyRangeOfPatchesIsAnEmptyPackAndABackwardsRangeIsRefused() {
        patch(1, "4.7.10");
        assertEquals(0, pack("4.7.10", "4.7.11").total());
        var backwards = assertThrows(ProservException.class, () -> pack("5.0.0", "4.7.12"));
        assertEquals("to", backwards.fieldErrors().get(0).field());
        assertThrows(ProservException.class, () -> pack("4.7.12", "4.7.12"));
    }
}
