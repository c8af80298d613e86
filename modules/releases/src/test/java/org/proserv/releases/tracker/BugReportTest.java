package org.proserv.releases.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
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
import org.proserv.releases.catalog.ProductVersion;
import org.proserv.releases.catalog.ReleasePolicy;
import org.proserv.releases.patches.Patch;
import org.proserv.releases.patches.PatchDraft;
import org.proserv.releases.patches.PatchFile;
import org.proserv.releases.patches.PatchKind;

class BugReportTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final Actor CUSTOMER = new Actor("alice", Role.customer, 5L);
    private static final Actor ENGINEER = new Actor("erin", Role.engineer, null);

    private final ProductVersion xcart = version(1L, "X-Cart", "4.7.12");
    private final ProductVersion xcartNext = xcart.product().addVersion("b", "4.7.13", NOW, NOW);
    private final ProductVersion xcartOlder = xcart.product().addVersion("b", "4.7.11", NOW.minusSeconds(86_400), NOW);
    private final ProductVersion lite = version(2L, "LiteCommerce", "2.2.41");
    private long nextId = 500;

    private static ProductVersion version(long productId, String name, String version) {
        var product = Ids.assign(new Product(name, NOW), productId);
        product.addBranch("b", NOW);
        return product.addVersion("b", version, NOW, NOW);
    }

    private BugReport report(ProductVersion version) {
        return Ids.assign(
                new BugReport(
                        version,
                        "Blank checkout",
                        "1. add to cart 2. checkout",
                        "a form",
                        "a blank page",
                        CUSTOMER,
                        NOW),
                nextId++);
    }

    @Test
    void aNewReportStartsItsHistory() {
        var bug = report(xcart);
        assertEquals(BugStatus.NEW, bug.status());
        assertEquals(1, bug.history().size());
        assertEquals("alice", bug.history().get(0).actor());
        assertEquals(1L, bug.productId());
    }

    @Test
    void staffConfirmRejectAndRecordFixesWithHistory() {
        var bug = report(xcart);
        bug.confirm(ENGINEER, "reproduced", NOW.plusSeconds(60));
        bug.markFixed(null, xcartNext, ENGINEER, null, NOW.plusSeconds(120));
        assertEquals(BugStatus.FIXED, bug.status());
        assertEquals("4.7.13", bug.fixedInVersion().orElseThrow().name());
        assertEquals(
                List.of(BugStatus.NEW, BugStatus.CONFIRMED, BugStatus.FIXED),
                bug.history().stream().map(BugStatusChange::to).toList());
        assertEquals("fixed in version 4.7.13", bug.history().get(2).note());
        bug.confirm(ENGINEER, "regression", NOW.plusSeconds(180));
        assertEquals(true, bug.fixedInVersion().isEmpty(), "links go when the status moves on");
        bug.rejectAsNotABug(ENGINEER, null, NOW.plusSeconds(240));
        assertEquals(BugStatus.NOT_A_BUG, bug.status());
        assertEquals(BugStatus.CONFIRMED, bug.history().get(4).from());
    }

    @Test
    void aDuplicatePointsAtAnEarlierReportOfTheSameProductNeverAtItselfOrAnotherDuplicate() {
        var original = report(xcart);
        var copy = report(xcart);
        var third = report(xcart);
        copy.markDuplicateOf(original, List.of(), ENGINEER, null, NOW);
        assertEquals(BugStatus.DUPLICATE, copy.status());
        assertEquals(original.id(), copy.duplicateOf().orElseThrow());
        assertEquals("duplicate of " + original.id(), copy.history().get(1).note());

        assertEquals(
                ProblemCategory.CONFLICT,
                assertThrows(
                                ProservException.class,
                                () -> original.markDuplicateOf(original, List.of(), ENGINEER, null, NOW))
                        .category());
        var chained =
                assertThrows(ProservException.class, () -> third.markDuplicateOf(copy, List.of(), ENGINEER, null, NOW));
        assertEquals(ProblemCategory.CONFLICT, chained.category());
        assertEquals(true, chained.getMessage().contains("duplicate of " + original.id()), chained.getMessage());
        var otherProduct = assertThrows(
                ProservException.class, () -> third.markDuplicateOf(report(lite), List.of(), ENGINEER, null, NOW));
        assertEquals("duplicateOf", otherProduct.fieldErrors().get(0).field());
    }

    @Test
    void aReportOthersAreDuplicatesOfCannotBecomeADuplicateItself() {
        var original = report(xcart);
        var copy = report(xcart);
        var newer = report(xcart);
        copy.markDuplicateOf(original, List.of(), ENGINEER, null, NOW);
        // staff find the original is itself the same as a newer report: the copy would then point along a chain
        var chain = assertThrows(
                ProservException.class, () -> original.markDuplicateOf(newer, List.of(copy.id()), ENGINEER, null, NOW));
        assertEquals(ProblemCategory.CONFLICT, chain.category());
        assertEquals(String.valueOf(copy.id()), chain.properties().get("duplicates"));
        assertEquals(BugStatus.NEW, original.status(), "nothing changed");
        assertEquals(1, original.history().size());
    }

    @Test
    void aDuplicateIsPointedAtAnotherOriginalWithTheChangeInItsHistory() {
        var original = report(xcart);
        var other = report(xcart);
        var copy = report(xcart);
        copy.markDuplicateOf(original, List.of(), ENGINEER, null, NOW);
        copy.markDuplicateOf(other, List.of(), ENGINEER, "same stack trace", NOW.plusSeconds(60));
        assertEquals(other.id(), copy.duplicateOf().orElseThrow());
        var last = copy.history().get(2);
        assertEquals(BugStatus.DUPLICATE, last.from());
        assertEquals(BugStatus.DUPLICATE, last.to());
        assertEquals("duplicate of " + other.id() + " (was " + original.id() + "): same stack trace", last.note());
        var again = assertThrows(
                ProservException.class,
                () -> copy.markDuplicateOf(other, List.of(), ENGINEER, null, NOW.plusSeconds(120)));
        assertEquals(ProblemCategory.CONFLICT, again.category());
        assertEquals(3, copy.history().size());
        assertEquals(
                ProblemCategory.FORBIDDEN,
                assertThrows(
                                ProservException.class,
                                () -> copy.markDuplicateOf(original, List.of(), CUSTOMER, null, NOW))
                        .category());
    }

    @Test
    void aFixNamesAPatchOrAVersionOfTheProduct() {
        var bug = report(xcart);
        assertEquals(
                "fixedByPatch",
                assertThrows(ProservException.class, () -> bug.markFixed(null, null, ENGINEER, null, NOW))
                        .fieldErrors()
                        .get(0)
                        .field());
        assertEquals(
                "fixedInVersion",
                assertThrows(ProservException.class, () -> bug.markFixed(null, lite, ENGINEER, null, NOW))
                        .fieldErrors()
                        .get(0)
                        .field());
    }

    private Patch patch(long id, ProductVersion... versions) {
        var product = versions[0].product();
        var statuses = product.statuses(NOW, ReleasePolicy.standard());
        var names = Arrays.stream(versions).map(ProductVersion::name).toList();
        var draft = new PatchDraft(
                PatchKind.BUG_FIX,
                null,
                "Fix",
                null,
                names,
                List.of(new PatchFile("classes/Cart.php", "ABCDEF0123")),
                Set.of(),
                null,
                false,
                null,
                null);
        return Ids.assign(
                new Patch(
                        product.id(),
                        draft,
                        names.stream().map(n -> statuses.of(n).orElseThrow()).toList(),
                        ENGINEER,
                        NOW),
                id);
    }

    @Test
    void theFixingVersionIsNewerThanTheReportedOne() {
        var bug = report(xcart);
        var same = assertThrows(ProservException.class, () -> bug.markFixed(null, xcart, ENGINEER, null, NOW));
        assertEquals("fixedInVersion", same.fieldErrors().get(0).field());
        assertEquals(ProblemCategory.VALIDATION, same.category());
        assertEquals(
                "fixedInVersion",
                assertThrows(ProservException.class, () -> bug.markFixed(null, xcartOlder, ENGINEER, null, NOW))
                        .fieldErrors()
                        .get(0)
                        .field());
        assertEquals(BugStatus.NEW, bug.status(), "nothing changed");
        assertEquals(1, bug.history().size());
    }

    @Test
    void theFixingPatchIsOfTheProductAndAppliesToTheReportedVersion() {
        var bug = report(xcart);
        var forNewerOnly = patch(900L, xcartNext);
        var wrong = assertThrows(ProservException.class, () -> bug.markFixed(forNewerOnly, null, ENGINEER, null, NOW));
        assertEquals("fixedByPatch", wrong.fieldErrors().get(0).field());
        assertEquals(true, wrong.getMessage().contains("4.7.12"), wrong.getMessage());
        assertEquals(
                "fixedByPatch",
                assertThrows(ProservException.class, () -> bug.markFixed(patch(901L, lite), null, ENGINEER, null, NOW))
                        .fieldErrors()
                        .get(0)
                        .field());

        bug.markFixed(patch(902L, xcart, xcartNext), null, ENGINEER, null, NOW);
        assertEquals(902L, bug.fixedByPatch().orElseThrow());
    }

    @Test
    void aFixedReportGetsItsPatchAndVersionLinkedOrCorrectedLaterWithHistory() {
        var bug = report(xcart);
        bug.markFixed(null, xcartNext, ENGINEER, null, NOW);
        bug.markFixed(patch(903L, xcart), null, ENGINEER, "backport", NOW.plusSeconds(60));
        assertEquals(BugStatus.FIXED, bug.status());
        assertEquals(903L, bug.fixedByPatch().orElseThrow(), "the patch linked later");
        assertEquals("4.7.13", bug.fixedInVersion().orElseThrow().name(), "the version kept");
        var linked = bug.history().get(2);
        assertEquals(BugStatus.FIXED, linked.from());
        assertEquals(BugStatus.FIXED, linked.to());
        assertEquals("fix now by patch 903 in version 4.7.13 (was in version 4.7.13): backport", linked.note());
        assertEquals(NOW, bug.statusChangedAt(), "the status itself did not change");

        var newest = xcart.product().addVersion("b", "4.7.14", NOW, NOW);
        bug.markFixed(null, newest, ENGINEER, null, NOW.plusSeconds(120));
        assertEquals("4.7.14", bug.fixedInVersion().orElseThrow().name(), "corrected");
        assertEquals(4, bug.history().size());

        var again = assertThrows(ProservException.class, () -> bug.markFixed(null, newest, ENGINEER, null, NOW));
        assertEquals(ProblemCategory.CONFLICT, again.category());
        assertEquals(
                ProblemCategory.FORBIDDEN,
                assertThrows(ProservException.class, () -> bug.markFixed(null, xcartNext, CUSTOMER, null, NOW))
                        .category());
        assertEquals(4, bug.history().size());
    }

    @Test
    void onlyStaffChangeStatusesAndNeverToTheSameOne() {
        var bug = report(xcart);
        assertEquals(
                ProblemCategory.FORBIDDEN,
                assertThrows(ProservException.class, () -> bug.confirm(CUSTOMER, null, NOW))
                        .category());
        bug.confirm(ENGINEER, null, NOW);
        assertEquals(
                ProblemCategory.CONFLICT,
                assertThrows(ProservException.class, () -> bug.confirm(ENGINEER, null, NOW))
                        .category());
        assertEquals(2, bug.history().size());
    }
}
