package org.proserv.releases.patches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.releases.patches.PatchPlanner.Candidate;
import org.proserv.releases.patches.PatchPlanner.LocalFile;
import org.proserv.releases.patches.PatchPlanner.Mode;
import org.proserv.releases.patches.PatchPlanner.Plan;
import org.proserv.releases.patches.PatchPlanner.ReasonCode;

class PatchPlannerTest {

    private static final Instant DAY0 = Instant.parse("2026-01-01T00:00:00Z");

    /** A patch released on day {@code day}, requiring {@code requires}, changing {@code files} (path=checksum). */
    private static Candidate patch(long id, int day, List<Long> requires, String... files) {
        var map = new HashMap<String, String>();
        for (String f : files) {
            String[] pc = f.split("=");
            map.put(pc[0], pc[1]);
        }
        return new Candidate(
                id,
                "patch " + id,
                PatchKind.BUG_FIX,
                null,
                DAY0.plusSeconds(86_400L * day),
                false,
                null,
                requires,
                map);
    }

    private static Candidate manualOnly(long id, int day, String note) {
        return new Candidate(
                id,
                "patch " + id,
                PatchKind.SECURITY,
                Severity.HIGH,
                DAY0.plusSeconds(86_400L * day),
                true,
                note,
                List.of(),
                Map.of());
    }

    private static List<Long> order(Plan plan) {
        return plan.steps().stream().map(s -> s.patch().id()).toList();
    }

