package org.proserv.releases.patches;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.paging.Page;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.kernel.paging.PagedQuery;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.events.Outbox;
import org.proserv.releases.catalog.Catalog;
import org.proserv.releases.catalog.Product;
import org.proserv.releases.catalog.ProductVersion;
import org.proserv.releases.catalog.VersionStatuses;

/**
 * The patch use cases, one transaction each: publishing (the guarantee rule lives in {@link Patch}), reading, the patch
 * plan ({@link PatchPlanner}), the security view and upgrade packs.
 */
@Stateless
public class Patches {

    @PersistenceContext(unitName = "releases")
    EntityManager em;

    @EJB
    Catalog catalog;

    @EJB
    Outbox outbox;

    @Inject
    Clock clock;

    public Patch publish(Actor actor, long productId, PatchDraft draft) {
        actor.requireStaff("publish patches");
        var product = catalog.requireProduct("productId", productId);
        var statuses = catalog.statuses(product);
        var targets = new ArrayList<VersionStatuses.State>();
        for (String name : new TreeSet<>(draft.versions())) {
            targets.add(statuses.of(product.requireVersion("versions", name)));
        }
        requireKnown(product, "prerequisites", draft.prerequisites());
        var patch = new Patch(product.id(), draft, targets, actor, clock.instant());
        em.persist(patch);
        em.flush();
        var versions = Json.createArrayBuilder();
        patch.versions().forEach(v -> versions.add(v.name()));
        var payload = Json.createObjectBuilder()
                .add("patchId", patch.id())
                .add("productId", patch.productId())
                .add("product", product.name())
                .add("kind", patch.kind().name())
                .add("title", patch.title())
                .add("versions", versions)
                .add("manualOnly", patch.manualOnly())
                .add("releasedAt", patch.releasedAt().toString())
                .add("publishedBy", patch.publishedBy());
        patch.severity().ifPresent(severity -> payload.add("severity", severity.name()));
        outbox.record(em, "patch.published", "patch", patch.id(), null, payload.build(), patch.publishedAt());
        return patch;
    }

    public Patch find(long id) {
        var patch = em.find(Patch.class, id);
        if (patch == null) {
            throw ProservException.notFound("Patch", id);
        }
        return patch;
    }

