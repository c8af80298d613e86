package org.proserv.releases.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.releases.Ids;
import org.proserv.releases.catalog.Product;
import org.proserv.releases.catalog.ProductVersion;
import org.proserv.releases.catalog.ReleasePolicy;
import org.proserv.releases.patches.Patch;
import org.proserv.releases.patches.PatchDraft;
import org.proserv.releases.patches.PatchKind;
import org.proserv.releases.patches.Severity;
import org.proserv.releases.patches.UpgradePack;

class UpgradePacksTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    private final Product product = Ids.assign(new Product("X-Cart", NOW), 1L);

    UpgradePacksTest() {
        product.addBranch("4.7", NOW);
        product.addBranch("5.0", NOW);
        product.addVersion("4.7", "4.7.11", Instant.parse("2026-02-01T00:00:00Z"), NOW);
        product.addVersion("4.7", "4.7.12", Instant.parse("2026-03-01T00:00:00Z"), NOW);
        product.addVersion("5.0", "5.0.0", Instant.parse("2026-04-01T00:00:00Z"), NOW);
    }

    private ProductVersion version(String name) {
        return product.requireVersion("version", name);
    }

    @Test
    void onlyANewerVersionIsAnUpgrade() {
        assertTrue(UpgradePack.isUpgrade(version("4.7.11"), version("5.0.0")));
        assertFalse(UpgradePack.isUpgrade(version("5.0.0"), version("4.7.12")));
        assertFalse(UpgradePack.isUpgrade(version("4.7.12"), version("4.7.12")));
    }

    @Test
    void theRecordListsEveryPatchOfThePackWithItsVersionsByName() {
        var statuses = product.statuses(NOW, ReleasePolicy.standard());
        var draft = new PatchDraft(
                PatchKind.SECURITY,
                Severity.HIGH,
                "XSS in search",
                null,
                List.of("4.7.12", "5.0.0"),
                List.of(),
                Set.of(),
                Instant.parse("2026-05-02T00:00:00Z"),
                false,
                null,
                null);
        var patch = Ids.assign(
                new Patch(
                        1L,
                        draft,
                        List.of(
                                statuses.of("4.7.12").orElseThrow(),
                                statuses.of("5.0.0").orElseThrow()),
                        new Actor("erin", Role.engineer, null),
                        NOW),
                7L);
        var releasedFor = new ArrayList<Map.Entry<Patch, ProductVersion>>();
        patch.versions().forEach(v -> releasedFor.add(Map.entry(patch, v)));
        var pack = UpgradePack.assemble(product.versions(), version("4.7.11"), version("5.0.0"), releasedFor);

        var record = UpgradePacks.record("X-Cart", pack);

        assertEquals("4.7.11", record.from());
        assertEquals("5.0.0", record.to());
        assertEquals(List.of("4.7.12", "5.0.0"), record.versions());
        assertEquals(1, record.total());
        var only = record.patches().get(0);
        assertEquals(7L, only.id());
        assertEquals("SECURITY", only.kind());
        assertEquals("HIGH", only.severity());
        assertEquals(List.of("4.7.12", "5.0.0"), only.versions());
    }
}
