package org.proserv.releases.tracker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One product's similarity index of one kind (reports or ideas), kept up to date with its table by appending the rows
 * added since, never by building it again.
 *
 * <p>Rows are never deleted and their text never changes, so an index is current while it holds as many rows as the
 * table and the same highest id, which one aggregate query tells. Otherwise the rows with an id above the highest it
 * holds are read and appended. Ids come from a sequence handed out in blocks, so a row can be committed after rows with
 * higher ids (a slower transaction, another node): when the index still holds fewer rows than the table after that, the
 * table's ids are read and the rows it lacks appended.
 *
 * <p>One request at a time brings the index up to date. Requests arriving meanwhile use it as it is (lacking at most
 * the rows being appended) rather than reading the table in parallel; only the first build of an index is waited for.
 */
final class LiveIndex {

    /** Where the rows come from: the table, in production. */
    interface Rows {

        /** How many rows there are and the highest id. */
        Stats stats();

        /** The rows with an id above this one. */
        List<SimilarityIndex.Document> above(long id);

        /** Every row's id. */
        List<Long> ids();

        /** The rows with these ids. */
        List<SimilarityIndex.Document> byIds(Collection<Long> ids);
    }

    /** The table's row count and highest id ({@link Long#MIN_VALUE} when it has none). */
    record Stats(long count, long maxId) {}

    private final ReentrantLock updating = new ReentrantLock();
    private volatile SimilarityIndex index;

    /** The index, brought up to date with the rows unless another request is doing so right now. */
    SimilarityIndex current(Rows rows) {
        Stats stats = rows.stats();
        SimilarityIndex known = index;
        if (known != null && (isCurrent(known, stats) || !updating.tryLock())) {
            return known;
        }
        if (known == null) {
            updating.lock();
        }
        try {
            SimilarityIndex live = index;
            if (live == null) {
                live = SimilarityIndex.build(rows.above(Long.MIN_VALUE));
                index = live;
            } else if (!isCurrent(live, stats)) {
                live.append(rows.above(live.maxId()));
            }
            if (live.size() < stats.count()) {
                var missing = new ArrayList<Long>();
                for (Long id : rows.ids()) {
                    if (!live.contains(id)) {
                        missing.add(id);
                    }
                }
                if (!missing.isEmpty()) {
                    live.append(rows.byIds(missing));
                }
            }
            return live;
        } finally {
            updating.unlock();
        }
    }

    private static boolean isCurrent(SimilarityIndex index, Stats stats) {
        return index.size() == stats.count() && index.maxId() == stats.maxId();
    }
}
