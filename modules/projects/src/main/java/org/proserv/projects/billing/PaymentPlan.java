package org.proserv.projects.billing;

import java.util.List;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;
import org.proserv.projects.requests.RequestKind;

/**
 * How a quote's total is paid: design creation always 40% then 60% (the first part rounded half up to the cent, the
 * remainder on the last, so the parts sum exactly); any other quote up to the single-payment limit in one part, 100%
 * upfront; above the limit, the parts the quote defines, whose amounts must sum exactly to the total (one part when it
 * defines none).
 */
public final class PaymentPlan {

    static final int DESIGN_ADVANCE_PERCENT = 40;
    static final String WHOLE = "The whole project, 100% upfront";
    static final String DESIGN_STAGE_1 = "Design creation stage 1: sketches (40% advance)";
    static final String DESIGN_STAGE_2 = "Design creation stage 2: refinement and deliverables (remaining 60%)";

    private PaymentPlan() {}

    /** The plan, or a 400 problem naming {@code parts} (or {@code parts[i].amount}) and why it cannot be. */
    public static List<PlanPart> of(RequestKind kind, Money total, List<PlanPart> quoted, BillingTerms terms) {
        try {
            return plan(kind, total, quoted, terms);
        } catch (ArithmeticException overflow) {
            throw ProservException.invalid("items", "the amounts are too large to pay");
        }
    }

    private static List<PlanPart> plan(RequestKind kind, Money total, List<PlanPart> quoted, BillingTerms terms) {
        Money limit = terms.singlePaymentLimit();
        if (!total.currency().equals(limit.currency())) {
            throw ProservException.invalid(
                    "items", "prices must be in " + limit.currency() + ", the currency quotes are paid in");
        }
        if (total.cents() <= 0) {
            throw ProservException.invalid("items", "the total must be more than zero");
        }
        if (kind == RequestKind.DESIGN_CREATION) {
            if (!quoted.isEmpty()) {
                throw ProservException.invalid("parts", "design creation is always paid 40% then 60%");
            }
            Money advance = percent(total, DESIGN_ADVANCE_PERCENT);
            return List.of(new PlanPart(DESIGN_STAGE_1, advance), new PlanPart(DESIGN_STAGE_2, total.minus(advance)));
        }
        if (!total.isGreaterThan(limit)) {
            if (!quoted.isEmpty()) {
                throw ProservException.invalid(
                        "parts", "a project up to " + limit + " is paid in one part, 100% upfront");
            }
            return List.of(new PlanPart(WHOLE, total));
        }
        if (quoted.isEmpty()) {
            return List.of(new PlanPart(WHOLE, total));
        }
        Money sum = Money.zero(total.currency());
        for (int i = 0; i < quoted.size(); i++) {
            var part = quoted.get(i);
            if (part.scope() == null || part.scope().isBlank()) {
                throw ProservException.invalid("parts[" + i + "].scope", "is required");
            }
            if (!part.amount().currency().equals(total.currency())) {
                throw ProservException.invalid("parts[" + i + "].amount", "must be in " + total.currency());
            }
            if (part.amount().cents() <= 0) {
                throw ProservException.invalid("parts[" + i + "].amount", "must be more than zero");
            }
            sum = sum.plus(part.amount());
        }
        if (!sum.equals(total)) {
            throw ProservException.invalid("parts", "the parts sum to " + sum + ", the quote's total is " + total);
        }
        return quoted.stream()
                .map(p -> new PlanPart(p.scope().strip(), p.amount()))
                .toList();
    }

    /** This share of the amount, rounded half up to the minor unit. */
    static Money percent(Money amount, int percent) {
        long scaled = Math.multiplyExact(amount.cents(), (long) percent);
        return new Money(Math.floorDiv(Math.addExact(scaled, 50), 100), amount.currency());
    }
}
