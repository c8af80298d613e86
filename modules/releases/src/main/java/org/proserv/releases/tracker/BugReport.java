package org.proserv.releases.tracker;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.releases.catalog.ProductVersion;
import org.proserv.releases.patches.Patch;

/**
 * A report on the public bug tracker: what happens on which version, and what staff made of it (confirmed, not a bug, a
 * duplicate of an earlier report, or fixed by a patch and/or in a version).
 */
@Entity
@Table(name = "releases_bug")
public class BugReport {

    @Id
    @SequenceGenerator(name = "releases_seq", sequenceName = "releases_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "releases_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id")
    private ProductVersion productVersion;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 20000)
    private String steps;

    @Column(nullable = false, length = 5000)
    private String expected;

    @Column(nullable = false, length = 5000)
    private String actual;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BugStatus status;

    @Column(name = "duplicate_of")
    private Long duplicateOf;

    @Column(name = "fixed_by_patch")
    private Long fixedByPatch;

    @ManyToOne
    @JoinColumn(name = "fixed_in_version")
    private ProductVersion fixedInVersion;

    @Column(nullable = false, length = 64)
    private String reporter;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @OneToMany(mappedBy = "bug", cascade = CascadeType.PERSIST)
    @OrderBy("seqNo")
    private List<BugStatusChange> history = new ArrayList<>();

    protected BugReport() {}

    /** A new report by a customer or staff member, on a version of the product. */
    public BugReport(
            ProductVersion productVersion,
            String title,
            String steps,
            String expected,
            String actual,
            Actor reporter,
            Instant now) {
        this.productId = productVersion.product().id();
        this.productVersion = productVersion;
        this.title = title;
        this.steps = steps;
        this.expected = expected;
        this.actual = actual;
        this.reporter = reporter.username();
        this.reportedAt = now;
        changeStatus(BugStatus.NEW, reporter.username(), null, now);
    }

    /** Staff confirm the report: a bug in the software. */
    public void confirm(Actor staff, String note, Instant now) {
        move(staff, BugStatus.CONFIRMED, note, now);
    }

    /** Staff reject the report: the software works as intended. */
    public void rejectAsNotABug(Actor staff, String note, Instant now) {
        move(staff, BugStatus.NOT_A_BUG, note, now);
    }

    /**
     * Staff mark the report a duplicate of another report of the same product, or point a duplicate at another
     * original. Duplicates always point straight at their original, never along a chain or in a loop: the original must
     * be no duplicate itself (409 naming its own original), and a report other duplicates point at cannot become a
     * duplicate (409 naming them, {@code duplicates}): staff point those at the new original first. The caller holds
     * both reports locked, so that two decisions about the same reports are taken one after the other.
     *
     * @param duplicatesOfThis ids of the reports marked duplicates of this one
     */
    public void markDuplicateOf(
            BugReport original, Collection<Long> duplicatesOfThis, Actor staff, String note, Instant now) {
        staff.requireStaff("change the status of bug reports");
        if (original == null) {
            throw ProservException.invalid("duplicateOf", "is required to mark a report a duplicate");
        }
        if (original.productId != productId) {
            throw ProservException.invalid("duplicateOf", "report " + original.id + " is about another product");
        }
        if (original == this || (id != null && id.equals(original.id))) {
            throw ProservException.conflict("Report " + id + " cannot be a duplicate of itself");
        }
        if (status == BugStatus.DUPLICATE && Objects.equals(duplicateOf, original.id)) {
            throw ProservException.conflict("Report " + id + " is a duplicate of " + original.id + " already")
                    .with("bugStatus", status.name());
        }
        if (original.status == BugStatus.DUPLICATE) {
            throw ProservException.conflict("Report " + original.id + " is itself a duplicate of "
                    + original.duplicateOf + ": mark this one a duplicate of " + original.duplicateOf);
        }
        if (!duplicatesOfThis.isEmpty()) {
            String ids = duplicatesOfThis.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
            throw ProservException.conflict(
                            "Reports " + ids + " are marked duplicates of report " + id + ": point them at report "
                                    + original.id + " first, so that no duplicate points at another")
                    .with("duplicates", ids);
        }
        String fact =
                "duplicate of " + original.id + (status == BugStatus.DUPLICATE ? " (was " + duplicateOf + ")" : "");
        changeTo(staff, BugStatus.DUPLICATE, joinNotes(fact, note), now);
        this.duplicateOf = original.id;
    }

