package org.proserv.support.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.kernel.money.Money;
import org.proserv.support.schema.SupportEntity;

/**
 * A lot: points a customer bought at once (or staff granted), with the date they expire. What is left of it is never
 * stored: it is the sum of the lot's ledger entries.
 */
@Entity
@Table(name = "support_point_lot")
public class PointLot extends SupportEntity {

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "pack_id")
    private Long packId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LotOrigin origin;

    @Column(nullable = false)
    private int points;

    @Column(name = "price_cents", nullable = false)
    private long priceCents;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "purchased_at", nullable = false)
    private Instant purchasedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** Set by the expiry sweep that wrote (or found nothing left for) this lot's expiry. */
    @Column(name = "expiry_claim", length = 36)
    private String expiryClaim;

    /** Set by the sweep that warned about this lot's coming expiry. */
    @Column(name = "warning_claim", length = 36)
    private String warningClaim;

    protected PointLot() {}

    PointLot(
            long customerId,
            Long packId,
            LotOrigin origin,
            int points,
            Money price,
            Instant purchasedAt,
            Instant expiresAt) {
        this.customerId = customerId;
        this.packId = packId;
        this.origin = origin;
        this.points = points;
        this.priceCents = price.cents();
        this.currency = price.currency();
        this.purchasedAt = purchasedAt;
        this.expiresAt = expiresAt;
    }

    /** A lot is spent from until the instant it expires, exclusive. */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public long customerId() {
        return customerId;
    }

    public Long packId() {
        return packId;
    }

    public LotOrigin origin() {
        return origin;
    }

    public int points() {
        return points;
    }

    /** What the customer paid for the lot, in the currency paid (nothing, for points granted by staff). */
    public Money price() {
        return new Money(priceCents, currency);
    }

    public Instant purchasedAt() {
        return purchasedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
