package org.proserv.micro;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;

/**
 * How long the duplicate-suggestion lookup takes to learn whether its index is current, at 1,000 to 200,000 reports of
 * one product, on the releases schema in embedded H2: counting the product's reports (what it did) against reading its
 * row of {@code releases_entry_count} (what it does). Prints microseconds per statement; compare the two columns of one
 * run.
 */
public final class EntryCountBenchmark {

    private static final String COUNTING = "select count(id), max(id) from releases_bug where product_id = ?";
    private static final String COUNTED =
            "select entries, max_id from releases_entry_count where product_id = ? and kind = 'BUG'";

    private EntryCountBenchmark() {}

    public static void main(String[] args) throws SQLException {
        String url = "jdbc:h2:mem:entry-counts;DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration/releases")
                .table("schema_history_releases")
                .load()
                .migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            var now = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
            exec(db, "insert into releases_product (id, name, created_at) values (1, 'X-Cart', ?)", now);
            exec(db, "insert into releases_product (id, name, created_at) values (2, 'Other', ?)", now);
            exec(db, "insert into releases_branch (id, product_id, name, created_at) values (1, 1, '4.7', ?)", now);
            exec(
                    db,
                    "insert into releases_version (id, product_id, branch_id, name, released_at, created_at)"
                            + " values (1, 1, 1, '4.7.12', ?, ?)",
                    now,
                    now);
            exec(db, "insert into releases_entry_count (product_id, kind, entries, max_id) values (1, 'BUG', 0, 0)");
            long next = 1;
            System.out.printf("%10s %22s %22s%n", "reports", "count per lookup (us)", "counter row (us)");
            for (int size : new int[] {1_000, 10_000, 50_000, 200_000}) {
                next = addReports(db, next, size, now);
                exec(
                        db,
                        "update releases_entry_count set entries = ?, max_id = ? where product_id = 1",
                        size,
                        next - 1);
                System.out.printf("%10d %22.1f %22.1f%n", size, micros(db, COUNTING), micros(db, COUNTED));
            }
        }
    }

    private static long addReports(Connection db, long next, int upTo, Timestamp now) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into releases_bug (id, version, product_id,"
                + " version_id, title, steps, expected, actual, status, reporter, reported_at, status_changed_at)"
                + " values (?, 0, 1, 1, ?, 'steps', 'expected', 'actual', 'NEW', 'alice', ?, ?)")) {
            for (; next <= upTo; next++) {
                insert.setLong(1, next);
                insert.setString(2, "Report " + next);
                insert.setTimestamp(3, now);
                insert.setTimestamp(4, now);
                insert.addBatch();
                if (next % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return next;
    }

    private static double micros(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, 1);
            for (int i = 0; i < 200; i++) {
                run(query);
            }
            int runs = 2000;
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                run(query);
            }
            return (System.nanoTime() - start) / 1000.0 / runs;
        }
    }

    private static void run(PreparedStatement query) throws SQLException {
        try (var rows = query.executeQuery()) {
            rows.next();
        }
    }

    private static void exec(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
