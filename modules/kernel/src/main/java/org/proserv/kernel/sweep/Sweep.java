package org.proserv.kernel.sweep;

import static org.proserv.kernel.persistence.UtcInstantConverter.toColumn;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Runs one sweep over the ids its rule selected. {@code handle} must run in a transaction of its own (a
 * {@code REQUIRES_NEW} business method called through the bean's proxy) and re-check the rule while it claims the rows,
 * returning how many it handled: then a failure rolls back only that chunk, and a row some other node handled meanwhile
 * is skipped.
 */
public final class Sweep {

    /** Rows handled in one transaction: large enough to stay set-based, small enough to isolate a bad row cheaply. */
    public static final int CHUNK = 200;

    private static final Logger LOG = Logger.getLogger(Sweep.class.getName());

    private final String name;
    private final int chunk;

    private Sweep(String name, int chunk) {
        this.name = name;
        this.chunk = chunk;
    }

    public static Sweep named(String name) {
        return new Sweep(name, CHUNK);
    }

    /** Each row in a transaction of its own: for rows that take a lock of their own (a customer's points). */
    public Sweep oneRowPerTransaction() {
        return new Sweep(name, 1);
    }

    /**
     * The ids a rule selects, by native SQL whose {@code ?} parameters are {@code params} in order (instants are bound
     * as UTC timestamp columns). Read without a transaction of its own: each chunk re-checks the rule when it claims
     * its rows.
     */
    public static List<Long> ids(EntityManager em, String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i] instanceof Instant instant ? toColumn(instant) : params[i]);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Ids for an SQL {@code in (...)} list: numbers only, so nothing a user typed reaches the statement. */
    public static String inList(List<Long> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no ids");
        }
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** What a run did: rows handled, and the ids of rows that failed and wait for the next run. */
    public record Outcome(int handled, List<Long> failed) {}

    public Outcome run(List<Long> ids, ToIntFunction<List<Long>> handle) {
        int handled = 0;
        List<Long> failed = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += chunk) {
            List<Long> rows = List.copyOf(ids.subList(from, Math.min(ids.size(), from + chunk)));
            try {
                handled += handle.applyAsInt(rows);
            } catch (RuntimeException chunkFailure) {
                if (rows.size() == 1) {
                    logFailure(rows.get(0), chunkFailure);
                    failed.add(rows.get(0));
                    continue;
                }
                for (long id : rows) {
                    try {
                        handled += handle.applyAsInt(List.of(id));
                    } catch (RuntimeException rowFailure) {
                        logFailure(id, rowFailure);
                        failed.add(id);
                    }
                }
            }
        }
        return new Outcome(handled, List.copyOf(failed));
    }

    private void logFailure(long id, RuntimeException failure) {
        LOG.log(
                Level.WARNING,
                failure,
                () -> "sweep " + name + ": row " + id + " could not be processed and is left for the next run");
    }
}
