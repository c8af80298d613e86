package org.proserv.installations.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.installations.schema.InstallationsEntity;

/** A message on an order, from the customer or from staff, listed in the order written. Never changed. */
@Entity
@Table(name = "installations_order_message")
public class OrderMessage extends InstallationsEntity {

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "from_customer", nullable = false)
    private boolean fromCustomer;

    @Column(nullable = false, length = 5000)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected OrderMessage() {}

    OrderMessage(long orderId, String author, boolean fromCustomer, String body, Instant writtenAt) {
        this.orderId = orderId;
        this.author = author;
        this.fromCustomer = fromCustomer;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public long orderId() {
        return orderId;
    }

    public String author() {
        return author;
    }

    public boolean fromCustomer() {
        return fromCustomer;
    }

    public String body() {
        return body;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
