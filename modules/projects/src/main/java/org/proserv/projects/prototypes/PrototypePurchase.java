package org.proserv.projects.prototypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.kernel.money.Money;
import org.proserv.projects.schema.ProjectsEntity;

/** A customer's purchase of a prototype, with what it paid at that moment's price. */
@Entity
@Table(name = "projects_prototype_purchase")
public class PrototypePurchase extends ProjectsEntity {

    @Column(name = "prototype_id", nullable = false)
    private long prototypeId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PurchaseKind kind;

    @Column(name = "paid_cents", nullable = false)
    private long paidCents;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "purchased_at", nullable = false)
    private Instant purchasedAt;

    protected PrototypePurchase() {}

    public PrototypePurchase(long prototypeId, Prototype prototype, long customerId, PurchaseKind kind, Instant now) {
        this.prototypeId = prototypeId;
        this.customerId = customerId;
        this.kind = kind;
        var paid = prototype.priceOf(kind);
        this.paidCents = paid.cents();
        this.currency = paid.currency();
        this.purchasedAt = now;
    }

    public long prototypeId() {
        return prototypeId;
    }

    public long customerId() {
        return customerId;
    }

    public PurchaseKind kind() {
        return kind;
    }

    public Money paid() {
        return new Money(paidCents, currency);
    }

    /** A buyout gives its buyer unlimited use of the design. */
    public boolean unlimitedUse() {
        return kind == PurchaseKind.BUYOUT;
    }

    public Instant purchasedAt() {
        return purchasedAt;
    }
}
