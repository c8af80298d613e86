package org.proserv.support.charging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.kernel.money.Money;
import org.proserv.support.schema.SupportEntity;

/** A purchased one-incident support package, standard or urgent (HotRush), used by one ticket. */
@Entity
@Table(name = "support_incident_package")
public class IncidentPackage extends SupportEntity {

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false)
    private boolean urgent;

    @Column(name = "price_cents", nullable = false)
    private long priceCents;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "purchased_at", nullable = false)
    private Instant purchasedAt;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "used_at")
    private Instant usedAt;

    protected IncidentPackage() {}

    public IncidentPackage(long customerId, boolean urgent, Money price, Instant now) {
        this.customerId = customerId;
        this.urgent = urgent;
        this.priceCents = price.cents();
        this.currency = price.currency();
        this.purchasedAt = now;
    }

    /** An urgent package also covers a standard incident. */
    public boolean covers(boolean hotRush) {
        return ticketId == null && (urgent || !hotRush);
    }

    public void useFor(long ticket, Instant now) {
        if (ticketId != null) {
            throw new IllegalStateException("package " + id() + " was already used");
        }
        this.ticketId = ticket;
        this.usedAt = now;
    }

    public long customerId() {
        return customerId;
    }

    public boolean urgent() {
        return urgent;
    }

    /** The price it was bought at, in the currency it was bought in. */
    public Money price() {
        return new Money(priceCents, currency);
    }

    public Instant purchasedAt() {
        return purchasedAt;
    }

    public Long ticketId() {
        return ticketId;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
