package org.proserv.projects.quotes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.proserv.kernel.money.Money;
import org.proserv.projects.billing.PlanPart;

/** A payment part a quote defines: its scope and its amount. */
@Embeddable
public class QuotedPart {

    @Column(nullable = false, length = 2000)
    private String scope;

    @Column(name = "amount_cents", nullable = false)
    private long amountCents;

    @Column(nullable = false, length = 3)
    private String currency;

    protected QuotedPart() {}

    QuotedPart(PlanPart part) {
        this.scope = part.scope();
        this.amountCents = part.amount().cents();
        this.currency = part.amount().currency();
    }

    public PlanPart part() {
        return new PlanPart(scope, new Money(amountCents, currency));
    }
}
