package org.proserv.rest.releases;

import java.time.Instant;
import java.util.List;
import org.proserv.releases.catalog.Branch;
import org.proserv.releases.catalog.Product;
import org.proserv.releases.catalog.ProductVersion;
import org.proserv.releases.catalog.VersionStatus;
import org.proserv.releases.catalog.VersionStatuses;
import org.proserv.releases.patches.Patch;
import org.proserv.releases.patches.PatchFile;
import org.proserv.releases.patches.PatchKind;
import org.proserv.releases.patches.PatchPlanResult;
import org.proserv.releases.patches.PatchPlanner;
import org.proserv.releases.patches.SecurityExposure;
import org.proserv.releases.patches.Severity;
import org.proserv.releases.patches.UpgradePack;
import org.proserv.releases.tracker.BugReport;
import org.proserv.releases.tracker.BugStatus;
import org.proserv.releases.tracker.BugStatusChange;
import org.proserv.releases.tracker.Idea;
import org.proserv.releases.tracker.IdeaStatus;
import org.proserv.releases.tracker.Suggestion;

/** What the releases context looks like to API clients. */
public final class ReleaseViews {

    private ReleaseViews() {}

    public record BranchView(long id, String name) {
        static BranchView of(Branch b) {
            return new BranchView(b.id(), b.name());
        }
    }

    public record ProductView(long id, String name, List<BranchView> branches) {
        static ProductView of(Product p) {
            return new ProductView(
                    p.id(), p.name(), p.branches().stream().map(BranchView::of).toList());
        }
    }

    /** A version with its status now; {@code upgradeTo} names the advised upgrade of a version out of guarantee. */
    public record VersionView(
            long id,
            String name,
            String branch,
            Instant releasedAt,
            VersionStatus status,
            Instant guaranteeEndsAt,
            String upgradeTo) {
        static VersionView of(VersionStatuses.State s) {
            ProductVersion v = s.version();
            return new VersionView(
                    v.id(),
                    v.name(),
                    v.branch().name(),
                    v.releasedAt(),
                    s.status(),
                    s.guaranteeEndsAt(),
                    s.upgrade().map(ProductVersion::name).orElse(null));
        }
    }

    public record FileView(String path, String checksum) {
        static FileView of(PatchFile f) {
            return new FileView(f.path(), f.checksum());
        }
    }

    /** A security patch published for versions out of guarantee: the decision, with its severity. */
    public record GuaranteeExceptionView(
            List<String> versions, Severity severity, String note, String decidedBy, Instant decidedAt) {}

    public record PatchView(
            long id,
            long productId,
            PatchKind kind,
            Severity severity,
            String title,
            String description,
            Instant releasedAt,
            List<String> versions,
            List<FileView> files,
            List<Long> prerequisites,
            boolean automatic,
            String manualNote,
            GuaranteeExceptionView guaranteeException,
            String publishedBy,
            Instant publishedAt) {
        static PatchView of(Patch p) {
            var exception = p.guaranteeExceptionVersions().isEmpty()
                    ? null
                    : new GuaranteeExceptionView(
                            p.guaranteeExceptionVersions(),
                            p.severity().orElse(null),
                            p.guaranteeExceptionNote().orElse(null),
                            p.publishedBy(),
                            p.publishedAt());
            return new PatchView(
                    p.id(),
                    p.productId(),
                    p.kind(),
                    p.severity().orElse(null),
                    p.title(),
                    p.description().orElse(null),
                    p.releasedAt(),
                    names(p.versions()),
                    p.files().stream().map(FileView::of).toList(),
                    List.copyOf(p.prerequisites()),
                    !p.manualOnly(),
                    p.manualNote().orElse(null),
                    exception,
                    p.publishedBy(),
                    p.publishedAt());
        }
    }

    /** A patch in a list: what it is and for which versions. */
    public record PatchSummary(
            long id, PatchKind kind, Severity severity, String title, Instant releasedAt, List<String> versions) {
        static PatchSummary of(Patch p, List<ProductVersion> versions) {
            return new PatchSummary(
                    p.id(), p.kind(), p.severity().orElse(null), p.title(), p.releasedAt(), names(versions));
        }

        static PatchSummary of(Patch p) {
            return of(p, p.versions());
        }
    }

    public record ReasonView(PatchPlanner.ReasonCode code, String detail, String path, Long patchId) {
        static ReasonView of(PatchPlanner.Reason r) {
            return new ReasonView(r.code(), r.detail(), r.path(), r.patchId());
        }
    }

