package org.proserv.support.tickets;

import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.proserv.support.charging.ChargeSource;

/**
 * The charging rule, decided apart from the ledger that carries it out: a ticket paid by its subscription or a package
 * owes no points; a ticket paid in points is charged what it owes, or given back what it was charged beyond its price;
 * short of points, another source that can pay the whole incident takes over, and failing that the ticket waits for a
 * top-up of exactly what is missing.
 *
 * @param step what to do
 * @param points the points to spend, to give back, or missing (0 otherwise)
 * @param source the source taking over ({@link Step#PAY_INSTEAD} only)
 */
public record ChargeSettlement(Step step, int points, ChargeSource source) {

    public enum Step {
        /** Nothing (more) to charge. */
        COVERED,
        /** Charge {@code points} from the customer's points. */
        SPEND,
        /** Give {@code points} back: the ticket now costs less than was charged. */
        GIVE_BACK,
        /** Points fall short; {@code source} pays the whole incident instead. */
        PAY_INSTEAD,
        /** Points fall short by {@code points}: the ticket waits for a top-up. */
        AWAIT_TOP_UP
    }

    /**
     * @param paidBy what pays for the ticket
     * @param owed the points still owed (negative when more was charged than the ticket costs)
     * @param available the customer's spendable points, asked only when points are owed
     * @param alternative another source able to pay the whole incident, asked only when points fall short
     */
    public static ChargeSettlement decide(
            ChargeSource paidBy, int owed, IntSupplier available, Supplier<Optional<ChargeSource>> alternative) {
        if (paidBy != ChargeSource.POINTS || owed == 0) {
            return new ChargeSettlement(Step.COVERED, 0, null);
        }
        if (owed < 0) {
            return new ChargeSettlement(Step.GIVE_BACK, -owed, null);
        }
        int held = available.getAsInt();
        if (held >= owed) {
            return new ChargeSettlement(Step.SPEND, owed, null);
        }
        return alternative
                .get()
                .map(instead -> new ChargeSettlement(Step.PAY_INSTEAD, 0, instead))
                .orElseGet(() -> new ChargeSettlement(Step.AWAIT_TOP_UP, owed - held, null));
    }
}
