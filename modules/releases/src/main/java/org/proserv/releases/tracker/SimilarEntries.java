package org.proserv.releases.tracker;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.proserv.releases.catalog.Product;

/**
 * Duplicate suggestions: the existing reports (or ideas) of a product most similar to a text, ranked by
 * {@link SimilarityIndex}.
 *
 * <p>Each node keeps one index per product and kind ({@link LiveIndex}): built once from that product's rows, then kept
 * current by appending the rows added since. Whether rows were added since is read from the product's row of
 * {@code releases_entry_count} (its number of entries and highest id, kept by {@link #added} in the transaction that
 * stores each entry): one primary-key lookup per request, never a count or scan of the product's rows. Requests
 * arriving while another brings an index up to date use it as it is rather than reading the table in parallel. Statuses
 * and titles are read fresh for the few entries suggested. Callers ask before storing an entry of their own, so that
 * the shared index only ever holds committed rows.
 */
@Singleton(name = "SimilarEntries")
@Lock(LockType.READ)
public class SimilarEntries {

    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 20;
    /** Below this cosine similarity two texts share only common words; they are not suggested. */
    public static final double MIN_SCORE = 0.15;

    /** Rows read by id at most this many at a time, well within every database's limit on parameters. */
    private static final int CHUNK = 500;

    public enum Kind {
        BUG,
        IDEA
    }

    private record Key(Kind kind, long productId) {}

    @PersistenceContext(unitName = "releases")
    EntityManager em;

    private final Map<Key, LiveIndex> indexes = new ConcurrentHashMap<>();

    public List<Suggestion> bugs(long productId, String title, String steps, int limit) {
        var index = index(new Key(Kind.BUG, productId));
        var matches = index.similar(title, steps, limit, MIN_SCORE, Set.of());
        if (matches.isEmpty()) {
            return List.of();
        }
        var rows = new HashMap<Long, Object[]>();
        em.createQuery(
                        "select b.id, b.title, b.status, b.duplicateOf from BugReport b where b.id in :ids",
                        Object[].class)
                .setParameter(
                        "ids", matches.stream().map(SimilarityIndex.Match::id).toList())
                .getResultStream()
                .forEach(r -> rows.put((Long) r[0], r));
        return matches.stream()
                .filter(m -> rows.containsKey(m.id()))
                .map(m -> {
                    Object[] r = rows.get(m.id());
                    return new Suggestion(
                            m.id(), (String) r[1], ((BugStatus) r[2]).name(), round(m.score()), (Long) r[3]);
                })
                .toList();
    }

    public List<Suggestion> ideas(long productId, String title, String description, int limit) {
        var index = index(new Key(Kind.IDEA, productId));
        var matches = index.similar(title, description, limit, MIN_SCORE, Set.of());
        if (matches.isEmpty()) {
            return List.of();
        }
        var rows = new HashMap<Long, Object[]>();
        em.createQuery("select i.id, i.title, i.status from Idea i where i.id in :ids", Object[].class)
                .setParameter(
                        "ids", matches.stream().map(SimilarityIndex.Match::id).toList())
                .getResultStream()
                .forEach(r -> rows.put((Long) r[0], r));
        return matches.stream()
                .filter(m -> rows.containsKey(m.id()))
                .map(m -> {
                    Object[] r = rows.get(m.id());
                    return new Suggestion(m.id(), (String) r[1], ((IdeaStatus) r[2]).name(), round(m.score()), null);
                })
                .toList();
    }

    /**
     * Counts an entry just stored, in the caller's transaction. The product's row is created with its first entry,
     * under a lock on the product so that two first entries at once make one row.
     */
    public void added(Kind kind, Product product, long id) {
        if (bump(kind, product.id(), id) == 0) {
            em.lock(product, LockModeType.PESSIMISTIC_WRITE);
            if (bump(kind, product.id(), id) == 0) {
                em.createNativeQuery("insert into releases_entry_count (product_id, kind, entries, max_id)"
                                + " values (?1, ?2, 1, ?3)")
                        .setParameter(1, product.id())
                        .setParameter(2, kind.name())
                        .setParameter(3, id)
                        .executeUpdate();
            }
        }
    }

    private int bump(Kind kind, long productId, long id) {
        return em.createNativeQuery("update releases_entry_count set entries = entries + 1,"
                        + " max_id = case when max_id < ?1 then ?1 else max_id end"
                        + " where product_id = ?2 and kind = ?3")
                .setParameter(1, id)
                .setParameter(2, productId)
                .setParameter(3, kind.name())
                .executeUpdate();
    }

    private SimilarityIndex index(Key key) {
        return indexes.computeIfAbsent(key, k -> new LiveIndex()).current(new TableRows(key));
    }

    /** A product's reports or ideas as the index reads them, with set-based queries. */
    private final class TableRows implements LiveIndex.Rows {

        private final long productId;
        private final Kind kind;
        private final String entity;
        private final String body;

        TableRows(Key key) {
            this.productId = key.productId();
            this.kind = key.kind();
            this.entity = key.kind() == Kind.BUG ? "BugReport" : "Idea";
            this.body = key.kind() == Kind.BUG ? "e.steps" : "e.description";
        }

        @Override
        public LiveIndex.Stats stats() {
            List<?> rows = em.createNativeQuery(
                            "select entries, max_id from releases_entry_count" + " where product_id = ?1 and kind = ?2")
                    .setParameter(1, productId)
                    .setParameter(2, kind.name())
                    .getResultList();
            if (rows.isEmpty()) {
                return new LiveIndex.Stats(0, Long.MIN_VALUE);
            }
            Object[] state = (Object[]) rows.get(0);
            return new LiveIndex.Stats(((Number) state[0]).longValue(), ((Number) state[1]).longValue());
        }

        @Override
        public List<SimilarityIndex.Document> above(long id) {
            return documents(em.createQuery(
                            "select e.id, e.title, " + body + " from " + entity
                                    + " e where e.productId = :product and e.id > :id order by e.id",
                            Object[].class)
                    .setParameter("product", productId)
                    .setParameter("id", id)
                    .getResultList());
        }

        @Override
        public List<Long> ids() {
            return em.createQuery("select e.id from " + entity + " e where e.productId = :product", Long.class)
                    .setParameter("product", productId)
                    .getResultList();
        }

        @Override
        public List<SimilarityIndex.Document> byIds(Collection<Long> ids) {
            var all = new ArrayList<SimilarityIndex.Document>(ids.size());
            var list = List.copyOf(ids);
            for (int from = 0; from < list.size(); from += CHUNK) {
                all.addAll(documents(em.createQuery(
                                "select e.id, e.title, " + body + " from " + entity
                                        + " e where e.productId = :product and e.id in :ids order by e.id",
                                Object[].class)
                        .setParameter("product", productId)
                        .setParameter("ids", list.subList(from, Math.min(list.size(), from + CHUNK)))
                        .getResultList()));
            }
            return all;
        }
    }

    private static List<SimilarityIndex.Document> documents(List<Object[]> rows) {
        return rows.stream()
                .map(r -> new SimilarityIndex.Document((Long) r[0], (String) r[1], (String) r[2]))
                .toList();
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
