package org.proserv.support.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.kernel.error.ProservException;
import org.proserv.support.schema.SupportEntity;

/** A paid period of technical support for all of a customer's licences. */
@Entity
@Table(name = "support_subscription")
public class Subscription extends SupportEntity {

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Subscription() {}

    public Subscription(long customerId, Instant startsAt, Instant endsAt, Instant now) {
        if (!endsAt.isAfter(startsAt)) {
            throw ProservException.invalid("endsAt", "must be after startsAt");
        }
        this.customerId = customerId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.createdAt = now;
    }

    public boolean activeAt(Instant instant) {
        return !instant.isBefore(startsAt) && instant.isBefore(endsAt);
    }

    public long customerId() {
        return customerId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }
}
