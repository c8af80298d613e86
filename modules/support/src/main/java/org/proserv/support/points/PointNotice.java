package org.proserv.support.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.proserv.support.schema.SupportEntity;

import java.time.Instant;

/** A message to the customer about their points, such as a lot about to expire. Written once per lot. */
@Entity
@Table(name = "support_point_notice")
public class PointNotice extends SupportEntity {

    public static final String EXPIRY_WARNING = "EXPIRY_WARNING";

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "lot_id", nullable = false)
    private long lotId;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false)
    private int points;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PointNotice() {
    }

    PointNotice(long customerId, long lotId, String kind, int points, Instant expiresAt, Instant createdAt) {
        this.customerId = customerId;
        this.lotId = lotId;
        this.kind = kind;
        this.points = points;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    public long lotId() {
        return lotId;
    }

    public String kind() {
        return kind;
    }

    public int points() {
        return points;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
