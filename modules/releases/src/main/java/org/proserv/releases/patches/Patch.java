package org.proserv.releases.patches;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.releases.catalog.ProductVersion;
import org.proserv.releases.catalog.ReleaseDates;
import org.proserv.releases.catalog.VersionStatus;
import org.proserv.releases.catalog.VersionStatuses;

/**
 * A patch: a bug fix or a security fix for given versions of a product, the files it changes, the patches it requires
 * first, and whether it can be installed automatically. Publishing it applies the guarantee rule: no new bug-fix
 * patches for versions out of guarantee; a security patch for them is a per-issue decision, recorded with its severity
 * and the reasons given for it.
 */
@Entity
@Table(name = "releases_patch")
public class Patch {

    /** The rule a refused bug-fix patch names, for clients that act on it. */
    public static final String OUT_OF_GUARANTEE_RULE = "no-bug-fix-out-of-guarantee";

    /** The most versions one patch is published for. */
    public static final int MAX_VERSIONS = 200;

    /** Room for the names of {@link #MAX_VERSIONS} versions of up to 40 characters, comma-separated. */
    static final int EXCEPTION_VERSIONS_LENGTH = 8200;

    @Id
    @SequenceGenerator(name = "releases_seq", sequenceName = "releases_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "releases_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PatchKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Severity severity;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 20000)
    private String description;

    @Column(name = "released_at", nullable = false)
    private Instant releasedAt;

    @Column(name = "manual_only", nullable = false)
    private boolean manualOnly;

    @Column(name = "manual_note", length = 500)
    private String manualNote;

    /** Names of the versions out of guarantee this security patch was published for, comma-separated. */
    @Column(name = "exception_versions", length = EXCEPTION_VERSIONS_LENGTH)
    private String exceptionVersions;