    private static PatchPlanner.Step step(Plan plan, long id) {
        return plan.steps().stream()
                .filter(s -> s.patch().id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void prerequisitesComeFirstThenReleaseDateThenId() {
        // 10 was released last but 11 and 12 need it; 13 and 14 are independent, released the same day
        var patches = List.of(
                patch(10, 9, List.of()),
                patch(11, 1, List.of(10L)),
                patch(12, 2, List.of(10L, 11L)),
                patch(14, 5, List.of()),
                patch(13, 5, List.of()));
        Plan plan = PatchPlanner.plan(patches, Set.of(), List.of());
        assertEquals(List.of(13L, 14L, 10L, 11L, 12L), order(plan));
        assertEquals(
                List.of(1, 2, 3, 4, 5),
                plan.steps().stream().map(PatchPlanner.Step::order).toList());
        assertEquals(List.of(10L, 11L), step(plan, 12).requires());
        assertEquals(5, plan.automatic());
    }

    @Test
    void theOrderDoesNotDependOnTheOrderOfTheInput() {
        var patches = new ArrayList<Candidate>();
        Random random = new Random(7);
        for (long id = 1; id <= 300; id++) {
            var requires = new ArrayList<Long>();
            for (int k = 0; k < 3 && id > 1; k++) {
                requires.add(1 + (long) random.nextInt((int) id - 1));
            }
            patches.add(patch(id, random.nextInt(30), requires));
        }
        List<Long> expected = order(PatchPlanner.plan(patches, Set.of(), List.of()));
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(patches, random);
            assertEquals(expected, order(PatchPlanner.plan(patches, Set.of(), List.of())));
        }
        var position = new HashMap<Long, Integer>();
        for (int i = 0; i < expected.size(); i++) {
            position.put(expected.get(i), i);
        }
        for (Candidate c : patches) {
            for (Long p : c.prerequisites()) {
                assertTrue(position.get(p) < position.get(c.id()), p + " before " + c.id());
            }
        }
    }

    @Test
    void appliedPatchesAreLeftOutAndSatisfyTheirDependents() {
        var patches = List.of(patch(1, 1, List.of()), patch(2, 2, List.of(1L)), patch(3, 3, List.of(2L)));
        Plan plan = PatchPlanner.plan(patches, Set.of(1L), List.of());
        assertEquals(List.of(2L, 3L), order(plan));
        assertEquals(Mode.automatic, step(plan, 2).mode());
        assertEquals(
                0,
                PatchPlanner.plan(patches, Set.of(1L, 2L, 3L), List.of())
                        .steps()
                        .size());
    }

    @Test
    void aPatchTouchingALocallyModifiedFileIsManualUnlessTheFileIsAsThePatchExpects() {
        var patches = List.of(
                patch(1, 1, List.of(), "classes/Cart.php=aa11", "skin/checkout.tpl=bb22"),
                patch(2, 2, List.of(), "classes/Order.php=cc33"),
                patch(3, 3, List.of(), "classes/Payment.php=dd44"));
        Plan plan = PatchPlanner.plan(
                patches,
                Set.of(),
                List.of(
                        new LocalFile("/classes/Cart.php", null),
                        new LocalFile("classes\\Order.php", "CC33"),
                        new LocalFile("./classes/Payment.php", "ffff")));
        var first = step(plan, 1);
        assertEquals(Mode.manual, first.mode());
        assertEquals(ReasonCode.modifiedFile, first.reasons().get(0).code());
        assertEquals("classes/Cart.php", first.reasons().get(0).path());
        assertEquals(Mode.automatic, step(plan, 2).mode(), "modified, but exactly as the patch expects");
        assertEquals(Mode.manual, step(plan, 3).mode(), "a different checksum: modified");
        assertTrue(step(plan, 3).reasons().get(0).detail().contains("ffff"));
    }

    @Test
    void aStoreWhoseFilesAreNotWritableGetsEveryStepChangingFilesManualForFilePermissions() {
        var patches = List.of(
                patch(1, 1, List.of(), "classes/Cart.php=aa11"),
                patch(2, 2, List.of(1L), "classes/Order.php=cc33"),
                manualOnly(3, 3, "run the shell step"));
        Plan plan = PatchPlanner.plan(patches, Set.of(), List.of(), PatchPlanner.Writable.of(false, List.of()));
        var first = step(plan, 1);
        assertEquals(Mode.manual, first.mode());
        assertEquals(ReasonCode.filePermissions, first.reasons().get(0).code());
        assertEquals("classes/Cart.php", first.reasons().get(0).path());
        assertEquals(
                List.of(ReasonCode.filePermissions, ReasonCode.prerequisiteManual),
                step(plan, 2).reasons().stream().map(PatchPlanner.Reason::code).toList());
        assertEquals(
                List.of(ReasonCode.manualOnly),
                step(plan, 3).reasons().stream().map(PatchPlanner.Reason::code).toList(),
                "a patch changing no file needs no write permission");

        assertEquals(
                3,
                PatchPlanner.plan(patches, Set.of(), List.of(), PatchPlanner.Writable.of(null, List.of()))
                        .steps()
                        .stream()
                        .filter(s -> s.reasons().stream().noneMatch(r -> r.code() == ReasonCode.filePermissions))
                        .count(),
                "writable when not said otherwise");
    }

    @Test
    void unwritablePathsMakeOnlyTheStepsChangingThemManualADirectoryCoveringItsFiles() {
        var patches = List.of(
                patch(1, 1, List.of(), "classes/Cart.php=aa11"),
                patch(2, 2, List.of(), "var/sessions/handler.php=bb22"),
                patch(3, 3, List.of(), "classes/CartItem.php=cc33"),
                patch(4, 4, List.of(), "skin/admin.tpl=dd44"));
        Plan plan = PatchPlanner.plan(
                patches,
                Set.of(),
                List.of(),
                PatchPlanner.Writable.of(true, List.of("/classes/Cart.php", "var/sessions/", "skin\\admin.tpl")));
        assertEquals(
                List.of(Mode.manual, Mode.manual, Mode.automatic, Mode.manual),
                plan.steps().stream().map(PatchPlanner.Step::mode).toList(),
                plan.steps().toString());
        var sessions = step(plan, 2).reasons().get(0);
        assertEquals(ReasonCode.filePermissions, sessions.code());
        assertEquals("var/sessions/handler.php", sessions.path());
        assertTrue(sessions.detail().contains("not writable"), sessions.detail());
        assertEquals(
                "unwritablePaths",
                assertThrows(ProservException.class, () -> PatchPlanner.Writable.of(true, List.of("../etc/passwd")))
                        .fieldErrors()
                        .get(0)
                        .field());
    }

    /**
     * A patch's checksum is that of the file before it: the second patch changing a file expects what the first leaves.
     * A store whose copy is as the first expects has not modified it.
     */
    @Test
    void aSecondPatchOfTheSameFileIsNotTakenForALocalModification() {
        var patches = List.of(
                patch(1, 1, List.of(), "classes/Cart.php=aa01"),
                patch(2, 2, List.of(1L), "classes/Cart.php=bb02", "classes/Order.php=cc03"),
                patch(3, 3, List.of(), "classes/Cart.php=dd04"));
        Plan plan = PatchPlanner.plan(patches, Set.of(), List.of(new LocalFile("classes/Cart.php", "AA01")));
        assertEquals(
                List.of(Mode.automatic, Mode.automatic, Mode.automatic),
                plan.steps().stream().map(PatchPlanner.Step::mode).toList(),
                plan.steps().toString());
        assertEquals(3, plan.automatic());

        Plan afterFirst = PatchPlanner.plan(patches, Set.of(1L), List.of(new LocalFile("classes/Cart.php", "bb02")));
        assertEquals(2, afterFirst.automatic(), "the first applied: the file is as the second expects");

        Plan modified = PatchPlanner.plan(patches, Set.of(), List.of(new LocalFile("classes/Cart.php", "ffff")));
        assertEquals(
                List.of(Mode.manual, Mode.manual, Mode.manual),
                modified.steps().stream().map(PatchPlanner.Step::mode).toList());
        assertEquals(
                List.of(ReasonCode.modifiedFile, ReasonCode.prerequisiteManual),
                step(modified, 2).reasons().stream()
                        .map(PatchPlanner.Reason::code)
                        .toList());
        assertEquals(
                List.of(ReasonCode.modifiedFile),
                step(modified, 3).reasons().stream()
                        .map(PatchPlanner.Reason::code)
                        .toList());
    }

    @Test
    void aPatchChangingAFileAfterAManualStepWaitsForThatStep() {
        var manual = new Candidate(
                1,
                "patch 1",
                PatchKind.SECURITY,
                Severity.HIGH,
                DAY0,
                true,
                "chmod",
                List.of(),
                Map.of("classes/Session.php", "aa01"));
        var later = patch(2, 2, List.of(), "classes/Session.php=bb02");
        var declared = patch(3, 3, List.of(1L), "classes/Session.php=bb02");
        Plan plan = PatchPlanner.plan(List.of(manual, later), Set.of(), List.of());
        var second = step(plan, 2);
        assertEquals(Mode.manual, second.mode());
        assertEquals(
                List.of(ReasonCode.prerequisiteManual),
                second.reasons().stream().map(PatchPlanner.Reason::code).toList());
        assertEquals(1L, second.reasons().get(0).patchId());
        assertEquals("classes/Session.php", second.reasons().get(0).path());
        assertTrue(
                second.reasons().get(0).detail().contains("after patch 1 (step 1)"),
                second.reasons().toString());

        var withPrerequisite = step(PatchPlanner.plan(List.of(manual, declared), Set.of(), List.of()), 3);
        assertEquals(
                1,
                withPrerequisite.reasons().size(),
                "the declared prerequisite says it once: " + withPrerequisite.reasons());

        var alreadyChanged = PatchPlanner.plan(
                List.of(manual, later), Set.of(), List.of(new LocalFile("classes/Session.php", "bb02")));
        assertEquals(Mode.automatic, step(alreadyChanged, 2).mode(), "the store's copy is already as patch 2 expects");
        assertEquals(
                List.of(ReasonCode.manualOnly, ReasonCode.modifiedFile),
                step(alreadyChanged, 1).reasons().stream()
                        .map(PatchPlanner.Reason::code)
                        .toList());
    }

    @Test
    void manualOnlyPatchesAndDependentsOfManualPatchesAreManualWithEveryReason() {
        var patches = List.of(
                manualOnly(1, 1, "changes file permissions of var/"),
                patch(2, 2, List.of(), "classes/Cart.php=aa"),
                patch(3, 3, List.of(1L, 2L), "classes/Order.php=bb"),
                patch(4, 4, List.of(3L)),
                patch(5, 5, List.of()));
        Plan plan = PatchPlanner.plan(
                patches,
                Set.of(),
                List.of(new LocalFile("classes/Cart.php", null), new LocalFile("classes/Order.php", null)));
        assertEquals(ReasonCode.manualOnly, step(plan, 1).reasons().get(0).code());
        assertTrue(step(plan, 1).reasons().get(0).detail().contains("file permissions"));
        var third = step(plan, 3);
        assertEquals(
                List.of(ReasonCode.modifiedFile, ReasonCode.prerequisiteManual, ReasonCode.prerequisiteManual),
                third.reasons().stream().map(PatchPlanner.Reason::code).toList(),
                third.reasons().toString());
        assertEquals(
                List.of(1L, 2L),
                third.reasons().subList(1, 3).stream()
                        .map(PatchPlanner.Reason::patchId)
                        .toList());
        assertEquals(Mode.manual, step(plan, 4).mode(), "manual through its prerequisite, transitively");
        assertEquals(
                List.of(ReasonCode.prerequisiteManual),
                step(plan, 4).reasons().stream().map(PatchPlanner.Reason::code).toList());
        assertEquals(Mode.automatic, step(plan, 5).mode());
        assertEquals(4, plan.manual());
    }

    @Test
    void aPrerequisiteNeitherAppliedNorReleasedForTheVersionIsMissing() {
        Plan plan =
                PatchPlanner.plan(List.of(patch(2, 1, List.of(99L)), patch(3, 2, List.of(2L))), Set.of(), List.of());
        var second = step(plan, 2);
        assertEquals(Mode.manual, second.mode());
        assertEquals(ReasonCode.prerequisiteMissing, second.reasons().get(0).code());
        assertEquals(99L, second.reasons().get(0).patchId());
        assertEquals(Mode.manual, step(plan, 3).mode());
    }

    @Test
    void aCycleIsAConflictNamingThePatchesOnItNotTheOnesBehindIt() {
        // 21 -> 22 -> 23 -> 21 is the cycle; 24 requires 23 and 20 stands alone
        var patches = List.of(
                patch(20, 1, List.of()),
                patch(22, 2, List.of(23L)),
                patch(23, 3, List.of(21L)),
                patch(21, 4, List.of(22L, 20L)),
                patch(24, 5, List.of(23L)));
        var e = assertThrows(ProservException.class, () -> PatchPlanner.plan(patches, Set.of(), List.of()));
        assertEquals(ProblemCategory.CONFLICT, e.category());
        assertEquals("21,22,23", e.properties().get("cycle"));
        assertTrue(e.getMessage().contains("21 requires 22 requires 23 requires 21"), e.getMessage());
        var self = assertThrows(
                ProservException.class,
                () -> PatchPlanner.plan(List.of(patch(5, 1, List.of(5L))), Set.of(), List.of()));
        assertEquals("5", self.properties().get("cycle"));
    }

    @Test
    void aCycleThroughAnAppliedPatchIsNoCycleAnyMore() {
        var patches = List.of(patch(1, 1, List.of(2L)), patch(2, 2, List.of(1L)), patch(3, 3, List.of(1L)));
        assertEquals(List.of(2L, 3L), order(PatchPlanner.plan(patches, Set.of(1L), List.of())));
    }

    @Test
    void findCycleSeesCyclesAnywhereInAProduct() {
        assertTrue(PatchPlanner.findCycle(Map.of(1L, Set.of(), 2L, Set.of(1L), 3L, Set.of(1L, 2L)))
                .isEmpty());
        assertEquals(
                List.of(2L, 3L),
                PatchPlanner.findCycle(Map.of(1L, Set.of(), 2L, Set.of(3L), 3L, Set.of(2L, 1L)))
                        .orElseThrow());
    }

    @Test
    void aChainTwoThousandDeepIsPlannedWithoutRecursion() {
        // each patch requires the previous one, yet is released earlier: the order must follow the chain
        var patches = new ArrayList<Candidate>();
        int depth = 2_000;
        for (long id = 1; id <= depth; id++) {
            patches.add(patch(
                    id,
                    depth - (int) id,
                    id == 1 ? List.of() : List.of(id - 1),
                    "file" + id + ".php=" + Long.toHexString(id)));
        }
        var modified = List.of(new LocalFile("file1.php", null));
        Plan plan = PatchPlanner.plan(patches, Set.of(), modified);
        assertEquals(depth, plan.steps().size());
        for (int i = 0; i < depth; i++) {
            assertEquals(i + 1L, plan.steps().get(i).patch().id());
        }
        assertEquals(
                depth, plan.manual(), "the first is modified locally, so every later one depends on a manual patch");

        // closing the chain into a ring of 2,000 is reported, not overflowed
        patches.set(0, patch(1, depth, List.of((long) depth)));
        var e = assertThrows(ProservException.class, () -> PatchPlanner.plan(patches, Set.of(), List.of()));
        assertEquals(depth, e.properties().get("cycle").toString().split(",").length);
    }

    @Test
    void appliedPatchesMustBePatchesOfTheVersion() {
        PatchPlanner.requireApplicable(Set.of(1L, 2L), Set.of(1L, 2L, 3L), Set.of(), Set.of(), "X-Cart 4.7.12");
        var e = assertThrows(
                ProservException.class,
                () -> PatchPlanner.requireApplicable(
                        Set.of(1L, 77L, 99L, 98L), Set.of(1L, 2L), Set.of(), Set.of(77L), "X-Cart 4.7.12"));
        assertEquals(ProblemCategory.VALIDATION, e.category());
        assertEquals("98,99", e.properties().get("unknownPatches"));
        assertEquals("77", e.properties().get("otherVersionPatches"));
        assertEquals(
                List.of("appliedPatches", "appliedPatches"),
                e.fieldErrors().stream().map(f -> f.field()).toList());
        assertTrue(
                e.getMessage().contains("98,99")
                        && e.getMessage().contains("X-Cart 4.7.12 nor required by its patches: 77"),
                e.getMessage());
    }

    /**
     * Patch 2 of the version requires 50, released for another version only, which requires 51: a store applies them to
     * satisfy it, so it may say so.
     */
    @Test
    void patchesOfOtherVersionsThatTheVersionsPatchesRequireMayBeApplied() {
        var versionPatches = List.of(patch(1, 1, List.of()), patch(2, 2, List.of(1L, 50L)));
        var productGraph = Map.of(2L, List.of(1L, 50L), 50L, List.of(51L), 51L, List.of(2L), 60L, List.of(61L));
        Set<Long> required = PatchPlanner.requiredFromElsewhere(versionPatches, productGraph);
        assertEquals(Set.of(50L, 51L), required);
        PatchPlanner.requireApplicable(
                Set.of(1L, 50L, 51L), Set.of(1L, 2L), required, Set.of(50L, 51L, 60L), "X-Cart 4.7.12");
        var other = assertThrows(
                ProservException.class,
                () -> PatchPlanner.requireApplicable(
                        Set.of(50L, 60L), Set.of(1L, 2L), required, Set.of(50L, 60L), "X-Cart 4.7.12"));
        assertEquals("60", other.properties().get("otherVersionPatches"));

        Plan plan = PatchPlanner.plan(versionPatches, Set.of(50L), List.of());
        assertEquals(
                Mode.automatic, step(plan, 2).mode(), "its prerequisite applied, patch 2 is no longer missing one");
        assertEquals(
                ReasonCode.prerequisiteMissing,
                step(PatchPlanner.plan(versionPatches, Set.of(), List.of()), 2)
                        .reasons()
                        .get(0)
                        .code());
    }
}
