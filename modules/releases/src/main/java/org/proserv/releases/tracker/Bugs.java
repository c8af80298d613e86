package org.proserv.releases.tracker;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.paging.Page;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.kernel.paging.PagedQuery;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.events.Outbox;
import org.proserv.releases.catalog.Catalog;
import org.proserv.releases.catalog.ProductVersion;
import org.proserv.releases.patches.Patch;

/** The bug tracker's use cases, one transaction each. Rules live in {@link BugReport}. */
@Stateless
public class Bugs {

    /** A report posted, with the similar earlier reports (the duplicate suggestions). */
    public record Reported(BugReport bug, List<Suggestion> similar) {}

    /** What staff decide about a report: the new status and what it points to. */
    public record Decision(BugStatus status, Long duplicateOf, Long fixedByPatch, String fixedInVersion, String note) {}

    @PersistenceContext(unitName = "releases")
    EntityManager em;

    @EJB
    Catalog catalog;

    @EJB
    SimilarEntries similarEntries;

    @EJB
    Outbox outbox;

    @Inject
    Clock clock;

    /** Any signed-in customer or staff member reports a bug; the similar earlier reports come back with it. */
    public Reported report(
            Actor actor,
            long productId,
            String versionName,
            String title,
            String steps,
            String expected,
            String actual) {
        var product = catalog.requireProduct("productId", productId);
        var version = product.requireVersion("version", versionName);
        var similar = similarEntries.bugs(product.id(), title, steps, SimilarEntries.DEFAULT_LIMIT);
        var bug = new BugReport(version, title, steps, expected, actual, actor, clock.instant());
        em.persist(bug);
        similarEntries.added(SimilarEntries.Kind.BUG, product, bug.id());
        return new Reported(bug, similar);
    }

    /** Similar existing reports of a product, best first: what to look at before posting. */
    public List<Suggestion> similar(long productId, String title, String steps, int limit) {
        catalog.requireProduct("productId", productId);
        return similarEntries.bugs(productId, title, steps, limit);
    }

    public BugReport find(long id) {
        var bug = em.find(BugReport.class, id);
        if (bug == null) {
            throw ProservException.notFound("Bug report", id);
        }
        return bug;
    }

    /** Reports, newest first, of one product and status when given. */
    public Page<BugReport> list(Optional<Long> productId, Optional<BugStatus> status, PageRequest request) {
        return PagedQuery.from(em, BugReport.class, "BugReport b", "b")
                .whereIf(productId, "b.productId = :product", "product")
                .whereIf(status, "b.status = :status", "status")
                .page("b.reportedAt desc, b.id desc", request, Bugs::versionsInBatches);
    }

    /**
     * The page's versions (reported and fixing) and their branches and products, one IN query each, not one per row.
     */
    private static void versionsInBatches(TypedQuery<BugReport> query) {
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : List.of(
                "b.productVersion",
                "b.productVersion.branch",
                "b.productVersion.product",
                "b.fixedInVersion",
                "b.fixedInVersion.branch",
                "b.fixedInVersion.product")) {
            query.setHint("eclipselink.batch", path);
        }
    }

    /**
     * Staff confirm, reject, mark a duplicate (or point a duplicate at another original) or record the fix; the history
     * keeps every change.
     *
     * <p>The report is locked for the decision, and so is the original it is marked a duplicate of, the lower id first:
     * two staff deciding about the same report at once are taken one after the other, the second seeing the first's
     * decision (409 when it was the same), and two reports marked duplicates of each other at once cannot both succeed,
     * nor can a report become a duplicate while another is being marked a duplicate of it.
     */
    public BugReport decide(Actor actor, long id, Decision decision) {
        actor.requireStaff("change the status of bug reports");
        if (decision.status() != BugStatus.DUPLICATE && decision.duplicateOf() != null) {
            throw ProservException.invalid("duplicateOf", "is given only with status DUPLICATE");
        }
        if (decision.status() != BugStatus.FIXED
                && (decision.fixedByPatch() != null || decision.fixedInVersion() != null)) {
            throw ProservException.invalid(
                    decision.fixedByPatch() != null ? "fixedByPatch" : "fixedInVersion",
                    "is given only with status FIXED");
        }
        if (decision.status() == BugStatus.NEW) {
            find(id);
            throw ProservException.conflict("A report cannot be set back to NEW: confirm it instead");
        }
        BugReport bug;
        BugReport original = null;
        Long originalId = decision.status() == BugStatus.DUPLICATE ? decision.duplicateOf() : null;
        if (originalId != null && originalId != id) {
            BugReport lower = em.find(BugReport.class, Math.min(id, originalId), LockModeType.PESSIMISTIC_WRITE);
            BugReport higher = em.find(BugReport.class, Math.max(id, originalId), LockModeType.PESSIMISTIC_WRITE);
            bug = id < originalId ? lower : higher;
            original = id < originalId ? higher : lower;
            if (bug == null) {
                throw ProservException.notFound("Bug report", id);
            }
            if (original == null) {
                throw ProservException.invalid("duplicateOf", "no bug report " + originalId);
            }
        } else {
            bug = locked(id);
            original = originalId == null ? null : bug;
        }
        var now = clock.instant();
        switch (decision.status()) {
            case CONFIRMED -> bug.confirm(actor, decision.note(), now);
            case NOT_A_BUG -> bug.rejectAsNotABug(actor, decision.note(), now);
            case DUPLICATE ->
                bug.markDuplicateOf(
                        original, original == null ? List.of() : duplicatesOf(bug), actor, decision.note(), now);
            case FIXED ->
                bug.markFixed(
                        fixingPatch(decision.fixedByPatch()),
                        fixingVersion(bug, decision.fixedInVersion()),
                        actor,
                        decision.note(),
                        now);
            default -> throw new IllegalStateException("unexpected status " + decision.status());
        }
        var payload = Json.createObjectBuilder()
                .add("bugId", bug.id())
                .add("productId", bug.productId())
                .add("productVersion", bug.productVersion().name())
                .add("title", bug.title())
                .add("status", bug.status().name())
                .add("changedBy", actor.username());
        bug.duplicateOf().ifPresent(of -> payload.add("duplicateOf", of));
        bug.fixedByPatch().ifPresent(patch -> payload.add("fixedByPatch", patch));
        bug.fixedInVersion().ifPresent(v -> payload.add("fixedInVersion", v.name()));
        if (decision.note() != null) {
            payload.add("note", decision.note());
        }
        outbox.record(em, "bug.status-changed", "bug", bug.id(), null, payload.build(), now);
        return bug;
    }

    private BugReport locked(long id) {
        var bug = em.find(BugReport.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (bug == null) {
            throw ProservException.notFound("Bug report", id);
        }
        return bug;
    }

    /** Ids of the reports marked duplicates of this one. */
    private List<Long> duplicatesOf(BugReport bug) {
        return em.createQuery(
                        "select b.id from BugReport b where b.duplicateOf = :id and b.status = :duplicate"
                                + " order by b.id",
                        Long.class)
                .setParameter("id", bug.id())
                .setParameter("duplicate", BugStatus.DUPLICATE)
                .getResultList();
    }

    private Patch fixingPatch(Long id) {
        if (id == null) {
            return null;
        }
        var patch = em.find(Patch.class, id);
        if (patch == null) {
            throw ProservException.invalid("fixedByPatch", "no patch " + id);
        }
        return patch;
    }

    private ProductVersion fixingVersion(BugReport bug, String name) {
        return name == null ? null : catalog.product(bug.productId()).requireVersion("fixedInVersion", name);
    }
}
