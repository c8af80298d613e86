package org.proserv.support.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.support.schema.SupportEntity;

/**
 * A customer's licence for a product. A licence is either sold with support or as a cheaper developer licence, which
 * includes none.
 */
@Entity
@Table(name = "support_licence")
public class Licence extends SupportEntity {

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false, length = 100)
    private String product;

    @Column(nullable = false, length = 40)
    private String version;

    @Column(name = "with_support", nullable = false)
    private boolean withSupport;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Licence() {}

    public Licence(long customerId, String product, String version, boolean withSupport, Instant now) {
        this.customerId = customerId;
        this.product = product;
        this.version = version;
        this.withSupport = withSupport;
        this.createdAt = now;
    }

    public long customerId() {
        return customerId;
    }

    public String product() {
        return product;
    }

    public String version() {
        return version;
    }

    public boolean withSupport() {
        return withSupport;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
