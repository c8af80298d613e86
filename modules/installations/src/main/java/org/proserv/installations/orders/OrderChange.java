package org.proserv.installations.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.installations.schema.InstallationsEntity;

/**
 * One entry of an order's history: who moved it from which status to which, when, with what note (an assignment keeps
 * the status). Never changed once written.
 */
@Entity
@Table(name = "installations_order_change")
public class OrderChange extends InstallationsEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private InstallationOrder order;

    @Column(name = "seq_no", nullable = false)
    private int seqNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private OrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private OrderStatus to;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(length = 2000)
    private String note;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected OrderChange() {}

    OrderChange(
            InstallationOrder order,
            int seqNo,
            OrderStatus from,
            OrderStatus to,
            String actor,
            String note,
            Instant changedAt) {
        this.order = order;
        this.seqNo = seqNo;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.note = note;
        this.changedAt = changedAt;
    }

    public int seqNo() {
        return seqNo;
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public String note() {
        return note;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