    public record StepView(
            int order,
            long patchId,
            String title,
            PatchKind kind,
            Severity severity,
            Instant releasedAt,
            PatchPlanner.Mode mode,
            List<ReasonView> reasons,
            List<Long> requires) {
        static StepView of(PatchPlanner.Step s) {
            var p = s.patch();
            return new StepView(
                    s.order(),
                    p.id(),
                    p.title(),
                    p.kind(),
                    p.severity(),
                    p.releasedAt(),
                    s.mode(),
                    s.reasons().stream().map(ReasonView::of).toList(),
                    s.requires());
        }
    }

    /** The ordered patches a store still has to apply, each automatic or manual with its reasons. */
    public record PlanView(
            long productId, VersionView version, int total, long automatic, long manual, List<StepView> steps) {
        static PlanView of(PatchPlanResult result) {
            var plan = result.plan();
            return new PlanView(
                    result.version().version().product().id(),
                    VersionView.of(result.version()),
                    plan.steps().size(),
                    plan.automatic(),
                    plan.manual(),
                    plan.steps().stream().map(StepView::of).toList());
        }
    }

    /** A version's security patches, and those released only for newer versions: its exposure. */
    public record SecurityView(VersionView version, List<PatchSummary> patches, List<PatchSummary> newerVersionsOnly) {
        static SecurityView of(SecurityExposure e) {
            return new SecurityView(
                    VersionView.of(e.version()),
                    e.forThisVersion().stream().map(PatchSummary::of).toList(),
                    e.newerVersionsOnly().stream().map(PatchSummary::of).toList());
        }
    }

    public record UpgradePackView(
            String from, String to, List<String> versions, int total, List<PatchSummary> patches) {
        static UpgradePackView of(UpgradePack pack) {
            return new UpgradePackView(
                    pack.from().name(),
                    pack.to().name(),
                    names(pack.versions()),
                    pack.total(),
                    pack.patches().stream()
                            .map(e -> PatchSummary.of(e.patch(), e.versions()))
                            .toList());
        }
    }

    /**
     * A bug report. The reporter's account is not shown on the public tracker; {@code similar} (earlier reports like
     * it) comes only with the answer to posting it.
     */
    public record BugView(
            long id,
            long productId,
            String version,
            String title,
            String steps,
            String expected,
            String actual,
            BugStatus status,
            Long duplicateOf,
            Long fixedByPatch,
            String fixedInVersion,
            Instant reportedAt,
            Instant statusChangedAt,
            List<Suggestion> similar) {
        static BugView of(BugReport b) {
            return of(b, null);
        }

        static BugView of(BugReport b, List<Suggestion> similar) {
            return new BugView(
                    b.id(),
                    b.productId(),
                    b.productVersion().name(),
                    b.title(),
                    b.steps(),
                    b.expected(),
                    b.actual(),
                    b.status(),
                    b.duplicateOf().orElse(null),
                    b.fixedByPatch().orElse(null),
                    b.fixedInVersion().map(ProductVersion::name).orElse(null),
                    b.reportedAt(),
                    b.statusChangedAt(),
                    similar);
        }
    }

    /** One status change of a report; the first is the report itself, by its (unnamed) reporter. */
    public record BugHistoryView(int seq, BugStatus from, BugStatus to, String actor, String note, Instant at) {
        static BugHistoryView of(BugStatusChange c) {
            return new BugHistoryView(
                    c.seqNo(), c.from(), c.to(), c.seqNo() == 1 ? "reporter" : c.actor(), c.note(), c.changedAt());
        }
    }

    /** An idea; {@code votedByYou} only in answers to the signed-in voter, {@code similar} only when posting. */
    public record IdeaView(
            long id,
            long productId,
            String title,
            String description,
            IdeaStatus status,
            int votes,
            Instant createdAt,
            Instant statusChangedAt,
            String statusNote,
            Boolean votedByYou,
            List<Suggestion> similar) {
        static IdeaView of(Idea i) {
            return of(i, null, null);
        }

        static IdeaView of(Idea i, Boolean votedByYou, List<Suggestion> similar) {
            return new IdeaView(
                    i.id(),
                    i.productId(),
                    i.title(),
                    i.description(),
                    i.status(),
                    i.votes(),
                    i.createdAt(),
                    i.statusChangedAt(),
                    i.statusNote().orElse(null),
                    votedByYou,
                    similar);
        }
    }

    private static List<String> names(List<ProductVersion> versions) {
        return versions.stream().map(ProductVersion::name).toList();
    }
}
