package org.proserv.releases.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of development of a product (4.1, 4.3...); the newest branch is the highest number. */
@Entity
@Table(name = "releases_branch")
public class Branch {

    @Id
    @SequenceGenerator(name = "releases_seq", sequenceName = "releases_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "releases_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Branch() {}

    Branch(Product product, String name, Instant now) {
        this.product = product;
        this.name = name;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public Product product() {
        return product;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
