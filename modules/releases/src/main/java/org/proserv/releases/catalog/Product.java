package org.proserv.releases.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.proserv.kernel.error.ProservException;

/**
 * A product the vendor sells (X-Cart, LiteCommerce), with its branches and released versions. It guards their names and
 * dates; the status of each version is computed from it at read time.
 */
@Entity
@Table(name = "releases_product")
public class Product {

    @Id
    @SequenceGenerator(name = "releases_seq", sequenceName = "releases_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "releases_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "product", cascade = CascadeType.PERSIST)
    private List<Branch> branches = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.PERSIST)
    private List<ProductVersion> versions = new ArrayList<>();

    protected Product() {}

    public Product(String name, Instant now) {
        this.name = name;
        this.createdAt = now;
    }

    /** A new branch (4.1, 4.3...); its name is unique within the product. */
    public Branch addBranch(String branchName, Instant now) {
        if (branch(branchName).isPresent()) {
            throw ProservException.conflict(name + " already has a branch " + branchName)
                    .with("field", "name");
        }
        var branch = new Branch(this, branchName, now);
        branches.add(branch);
        return branch;
    }

    /**
     * A released version on one of the branches. Its name is unique within the product, and it is released already: a
     * version is recorded when it ships, never ahead of time (nor before 1990, see {@link ReleaseDates}).
     */
    public ProductVersion addVersion(String branchName, String versionName, Instant releasedAt, Instant now) {
        var branch = branch(branchName)
                .orElseThrow(() -> ProservException.invalid("branch", name + " has no branch " + branchName));
        if (version(versionName).isPresent()) {
            throw ProservException.conflict(name + " already has a version " + versionName)
                    .with("field", "name");
        }
        ReleaseDates.require("releasedAt", releasedAt);
        if (releasedAt.isAfter(now)) {
            throw ProservException.invalid(
                    "releasedAt", "must not be in the future: versions are recorded when released");
        }
        var version = new ProductVersion(this, branch, versionName, releasedAt, now);
        versions.add(version);
        return version;
    }

    public Optional<Branch> branch(String branchName) {
        return branches.stream().filter(b -> b.name().equals(branchName)).findFirst();
    }

    public Optional<ProductVersion> version(String versionName) {
        return versions.stream().filter(v -> v.name().equals(versionName)).findFirst();
    }

    /** The version a request names in one of its fields; 400 naming the field when there is none. */
    public ProductVersion requireVersion(String field, String versionName) {
        return version(versionName)
                .orElseThrow(() -> ProservException.invalid(field, name + " has no version " + versionName));
    }

    /** The version a path names; 404 when there is none. */
    public ProductVersion findVersion(String versionName) {
        return version(versionName).orElseThrow(() -> ProservException.notFound("Version", name + " " + versionName));
    }

    /** Every version's status at this instant under these release terms. */
    public VersionStatuses statuses(Instant now, ReleasePolicy policy) {
        return VersionStatuses.of(versions, now, policy);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Branches, oldest number first. */
    public List<Branch> branches() {
        var sorted = new ArrayList<>(branches);
        sorted.sort(Comparator.comparing(Branch::name, VersionNumber.ORDER));
        return Collections.unmodifiableList(sorted);
    }

    public List<ProductVersion> versions() {
        return Collections.unmodifiableList(versions);
    }
}
