package org.proserv.support.api;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.support.points.LedgerEntry;
import org.proserv.support.points.PointsLedger;

/**
 * The support points ledger for the other contexts, by customer id. A spend names a reference (what it pays, e.g.
 * {@code installation-order:42}): it is taken oldest unexpired lot first, like every spend, and at most once per
 * reference; its refund gives the points back to the lots they came from, as ledger entries of that reference.
 */
@Stateless
public class PointsAccount {

    static final int MAX_REFERENCE = 80;

    @EJB
    PointsLedger ledger;

    @Inject
    Clock clock;

    /**
     * Spends {@code points} for the reference, once: repeated with the same reference it answers the first spend and
     * takes nothing more. When the customer has not enough, nothing is taken and the answer says so ({@code paid}
     * false): never below zero, never an exception for being short.
     */
    public PointsSpend spend(Actor actor, long customerId, int points, String reference, String note) {
        requireReference(reference);
        if (points <= 0) {
            throw ProservException.invalid("points", "must be positive");
        }
        return ledger.spendOnce(actor, customerId, points, reference, note)
                .map(entries -> new PointsSpend(
                        reference,
                        true,
                        -entries.stream().mapToInt(LedgerEntry::points).sum(),
                        entries.stream()
                                .map(e -> new PointsSpend.Entry(e.id(), e.lotId(), e.points()))
                                .toList()))
                .orElseGet(() -> PointsSpend.notEnough(reference));
    }

    /** Gives back what is still spent for the reference; returns how many points went back (0 the second time). */
    public int refund(Actor actor, long customerId, String reference, String note) {
        requireReference(reference);
        return ledger.giveBackFor(actor, customerId, reference, note);
    }

    /** The customer's points now; 404 for an unknown customer. */
    public PointsBalance balance(long customerId) {
        ledger.lock(customerId);
        var wallet = ledger.wallet(customerId, clock.instant());
        return new PointsBalance(customerId, wallet.balance(), wallet.available());
    }

    private static void requireReference(String reference) {
        if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE) {
            throw new IllegalArgumentException("a spend's reference is 1 to " + MAX_REFERENCE + " characters");
        }
    }
}
