package org.proserv.support.charging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One counted HotRush withdrawal of a customer account (a limited right: 3 ever by default). */
@Entity
@Table(name = "support_hotrush_withdrawal")
public class HotRushWithdrawal {

    @Id
    @SequenceGenerator(name = "support_seq", sequenceName = "support_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_seq")
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "ticket_id", nullable = false)
    private long ticketId;

    @Column(name = "withdrawn_at", nullable = false)
    private Instant withdrawnAt;

    protected HotRushWithdrawal() {
    }

    public HotRushWithdrawal(long customerId, long ticketId, Instant withdrawnAt) {
        this.customerId = customerId;
        this.ticketId = ticketId;
        this.withdrawnAt = withdrawnAt;
    }
}
