package org.proserv.rest.installations;

import java.time.Instant;
import java.util.List;
import org.proserv.installations.upgrades.CustomModification;
import org.proserv.installations.upgrades.Gate;
import org.proserv.installations.upgrades.ModificationKind;
import org.proserv.installations.upgrades.UpgradeChange;
import org.proserv.installations.upgrades.UpgradeOrder;
import org.proserv.installations.upgrades.UpgradeStatus;
import org.proserv.installations.upgrades.UpgradeStep;
import org.proserv.releases.api.UpgradePackRecord;
import org.proserv.rest.json.MoneyView;

/** What upgrade orders look like to API clients; money as {@link MoneyView}. */
public final class UpgradeViews {

    private UpgradeViews() {}

    /**
     * A custom modification as listed; {@code thirdParty} with the specialist's reason when it is third-party software,
     * which is not re-implemented.
     */
    public record ModificationView(
            ModificationKind kind, String name, String description, boolean thirdParty, String excludedReason) {
        static ModificationView of(CustomModification m) {
            return new ModificationView(m.kind(), m.name(), m.description(), m.thirdParty(), m.thirdPartyReason());
        }
    }

    /** The gate the order waits on, since when, and when the customer was reminded of it (null: not yet). */
    public record WaitingView(Gate gate, Instant since, Instant remindedAt) {}

    public record EstimateView(
            MoneyView basicPrice,
            Boolean minorDesignChanges,
            String notes,
            String estimatedBy,
            MoneyView featuresPrice,
            MoneyView designPrice,
            String reimplementationNotes,
            String reimplementationEstimatedBy,
            MoneyView total) {
        static EstimateView of(UpgradeOrder o) {
            return new EstimateView(
                    o.basicPrice().map(MoneyView::of).orElse(null),
                    o.minorDesignChanges(),
                    o.estimateNotes(),
                    o.estimatedBy(),
                    o.featuresPrice().map(MoneyView::of).orElse(null),
                    o.designPrice().map(MoneyView::of).orElse(null),
                    o.reimplementationNotes(),
                    o.reimplementationEstimatedBy(),
                    o.total().map(MoneyView::of).orElse(null));
        }
    }

    public record ChangeView(
            int seq,
            String step,
            UpgradeStatus from,
            UpgradeStatus to,
            UpgradeChange.Outcome outcome,
            String by,
            String notes,
            Instant at) {
        static ChangeView of(UpgradeChange c) {
            return new ChangeView(
                    c.seqNo(),
                    c.step(),
                    c.fromStatus(),
                    c.toStatus(),
                    c.outcome(),
                    c.changedBy(),
                    c.notes(),
                    c.changedAt());
        }
    }

    public record PackPatchView(
            long id,
            String title,
            String kind,
            String severity,
            boolean manualOnly,
            Instant releasedAt,
            List<String> versions) {
        static PackPatchView of(UpgradePackRecord.PatchRecord p) {
            return new PackPatchView(
                    p.id(), p.title(), p.kind(), p.severity(), p.manualOnly(), p.releasedAt(), p.versions());
        }
    }

    /** Every patch the releases catalogue brings from the order's current version to its target. */
    public record PackView(String from, String to, List<String> versions, int total, List<PackPatchView> patches) {
        static PackView of(UpgradePackRecord pack) {
            return new PackView(
                    pack.from(),
                    pack.to(),
                    pack.versions(),
                    pack.total(),
                    pack.patches().stream().map(PackPatchView::of).toList());
        }
    }

    public record UpgradeView(
            long id,
            long customerId,
            String product,
            String currentVersion,
            String targetVersion,
            String storeUrl,
            List<ModificationView> customModifications,
            boolean reimplementationWanted,
            boolean customPath,
            UpgradeStatus status,
            WaitingView waitingOn,
            List<String> allowedSteps,
            EstimateView estimate,
            Long invoiceId,
            Instant scheduledFor,
            String createdBy,
            Instant createdAt,
            PackView upgradePack,
            List<ChangeView> history) {
        static UpgradeView of(UpgradeOrder o, UpgradePackRecord pack) {
            return new UpgradeView(
                    o.id(),
                    o.customerId(),
                    o.product(),
                    o.currentVersion(),
                    o.targetVersion(),
                    o.storeUrl(),
                    o.customModifications().stream().map(ModificationView::of).toList(),
                    o.reimplementationWanted(),
                    o.customPath(),
                    o.status(),
                    waiting(o),
                    steps(o),
                    EstimateView.of(o),
                    o.invoiceId().orElse(null),
                    o.scheduledFor(),
                    o.createdBy(),
                    o.createdAt(),
                    PackView.of(pack),
                    o.changes().stream().map(ChangeView::of).toList());
        }
    }

    public record UpgradeSummary(
            long id,
            long customerId,
            String product,
            String currentVersion,
            String targetVersion,
            String storeUrl,
            UpgradeStatus status,
            WaitingView waitingOn,
            List<String> allowedSteps,
            Instant createdAt) {
        static UpgradeSummary of(UpgradeOrder o) {
            return new UpgradeSummary(
                    o.id(),
                    o.customerId(),
                    o.product(),
                    o.currentVersion(),
                    o.targetVersion(),
                    o.storeUrl(),
                    o.status(),
                    waiting(o),
                    steps(o),
                    o.createdAt());
        }
    }

    private static WaitingView waiting(UpgradeOrder o) {
        return o.gate()
                .map(g -> new WaitingView(g, o.gateSince(), o.gateRemindedAt()))
                .orElse(null);
    }

    private static List<String> steps(UpgradeOrder o) {
        return o.allowedSteps().stream().map(UpgradeStep::label).toList();
    }
}