    @Column(name = "exception_note", length = 2000)
    private String exceptionNote;

    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @ManyToMany
    @JoinTable(
            name = "releases_patch_version",
            joinColumns = @JoinColumn(name = "patch_id"),
            inverseJoinColumns = @JoinColumn(name = "version_id"))
    private Set<ProductVersion> versions = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "releases_patch_file", joinColumns = @JoinColumn(name = "patch_id"))
    private Set<PatchFile> files = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "releases_patch_prerequisite", joinColumns = @JoinColumn(name = "patch_id"))
    @Column(name = "requires_id")
    private Set<Long> prerequisites = new HashSet<>();

    protected Patch() {}

    /**
     * Publishes a patch for the given versions, whose statuses are those at {@code now}. Prerequisites must have been
     * checked to be patches of the same product.
     */
    public Patch(long productId, PatchDraft draft, List<VersionStatuses.State> targets, Actor staff, Instant now) {
        staff.requireStaff("publish patches");
        if (targets.isEmpty()) {
            throw ProservException.invalid("versions", "must name at least one version");
        }
        if (targets.size() > MAX_VERSIONS) {
            throw ProservException.invalid("versions", "must name at most " + MAX_VERSIONS + " versions");
        }
        if (draft.kind() == PatchKind.SECURITY && draft.severity() == null) {
            throw ProservException.invalid("severity", "is required for a security patch");
        }
        if (draft.kind() == PatchKind.BUG_FIX && draft.severity() != null) {
            throw ProservException.invalid("severity", "is given for security patches only");
        }
        Instant released = draft.releasedAt() == null ? now : ReleaseDates.require("releasedAt", draft.releasedAt());
        if (released.isAfter(now)) {
            throw ProservException.invalid(
                    "releasedAt", "must not be in the future: a patch is published when released");
        }
        var paths = new HashSet<String>();
        for (PatchFile file : draft.files()) {
            if (!paths.add(file.path())) {
                throw ProservException.invalid("files", "lists " + file.path() + " twice");
            }
        }
        var outOfGuarantee = targets.stream()
                .filter(t -> t.status() == VersionStatus.outOfGuarantee)
                .toList();
        if (!outOfGuarantee.isEmpty()) {
            if (draft.kind() == PatchKind.BUG_FIX) {
                throw refusedBugFix(outOfGuarantee);
            }
            if (draft.decisionNote() == null || draft.decisionNote().isBlank()) {
                throw ProservException.invalid(
                        "decisionNote",
                        "is required for a security patch for versions out of "
                                + "guarantee ("
                                + outOfGuarantee.stream()
                                        .map(VersionStatuses.State::name)
                                        .collect(Collectors.joining(", "))
                                + "): the reasons for the decision are kept with it");
            }
            this.exceptionVersions = names(
                    outOfGuarantee.stream().map(VersionStatuses.State::version).toList());
            if (exceptionVersions.length() > EXCEPTION_VERSIONS_LENGTH) {
                throw ProservException.invalid(
                        "versions",
                        "the names of the versions out of guarantee are longer than " + EXCEPTION_VERSIONS_LENGTH
                                + " characters together");
            }
            this.exceptionNote = draft.decisionNote().trim();
        }
        this.productId = productId;
        this.kind = draft.kind();
        this.severity = draft.severity();
        this.title = draft.title();
        this.description = draft.description();
        this.releasedAt = released;
        this.manualOnly = draft.manualOnly();
        this.manualNote = draft.manualOnly() ? draft.manualNote() : null;
        this.publishedBy = staff.username();
        this.publishedAt = now;
        targets.forEach(t -> versions.add(t.version()));
        files.addAll(draft.files());
        prerequisites.addAll(draft.prerequisites());
    }

    private static ProservException refusedBugFix(List<VersionStatuses.State> outOfGuarantee) {
        String which = outOfGuarantee.stream()
                .map(s -> s.name() + " (guarantee ended " + s.guaranteeEndsAt() + "; upgrade to "
                        + s.upgrade().map(ProductVersion::name).orElse("a newer version") + ")")
                .collect(Collectors.joining(", "));
        return ProservException.conflict("No new bug-fix patches are published for versions out of guarantee: "
                        + which + ". The answer for them is an upgrade; only security patches may still be "
                        + "published for them, decided per issue by severity.")
                .with("rule", OUT_OF_GUARANTEE_RULE)
                .with(
                        "versions",
                        outOfGuarantee.stream().map(VersionStatuses.State::name).collect(Collectors.joining(",")));
    }

    /** Replaces the prerequisites; the caller has checked that no cycle results. */
    public void replacePrerequisites(Set<Long> requires, Actor staff) {
        staff.requireStaff("change patches");
        if (requires.contains(id)) {
            throw ProservException.conflict("Patch " + id + " cannot require itself")
                    .with("cycle", String.valueOf(id));
        }
        prerequisites.clear();
        prerequisites.addAll(requires);
    }

    public boolean appliesTo(ProductVersion productVersion) {
        return versions.contains(productVersion);
    }

    private static String names(List<ProductVersion> list) {
        return list.stream()
                .sorted(ProductVersion.ORDER)
                .map(ProductVersion::name)
                .collect(Collectors.joining(","));
    }

    public Long id() {
        return id;
    }

    public long productId() {
        return productId;
    }

    public PatchKind kind() {
        return kind;
    }

    public Optional<Severity> severity() {
        return Optional.ofNullable(severity);
    }

    public String title() {
        return title;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public boolean manualOnly() {
        return manualOnly;
    }

    public Optional<String> manualNote() {
        return Optional.ofNullable(manualNote);
    }

    /** The versions out of guarantee this security patch was decided for, oldest first; empty for most patches. */
    public List<String> guaranteeExceptionVersions() {
        return exceptionVersions == null ? List.of() : Arrays.asList(exceptionVersions.split(","));
    }

    public Optional<String> guaranteeExceptionNote() {
        return Optional.ofNullable(exceptionNote);
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** The versions it applies to, oldest first. */
    public List<ProductVersion> versions() {
        var list = new ArrayList<>(versions);
        list.sort(ProductVersion.ORDER);
        return list;
    }

    /** The files it changes, by path. */
    public List<PatchFile> files() {
        var list = new ArrayList<>(files);
        list.sort(Comparator.comparing(PatchFile::path));
        return list;
    }

    /** Ids of the patches it requires, ascending. */
    public Set<Long> prerequisites() {
        return new LinkedHashSet<>(new TreeSet<>(prerequisites));
    }
}
