package org.proserv.releases.tracker;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Duplicate suggestions: the existing reports (or ideas) of a product most similar to a text,
 * ranked by {@link SimilarityIndex}.
 *
 * <p>Each node keeps one index per product and kind, built from that product's rows. Reports and
 * ideas are never deleted and their text never changes, so the set of rows only grows: an index
 * is current while the product's row count and highest id are those it was built from, which one
 * aggregate query checks per request; otherwise it is rebuilt. Statuses and titles are read fresh
 * for the few entries suggested.
 */
@Singleton(name = "SimilarEntries")
@Lock(LockType.READ)
public class SimilarEntries {

    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 20;
    /** Below this cosine similarity two texts share only common words; they are not suggested. */
    public static final double MIN_SCORE = 0.15;

    private enum Kind { BUG, IDEA }

    private record Key(Kind kind, long productId) {
    }

    private record Cached(long count, long maxId, SimilarityIndex index) {
    }

    @PersistenceContext(unitName = "releases")
    EntityManager em;

    private final Map<Key, Cached> indexes = new ConcurrentHashMap<>();

    public List<Suggestion> bugs(long productId, String title, String steps, int limit) {
        var index = index(new Key(Kind.BUG, productId), "BugReport", "b.steps");
        var matches = index.similar(title, steps, limit, MIN_SCORE, Set.of());
        if (matches.isEmpty()) {
            return List.of();
        }
        var rows = new HashMap<Long, Object[]>();
        em.createQuery("select b.id, b.title, b.status, b.duplicateOf from BugReport b where b.id in :ids", Object[].class)
                .setParameter("ids", matches.stream().map(SimilarityIndex.Match::id).toList())
                .getResultStream().forEach(r -> rows.put((Long) r[0], r));
        return matches.stream().filter(m -> rows.containsKey(m.id())).map(m -> {
            Object[] r = rows.get(m.id());
            return new Suggestion(m.id(), (String) r[1], ((BugStatus) r[2]).name(), round(m.score()), (Long) r[3]);
        }).toList();
    }

    public List<Suggestion> ideas(long productId, String title, String description, int limit) {
        var index = index(new Key(Kind.IDEA, productId), "Idea", "b.description");
        var matches = index.similar(title, description, limit, MIN_SCORE, Set.of());
        if (matches.isEmpty()) {
            return List.of();
        }
        var rows = new HashMap<Long, Object[]>();
        em.createQuery("select i.id, i.title, i.status from Idea i where i.id in :ids", Object[].class)
                .setParameter("ids", matches.stream().map(SimilarityIndex.Match::id).toList())
                .getResultStream().forEach(r -> rows.put((Long) r[0], r));
        return matches.stream().filter(m -> rows.containsKey(m.id())).map(m -> {
            Object[] r = rows.get(m.id());
            return new Suggestion(m.id(), (String) r[1], ((IdeaStatus) r[2]).name(), round(m.score()), null);
        }).toList();
    }

    private SimilarityIndex index(Key key, String entity, String body) {
        Object[] state = em.createQuery("select count(b.id), max(b.id) from " + entity + " b where b.productId = :product",
                        Object[].class)
                .setParameter("product", key.productId())
                .getSingleResult();
        long count = ((Number) state[0]).longValue();
        long maxId = state[1] == null ? 0 : ((Number) state[1]).longValue();
        Cached cached = indexes.get(key);
        if (cached != null && cached.count() == count && cached.maxId() == maxId) {
            return cached.index();
        }
        List<SimilarityIndex.Document> documents = em.createQuery("select b.id, b.title, " + body + " from " + entity
                        + " b where b.productId = :product", Object[].class)
                .setParameter("product", key.productId())
                .getResultStream()
                .map(r -> new SimilarityIndex.Document((Long) r[0], (String) r[1], (String) r[2]))
                .toList();
        var index = SimilarityIndex.build(documents);
        if (documents.size() == count) {
            indexes.put(key, new Cached(count, maxId, index));
        }
        return index;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
