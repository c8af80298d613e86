package org.proserv.projects.quotes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.proserv.kernel.money.Money;

/** One line of a quote version: what is done, the hours it takes, and its price. */
@Embeddable
public class QuoteItem {

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(nullable = false)
    private int hours;

    @Column(name = "price_cents", nullable = false)
    private long priceCents;

    @Column(nullable = false, length = 3)
    private String currency;

    protected QuoteItem() {}

    QuoteItem(String description, int hours, Money price) {
        this.description = description;
        this.hours = hours;
        this.priceCents = price.cents();
        this.currency = price.currency();
    }

    public String description() {
        return description;
    }

    public int hours() {
        return hours;
    }

    public Money price() {
        return new Money(priceCents, currency);
    }
}