    /**
     * Replaces a patch's prerequisites. Refused (409 naming the patches) when the product's prerequisites would then
     * form a cycle; changes within one product are serialized so that two of them cannot close a cycle together.
     */
    public Patch replacePrerequisites(Actor actor, long id, Set<Long> requires) {
        actor.requireStaff("change patches");
        var patch = find(id);
        var product = catalog.product(patch.productId());
        em.lock(product, LockModeType.PESSIMISTIC_WRITE);
        em.lock(patch, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        requireKnown(product, "prerequisites", requires);
        Map<Long, Set<Long>> graph = new HashMap<>();
        em.createQuery("select p.id from Patch p where p.productId = :product", Long.class)
                .setParameter("product", product.id())
                .getResultStream()
                .forEach(p -> graph.put(p, new HashSet<>()));
        graph.putAll(prerequisiteGraph(product));
        graph.put(patch.id(), new HashSet<>(requires));
        PatchPlanner.findCycle(graph).ifPresent(cycle -> {
            throw PatchPlanner.cycleProblem(cycle);
        });
        patch.replacePrerequisites(requires, actor);
        return patch;
    }

    /** A version's patches, oldest release first, optionally of one kind. */
    public Page<Patch> forVersion(long productId, String versionName, Optional<PatchKind> kind, PageRequest request) {
        var version = catalog.product(productId).findVersion(versionName);
        return PagedQuery.from(em, Patch.class, "Patch p join p.versions v", "p")
                .where("v = :version", "version", version)
                .whereIf(kind, "p.kind = :kind", "kind")
                .page("p.releasedAt, p.id", request, Patches::batchFetch);
    }

    /**
     * The plan for a store on this version that applied these patches, modified these files and lets the installer
     * write what {@code writable} allows. Applied ids that are no patch of the product, or patches of other versions
     * that the version's patches do not require (even through other prerequisites), are a 400 naming them; a
     * prerequisite cycle is a 409 naming it.
     */
    public PatchPlanResult plan(
            long productId,
            String versionName,
            Set<Long> applied,
            Collection<PatchPlanner.LocalFile> modified,
            PatchPlanner.Writable writable) {
        var product = catalog.requireProduct("productId", productId);
        var version = product.requireVersion("version", versionName);
        var candidates = candidates(version);
        var ofVersion = new HashSet<Long>();
        candidates.forEach(c -> ofVersion.add(c.id()));
        var elsewhere = new HashSet<Long>(applied);
        elsewhere.removeAll(ofVersion);
        var ofProduct = elsewhere.isEmpty() ? Set.<Long>of() : Set.copyOf(existing(product, elsewhere));
        var required = ofProduct.isEmpty()
                ? Set.<Long>of()
                : PatchPlanner.requiredFromElsewhere(candidates, prerequisiteGraph(product));
        PatchPlanner.requireApplicable(applied, ofVersion, required, ofProduct, product.name() + " " + version.name());
        var plan = PatchPlanner.plan(candidates, applied, modified, writable);
        return new PatchPlanResult(catalog.statuses(product).of(version), plan);
    }

    /** The security patches released for this version, and those released only for newer ones. */
    public SecurityExposure security(long productId, String versionName) {
        var product = catalog.product(productId);
        var version = product.findVersion(versionName);
        var query = em.createQuery(
                        "select p from Patch p where p.productId = :product and p.kind = :kind"
                                + " order by p.releasedAt desc, p.id desc",
                        Patch.class)
                .setParameter("product", product.id())
                .setParameter("kind", PatchKind.SECURITY);
        batchFetch(query);
        var mine = new ArrayList<Patch>();
        var newerOnly = new ArrayList<Patch>();
        for (Patch p : query.getResultList()) {
            if (p.appliesTo(version)) {
                mine.add(p);
            } else if (p.versions().stream().anyMatch(v -> ProductVersion.ORDER.compare(v, version) > 0)) {
                newerOnly.add(p);
            }
        }
        Comparator<Patch> bySeverity = Comparator.comparing(
                        (Patch p) -> p.severity().orElse(Severity.LOW))
                .reversed()
                .thenComparing(Patch::releasedAt, Comparator.reverseOrder());
        mine.sort(bySeverity);
        newerOnly.sort(bySeverity);
        return new SecurityExposure(catalog.statuses(product).of(version), mine, newerOnly);
    }

    /** Every patch released for the versions after {@code from} up to {@code to}. */
    public UpgradePack upgradePack(long productId, String fromName, String toName) {
        var product = catalog.product(productId);
        var from = product.requireVersion("from", fromName);
        var to = product.requireVersion("to", toName);
        List<ProductVersion> range = UpgradePack.range(product.versions(), from, to);
        var releasedFor = new ArrayList<Map.Entry<Patch, ProductVersion>>();
        em.createQuery("select p, v from Patch p join p.versions v where v in :range", Object[].class)
                .setParameter("range", range)
                .getResultStream()
                .forEach(row -> releasedFor.add(Map.entry((Patch) row[0], (ProductVersion) row[1])));
        return UpgradePack.assemble(product.versions(), from, to, releasedFor);
    }

    /**
     * The version's patches as the planner needs them, read with three set-based queries (patches, prerequisites,
     * files) however many patches the version has.
     */
    private List<PatchPlanner.Candidate> candidates(ProductVersion version) {
        var rows = new LinkedHashMap<Long, Object[]>();
        em.createQuery(
                        "select p.id, p.title, p.kind, p.severity, p.releasedAt, p.manualOnly, p.manualNote"
                                + " from Patch p join p.versions v where v = :version",
                        Object[].class)
                .setParameter("version", version)
                .getResultStream()
                .forEach(row -> rows.put((Long) row[0], row));
        var prerequisites = new HashMap<Long, List<Long>>();
        em.createQuery(
                        "select p.id, r from Patch p join p.versions v join p.prerequisites r where v = :version",
                        Object[].class)
                .setParameter("version", version)
                .getResultStream()
                .forEach(row -> prerequisites
                        .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add((Long) row[1]));
        var files = new HashMap<Long, Map<String, String>>();
        em.createQuery(
                        "select p.id, f.path, f.checksum from Patch p join p.versions v join p.files f where v = "
                                + ":version",
                        Object[].class)
                .setParameter("version", version)
                .getResultStream()
                .forEach(row -> files.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .put((String) row[1], (String) row[2]));
        var candidates = new ArrayList<PatchPlanner.Candidate>(rows.size());
        rows.forEach((id, row) -> candidates.add(new PatchPlanner.Candidate(
                id,
                (String) row[1],
                (PatchKind) row[2],
                (Severity) row[3],
                (Instant) row[4],
                (Boolean) row[5],
                (String) row[6],
                prerequisites.getOrDefault(id, List.of()),
                files.getOrDefault(id, Map.of()))));
        return candidates;
    }

    /** Every patch of the product that requires others, with the ids it requires; one query. */
    private Map<Long, Set<Long>> prerequisiteGraph(Product product) {
        Map<Long, Set<Long>> graph = new HashMap<>();
        em.createQuery(
                        "select p.id, r from Patch p join p.prerequisites r where p.productId = :product",
                        Object[].class)
                .setParameter("product", product.id())
                .getResultStream()
                .forEach(row -> graph.computeIfAbsent((Long) row[0], k -> new HashSet<>())
                        .add((Long) row[1]));
        return graph;
    }

    /** Checks that every id is a patch of the product; 400 naming the field and the others. */
    private void requireKnown(Product product, String field, Set<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        var unknown = new TreeSet<>(ids);
        unknown.removeAll(existing(product, ids));
        if (!unknown.isEmpty()) {
            throw ProservException.invalid(field, "unknown patches of " + product.name() + ": " + join(unknown))
                    .with("unknownPatches", join(unknown));
        }
    }

    private List<Long> existing(Product product, Collection<Long> ids) {
        return em.createQuery("select p.id from Patch p where p.productId = :product and p.id in :ids", Long.class)
                .setParameter("product", product.id())
                .setParameter("ids", List.copyOf(ids))
                .getResultList();
    }

    /** Loads the collections shown with each patch in a few queries rather than three per patch. */
    private static void batchFetch(TypedQuery<Patch> query) {
        query.setHint("eclipselink.batch.type", "IN");
        query.setHint("eclipselink.batch", "p.versions");
        query.setHint("eclipselink.batch", "p.files");
        query.setHint("eclipselink.batch", "p.prerequisites");
    }

    private static String join(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
