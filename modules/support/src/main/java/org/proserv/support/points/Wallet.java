package org.proserv.support.points;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;

/**
 * A customer's points at one instant: every lot with what is left of it (the sum of its ledger entries). The spending
 * rules live here: oldest unexpired lot first, never below zero.
 */
public final class Wallet {

    /** A lot and what is left of it. */
    public record LotBalance(PointLot lot, int remaining) {}

    private static final Comparator<LotBalance> OLDEST_FIRST = Comparator.comparing(
                    (LotBalance b) -> b.lot().purchasedAt())
            .thenComparing(b -> b.lot().id());

    private final List<LotBalance> lots;
    private final Instant now;

    public Wallet(List<LotBalance> lots, Instant now) {
        this.lots = lots.stream().sorted(OLDEST_FIRST).toList();
        this.now = now;
    }

    public List<LotBalance> lots() {
        return lots;
    }

    /** The sum of the ledger: what the customer holds, including lots expired but not yet swept. */
    public int balance() {
        return lots.stream().mapToInt(LotBalance::remaining).sum();
    }

    /** What can be spent now: the unexpired lots' remainders. */
    public int available() {
        return usable().stream().mapToInt(LotBalance::remaining).sum();
    }

    /** Where {@code points} would come from: the oldest unexpired lots first. */
    public List<Allocation> take(int points) {
        if (points <= 0) {
            throw ProservException.invalid("points", "must be positive");
        }
        int available = available();
        if (available < points) {
            throw new ProservException(
                            ProblemCategory.PAYMENT_REQUIRED,
                            "Not enough support points: " + points + " needed, " + available + " available")
                    .with("needed", points)
                    .with("available", available);
        }
        var allocations = new ArrayList<Allocation>();
        int left = points;
        for (LotBalance lot : usable()) {
            int taken = Math.min(left, lot.remaining());
            allocations.add(new Allocation(lot.lot().id(), taken));
            left -= taken;
            if (left == 0) {
                break;
            }
        }
        return allocations;
    }

    /**
     * Where {@code points} given back would go: to the lots they were taken from ({@code takenFrom}, lot id to points
     * net taken), newest first, never to an expired lot. What cannot go back is forfeited: the sum of the returned
     * allocations may be less than asked.
     */
    public List<Allocation> giveBack(Map<Long, Integer> takenFrom, int points) {
        var allocations = new ArrayList<Allocation>();
        int left = points;
        for (int i = lots.size() - 1; i >= 0 && left > 0; i--) {
            PointLot lot = lots.get(i).lot();
            int taken = takenFrom.getOrDefault(lot.id(), 0);
            if (taken > 0 && !lot.expiredAt(now)) {
                int back = Math.min(left, taken);
                allocations.add(new Allocation(lot.id(), back));
                left -= back;
            }
        }
        return allocations;
    }

    private List<LotBalance> usable() {
        return lots.stream()
                .filter(b -> b.remaining() > 0 && !b.lot().expiredAt(now))
                .toList();
    }
}
