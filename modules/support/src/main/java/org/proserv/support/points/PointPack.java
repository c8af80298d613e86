package org.proserv.support.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;

/** A pack of points on sale in the catalogue: so many points for a price. */
@Entity
@Table(name = "support_point_pack")
public class PointPack {

    @Id
    @SequenceGenerator(name = "support_pack_seq", sequenceName = "support_pack_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_pack_seq")
    private Long id;

    @Column(nullable = false)
    private int points;

    @Column(name = "price_cents", nullable = false)
    private long priceCents;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PointPack() {}

    public PointPack(int points, Money price, Instant now) {
        reprice(points, price);
        this.active = true;
        this.createdAt = now;
    }

    /** A new price may be in another currency; lots already bought keep the price they were bought at. */
    public void reprice(int newPoints, Money newPrice) {
        if (newPoints <= 0) {
            throw ProservException.invalid("points", "must be positive");
        }
        if (newPrice.isNegative()) {
            throw ProservException.invalid("price", "must not be negative");
        }
        this.points = newPoints;
        this.priceCents = newPrice.cents();
        this.currency = newPrice.currency();
    }

    public void withdraw() {
        this.active = false;
    }

    public Long id() {
        return id;
    }

    public int points() {
        return points;
    }

    public Money price() {
        return new Money(priceCents, currency);
    }

    public boolean active() {
        return active;
    }
}