    /**
     * Staff record the fix: the patch that fixes it, the version that fixes it, or both. The fixing version is a
     * version of the product newer than the reported one (the release the fix shipped in); the fixing patch is a patch
     * of the product that applies to the reported version (a patch is installed on the versions it is published for,
     * and a store still running the reported version is the one that needs it).
     *
     * <p>On a report that is FIXED already, the decision links what was not linked yet or corrects what was: a given
     * patch or version replaces the one recorded, one not given stays as it was, and the change is kept in the history
     * (FIXED to FIXED). Linking exactly what is linked is a conflict.
     */
    public void markFixed(Patch patch, ProductVersion version, Actor staff, String note, Instant now) {
        staff.requireStaff("change the status of bug reports");
        if (patch == null && version == null) {
            throw ProservException.invalid("fixedByPatch", "give the fixing patch, the fixing version, or both");
        }
        if (patch != null && patch.productId() != productId) {
            throw ProservException.invalid("fixedByPatch", "patch " + patch.id() + " is for another product");
        }
        if (patch != null && !patch.appliesTo(productVersion)) {
            throw ProservException.invalid(
                    "fixedByPatch",
                    "patch " + patch.id() + " does not apply to the reported "
                            + "version " + productVersion.name() + " (it is for "
                            + patch.versions().stream()
                                    .map(ProductVersion::name)
                                    .collect(Collectors.joining(", ")) + ")");
        }
        if (version != null && !Objects.equals(version.product().id(), productId)) {
            throw ProservException.invalid("fixedInVersion", "version " + version.name() + " is of another product");
        }
        if (version != null && ProductVersion.ORDER.compare(version, productVersion) <= 0) {
            throw ProservException.invalid(
                    "fixedInVersion",
                    "the fixing version must be newer than the reported " + "version " + productVersion.name()
                            + ", not " + version.name());
        }
        if (status != BugStatus.FIXED) {
            move(
                    staff,
                    BugStatus.FIXED,
                    joinNotes("fixed " + fixDescription(patch == null ? null : patch.id(), version), note),
                    now);
            this.fixedByPatch = patch == null ? null : patch.id();
            this.fixedInVersion = version;
            return;
        }
        Long newPatch = patch == null ? fixedByPatch : patch.id();
        ProductVersion newVersion = version == null ? fixedInVersion : version;
        if (Objects.equals(newPatch, fixedByPatch) && newVersion == fixedInVersion) {
            throw ProservException.conflict(
                            "Report " + id + " is fixed " + fixDescription(fixedByPatch, fixedInVersion) + " already")
                    .with("bugStatus", status.name());
        }
        String fact = "fix now " + fixDescription(newPatch, newVersion) + " (was "
                + fixDescription(fixedByPatch, fixedInVersion) + ")";
        history.add(new BugStatusChange(
                this, history.size() + 1, status, status, staff.username(), joinNotes(fact, note), now));
        this.fixedByPatch = newPatch;
        this.fixedInVersion = newVersion;
    }

    private static String fixDescription(Long patch, ProductVersion version) {
        return (patch == null ? "" : "by patch " + patch)
                + (patch != null && version != null ? " " : "")
                + (version == null ? "" : "in version " + version.name());
    }

    private void move(Actor staff, BugStatus to, String note, Instant now) {
        staff.requireStaff("change the status of bug reports");
        if (status == to) {
            throw ProservException.conflict("Report " + id + " is " + status + " already")
                    .with("bugStatus", status.name());
        }
        changeTo(staff, to, note, now);
    }

    /** The new status in the history; what the report pointed to goes with the old one. */
    private void changeTo(Actor staff, BugStatus to, String note, Instant now) {
        duplicateOf = null;
        fixedByPatch = null;
        fixedInVersion = null;
        changeStatus(to, staff.username(), note, now);
    }

    private void changeStatus(BugStatus to, String actor, String note, Instant now) {
        history.add(new BugStatusChange(this, history.size() + 1, status, to, actor, note, now));
        status = to;
        statusChangedAt = now;
    }

    private static String joinNotes(String fact, String note) {
        return note == null || note.isBlank() ? fact : fact + ": " + note;
    }

    public Long id() {
        return id;
    }

    public long productId() {
        return productId;
    }

    public ProductVersion productVersion() {
        return productVersion;
    }

    public String title() {
        return title;
    }

    public String steps() {
        return steps;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }

    public BugStatus status() {
        return status;
    }

    public Optional<Long> duplicateOf() {
        return Optional.ofNullable(duplicateOf);
    }

    public Optional<Long> fixedByPatch() {
        return Optional.ofNullable(fixedByPatch);
    }

    public Optional<ProductVersion> fixedInVersion() {
        return Optional.ofNullable(fixedInVersion);
    }

    public String reporter() {
        return reporter;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public List<BugStatusChange> history() {
        return Collections.unmodifiableList(history);
    }
}
