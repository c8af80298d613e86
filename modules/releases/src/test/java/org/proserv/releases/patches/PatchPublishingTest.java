package org.proserv.releases.patches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.releases.Ids;
import org.proserv.releases.catalog.Product;
import org.proserv.releases.catalog.ReleasePolicy;
import org.proserv.releases.catalog.VersionStatus;
import org.proserv.releases.catalog.VersionStatuses;

class PatchPublishingTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final Actor ENGINEER = new Actor("erin", Role.engineer, null);

    private final Product product = product();
    private final VersionStatuses statuses = product.statuses(NOW, ReleasePolicy.standard());

    private static Product product() {
        var product = Ids.assign(new Product("X-Cart", Instant.parse("2020-01-01T00:00:00Z")), 7L);
        product.addBranch("4.6", NOW);
        product.addBranch("4.7", NOW);
        product.addVersion("4.6", "4.6.5", Instant.parse("2024-03-01T00:00:00Z"), NOW); // out of guarantee
        product.addVersion("4.7", "4.7.11", Instant.parse("2025-09-01T00:00:00Z"), NOW); // obsolete
        product.addVersion("4.7", "4.7.12", Instant.parse("2026-04-01T00:00:00Z"), NOW); // latest
        return product;
    }

    private List<VersionStatuses.State> targets(String... names) {
        return Arrays.stream(names).map(n -> statuses.of(n).orElseThrow()).toList();
    }

    private static PatchDraft draft(PatchKind kind, Severity severity, String decisionNote, String... versions) {
        return new PatchDraft(
                kind,
                severity,
                "Fix",
                null,
                List.of(versions),
                List.of(new PatchFile("./classes/Cart.php", "ABCDEF0123")),
                Set.of(),
                null,
                false,
                null,
                decisionNote);
    }

    @Test
    void theFixturesHaveEachStatus() {
        assertEquals(
                List.of(VersionStatus.outOfGuarantee, VersionStatus.obsolete, VersionStatus.latest),
                targets("4.6.5", "4.7.11", "4.7.12").stream()
                        .map(VersionStatuses.State::status)
                        .toList());
    }

    @Test
    void bugFixPatchesArePublishedForVersionsInGuarantee() {
        var patch = new Patch(
                7L,
                draft(PatchKind.BUG_FIX, null, null, "4.7.11", "4.7.12"),
                targets("4.7.11", "4.7.12"),
                ENGINEER,
                NOW);
        assertEquals(2, patch.versions().size());
        assertEquals(NOW, patch.releasedAt(), "released now when no date is given");
        assertTrue(patch.guaranteeExceptionVersions().isEmpty());
        assertEquals("classes/Cart.php", patch.files().get(0).path());
        assertEquals("abcdef0123", patch.files().get(0).checksum());
    }

    @Test
    void aBugFixPatchForAVersionOutOfGuaranteeIsRefusedNamingTheRuleAndTheVersions() {
        var refused = assertThrows(
                ProservException.class,
                () -> new Patch(
                        7L,
                        draft(PatchKind.BUG_FIX, null, null, "4.6.5", "4.7.12"),
                        targets("4.6.5", "4.7.12"),
                        ENGINEER,
                        NOW));
        assertEquals(ProblemCategory.CONFLICT, refused.category());
        assertEquals(Patch.OUT_OF_GUARANTEE_RULE, refused.properties().get("rule"));
        assertEquals("4.6.5", refused.properties().get("versions"));
        assertTrue(refused.getMessage().contains("upgrade to 4.7.12"), refused.getMessage());
    }

    @Test
    void aSecurityPatchForAVersionOutOfGuaranteeIsAllowedAndRecordedAsADecisionWithItsSeverity() {
        var patch = new Patch(
                7L,
                draft(
                        PatchKind.SECURITY,
                        Severity.CRITICAL,
                        "remote code execution: fix every store",
                        "4.6.5",
                        "4.7.11",
                        "4.7.12"),
                targets("4.6.5", "4.7.11", "4.7.12"),
                ENGINEER,
                NOW);
        assertEquals(List.of("4.6.5"), patch.guaranteeExceptionVersions());
        assertEquals(
                "remote code execution: fix every store",
                patch.guaranteeExceptionNote().orElseThrow());
        assertEquals(Severity.CRITICAL, patch.severity().orElseThrow());
        assertEquals("erin", patch.publishedBy());
        assertEquals(NOW, patch.publishedAt());
    }

    @Test
    void theDecisionForVersionsOutOfGuaranteeMustGiveItsReasons() {
        for (String note : new String[] {null, "  "}) {
            var missing = assertThrows(
                    ProservException.class,
                    () -> new Patch(
                            7L,
                            draft(PatchKind.SECURITY, Severity.HIGH, note, "4.6.5", "4.7.12"),
                            targets("4.6.5", "4.7.12"),
                            ENGINEER,
                            NOW));
            assertEquals("decisionNote", missing.fieldErrors().get(0).field());
            assertTrue(missing.getMessage().contains("4.6.5"), missing.getMessage());
        }
        var inGuarantee = new Patch(
                7L, draft(PatchKind.SECURITY, Severity.LOW, null, "4.7.11"), targets("4.7.11"), ENGINEER, NOW);
        assertTrue(inGuarantee.guaranteeExceptionNote().isEmpty(), "no decision to explain for versions in guarantee");
    }

    @Test
    void aSecurityPatchForManyOldVersionsKeepsEveryName() {
        var many = Ids.assign(new Product("Old", Instant.parse("2000-01-01T00:00:00Z")), 8L);
        many.addBranch("1.0", NOW);
        many.addBranch("2.0", NOW);
        var names = new ArrayList<String>();
        for (int i = 0; i < Patch.MAX_VERSIONS - 1; i++) {
            String name = String.format("1.0.%03d-", i) + "x".repeat(32);
            assertEquals(40, name.length());
            many.addVersion("1.0", name, Instant.parse("2020-01-01T00:00:00Z").plusSeconds(i), NOW);
            names.add(name);
        }
        many.addVersion("2.0", "2.0.0", NOW, NOW);
        names.add("2.0.0");
        var statuses = many.statuses(NOW, ReleasePolicy.standard());
        var all = names.stream().map(n -> statuses.of(n).orElseThrow()).toList();
        var draft = new PatchDraft(
                PatchKind.SECURITY,
                Severity.CRITICAL,
                "Fix",
                null,
                names,
                List.of(),
                Set.of(),
                null,
                false,
                null,
                "exploited everywhere");
        var patch = new Patch(8L, draft, all, ENGINEER, NOW);
        assertEquals(Patch.MAX_VERSIONS - 1, patch.guaranteeExceptionVersions().size());
        assertTrue(String.join(",", patch.guaranteeExceptionVersions()).length() <= Patch.EXCEPTION_VERSIONS_LENGTH);

        var tooMany = new ArrayList<>(all);
        tooMany.add(all.get(0));
        assertEquals(
                "versions",
                assertThrows(ProservException.class, () -> new Patch(8L, draft, tooMany, ENGINEER, NOW))
                        .fieldErrors()
                        .get(0)
                        .field());
    }

    @Test
    void severityBelongsToSecurityPatchesOnly() {
        var missing = assertThrows(
                ProservException.class,
                () -> new Patch(7L, draft(PatchKind.SECURITY, null, null, "4.7.12"), targets("4.7.12"), ENGINEER, NOW));
        assertEquals("severity", missing.fieldErrors().get(0).field());
        var extra = assertThrows(
                ProservException.class,
                () -> new Patch(
                        7L, draft(PatchKind.BUG_FIX, Severity.LOW, null, "4.7.12"), targets("4.7.12"), ENGINEER, NOW));
        assertEquals("severity", extra.fieldErrors().get(0).field());
    }

    @Test
    void onlyStaffPublishAndNeverAheadOfTime() {
        var customer = new Actor("alice", Role.customer, 3L);
        assertEquals(
                ProblemCategory.FORBIDDEN,
                assertThrows(
                                ProservException.class,
                                () -> new Patch(
                                        7L,
                                        draft(PatchKind.BUG_FIX, null, null, "4.7.12"),
                                        targets("4.7.12"),
                                        customer,
                                        NOW))
                        .category());
        var future = new PatchDraft(
                PatchKind.BUG_FIX,
                null,
                "Fix",
                null,
                List.of("4.7.12"),
                List.of(),
                Set.of(),
                NOW.plusSeconds(60),
                false,
                null,
                null);
        assertEquals(
                "releasedAt",
                assertThrows(ProservException.class, () -> new Patch(7L, future, targets("4.7.12"), ENGINEER, NOW))
                        .fieldErrors()
                        .get(0)
                        .field());
        for (Instant date : List.of(Instant.parse("1970-01-01T00:00:00Z"), Instant.MIN)) {
            var ancient = new PatchDraft(
                    PatchKind.BUG_FIX,
                    null,
                    "Fix",
                    null,
                    List.of("4.7.12"),
                    List.of(),
                    Set.of(),
                    date,
                    false,
                    null,
                    null);
            assertEquals(
                    "releasedAt",
                    assertThrows(ProservException.class, () -> new Patch(7L, ancient, targets("4.7.12"), ENGINEER, NOW))
                            .fieldErrors()
                            .get(0)
                            .field());
        }
        var noVersions = assertThrows(
                ProservException.class,
                () -> new Patch(7L, draft(PatchKind.BUG_FIX, null, null), List.of(), ENGINEER, NOW));
        assertEquals("versions", noVersions.fieldErrors().get(0).field());
    }

    @Test
    void aFilePathMustNameAFile() {
        assertEquals("classes/Cart.php", new PatchFile(" .//classes\\Cart.php ", "AB12CD34").path());
        for (String path : List.of("/", "./", "//", ".", "classes/", "classes/../etc/passwd", "a/./b")) {
            var refused = assertThrows(ProservException.class, () -> new PatchFile(path, "ab12cd34"), path);
            assertEquals("files", refused.fieldErrors().get(0).field(), path);
        }
        var plan = assertThrows(
                ProservException.class,
                () -> PatchPlanner.plan(List.of(), Set.of(), List.of(new PatchPlanner.LocalFile("/", null))));
        assertEquals("modifiedFiles", plan.fieldErrors().get(0).field());
    }

    @Test
    void aPatchCannotRequireItself() {
        var patch = Ids.assign(
                new Patch(7L, draft(PatchKind.BUG_FIX, null, null, "4.7.12"), targets("4.7.12"), ENGINEER, NOW), 60L);
        assertEquals(
                ProblemCategory.CONFLICT,
                assertThrows(ProservException.class, () -> patch.replacePrerequisites(Set.of(60L), ENGINEER))
                        .category());
        patch.replacePrerequisites(Set.of(50L, 51L), ENGINEER);
        assertEquals(Set.of(50L, 51L), patch.prerequisites());
    }
}
