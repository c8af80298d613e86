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
import java.util.Comparator;

/** A released version of a product, on one of its branches. Its status is not stored: see {@link VersionStatuses}. */
@Entity
@Table(name = "releases_version")
public class ProductVersion {

    /** Oldest first: by version number, then release date. */
    public static final Comparator<ProductVersion> ORDER =
            Comparator.comparing(ProductVersion::name, VersionNumber.ORDER).thenComparing(ProductVersion::releasedAt);

    @Id
    @SequenceGenerator(name = "releases_seq", sequenceName = "releases_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "releases_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @ManyToOne(optional = false)
    @JoinColumn(name = "branch_id")
    private Branch branch;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(name = "released_at", nullable = false)
    private Instant releasedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ProductVersion() {}

    ProductVersion(Product product, Branch branch, String name, Instant releasedAt, Instant now) {
        this.product = product;
        this.branch = branch;
        this.name = name;
        this.releasedAt = releasedAt;
        this.createdAt = now;
    }

    /**
     * The last instant of the guarantee: the period added to the release's local date-time in the support calendar's
     * zone (released 2025-03-10T12:00Z with P1Y: in guarantee up to 2026-03-10T12:00Z inclusive; released
     * 2024-02-28T21:30Z, 29 February in +04:00: up to 28 February 2025 01:30 there, 2025-02-27T21:30Z).
     */
    public Instant guaranteeEndsAt(ReleasePolicy policy) {
        return policy.guaranteeEndsAt(releasedAt);
    }

    /** Released more than the guarantee period ago. */
    public boolean outOfGuaranteeAt(Instant now, ReleasePolicy policy) {
        return now.isAfter(guaranteeEndsAt(policy));
    }

    public Long id() {
        return id;
    }

    public Product product() {
        return product;
    }

    public Branch branch() {
        return branch;
    }

    public String name() {
        return name;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return name;
    }
}
