package org.proserv.support.charging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.support.schema.SupportEntity;

/** One counted HotRush withdrawal of a customer account (a limited right: 3 ever by default). */
@Entity
@Table(name = "support_hotrush_withdrawal")
public class HotRushWithdrawal extends SupportEntity {

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "ticket_id", nullable = false)
    private long ticketId;

    @Column(name = "withdrawn_at", nullable = false)
    private Instant withdrawnAt;

    protected HotRushWithdrawal() {}

    public HotRushWithdrawal(long customerId, long ticketId, Instant withdrawnAt) {
        this.customerId = customerId;
        this.ticketId = ticketId;
        this.withdrawnAt = withdrawnAt;
    }
}
