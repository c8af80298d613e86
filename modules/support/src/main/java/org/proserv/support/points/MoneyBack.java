package org.proserv.support.points;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.proserv.kernel.error.ProservException;

/**
 * The money-back rule: a lot bought (not granted by staff) that nobody has touched (its ledger holds only its purchase)
 * is refunded whole within the refund window after its purchase. No approval step: the rule decides, and a refusal says
 * why.
 */
public final class MoneyBack {

    private MoneyBack() {}

    /** Refuses, with the reason, a refund the rule does not allow. */
    public static void requireRefundable(PointLot lot, List<LedgerEntry> entries, Instant now, Duration window) {
        if (lot.origin() != LotOrigin.PURCHASE) {
            throw ProservException.conflict("Lot " + lot.id() + " was granted by staff, not bought: nothing to refund");
        }
        if (now.isAfter(lot.purchasedAt().plus(window))) {
            throw ProservException.conflict("Lot " + lot.id() + " was bought at " + lot.purchasedAt()
                            + "; refunds are possible within " + window.toDays() + " days of purchase")
                    .with("reason", "refund-window-passed");
        }
        if (entries.size() != 1 || entries.get(0).kind() != EntryKind.PURCHASE) {
            throw ProservException.conflict("Lot " + lot.id() + " has been used; only untouched lots can be refunded")
                    .with("reason", "lot-used");
        }
    }
}
