package org.proserv.micro;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * The staff queue's first page at scale on PostgreSQL, before and after the queue index of support migration V4: open
 * tickets (default 1,000,000, first argument) of 10,000 customers, 2% of them HotRush, 10% awaiting no answer, plus as
 * many closed ones. Prints the plan and p50/p99 of the first page (the query the ticket list sends for staff), then the
 * same after migrating to V4.
 */
public final class StaffQueueBenchmark {

    static final String FIRST_PAGE = "select id, status, hot_rush, response_due_at from support_ticket"
            + " where status <> 'CLOSED'"
            + " order by hot_rush desc, response_due_at asc nulls last, submitted_at asc, id asc limit 20 offset 0";

    /** The total the page answers with, counted by the same conditions. */
    static final String COUNT = "select count(id) from support_ticket where status <> 'CLOSED'";

    private StaffQueueBenchmark() {}

    public static void main(String[] args) throws IOException, SQLException {
        int open = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("proserv-queue-bench");
        try (var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start()) {
            var flyway = Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("classpath:db/migration/support")
                    .table("schema_history_support");
            flyway.target("3").load().migrate();
            try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                long started = System.nanoTime();
                generate(db, open);
                System.out.printf(
                        "generated %,d open and %,d closed tickets in %.1f s%n",
                        open, open, (System.nanoTime() - started) / 1e9);
                measure(db, "before V4 (index on hot_rush, response_due_at)");
            }
            flyway.target("latest").load().migrate();
            try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                measure(db, "after V4 (index on hot_rush desc, response_due_at, submitted_at, id)");
            }
        }
    }

    private static void generate(Connection db, int open) throws SQLException {
        try (var s = db.createStatement()) {
            s.execute("insert into support_customer (id, name, email, created_at)"
                    + " select c, 'Store ' || c, 'c' || c || '@example.com', now() from generate_series(1, 10000) c");
            s.execute("insert into support_licence (id, customer_id, product, version, with_support, created_at)"
                    + " select c, c, 'X-Cart', '4.7.12', true, now() from generate_series(1, 10000) c");
            s.execute("insert into support_ticket (id, version, customer_id, licence_id, product, product_version,"
                    + " subject, status, submitted_at, first_response_due_at, response_due_at, response_due_kind,"
                    + " status_changed_at, hot_rush, closed_at)"
                    + " select t, 0, 1 + t % 10000, 1 + t % 10000, 'X-Cart', '4.7.12', 'Ticket ' || t,"
                    + " case when t > " + open + " then 'CLOSED' when t % 10 = 0 then 'IN_PROGRESS'"
                    + "      else 'SUBMITTED' end,"
                    + " timestamp '2026-01-01' + t * interval '1 second',"
                    + " timestamp '2026-01-02' + t * interval '1 second',"
                    + " case when t > " + open + " or t % 10 = 0 then null"
                    + "      else timestamp '2026-01-02' + ((t::bigint * 7919) % 1000000) * interval '1 second' end,"
                    + " case when t > " + open + " or t % 10 = 0 then null else 'FIRST_RESPONSE' end,"
                    + " timestamp '2026-01-01' + t * interval '1 second', t % 50 = 0,"
                    + " case when t > " + open + " then timestamp '2026-02-01' end"
                    + " from generate_series(1, " + (2 * open) + ") t");
            s.execute("analyze support_ticket");
        }
    }

    private static void measure(Connection db, String label) throws SQLException {
        System.out.println();
        System.out.println(label);
        try (var s = db.createStatement();
                var plan = s.executeQuery("explain " + FIRST_PAGE)) {
            while (plan.next()) {
                System.out.println("  " + plan.getString(1));
            }
        }
        System.out.println("  first page: " + timed(db, FIRST_PAGE));
        System.out.println("  its total:  " + timed(db, COUNT));
    }

    private static String timed(Connection db, String sql) throws SQLException {
        List<Double> millis = new ArrayList<>();
        try (var query = db.prepareStatement(sql)) {
            for (int i = 0; i < 60; i++) {
                long started = System.nanoTime();
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        rows.getLong(1);
                    }
                }
                if (i >= 10) {
                    millis.add((System.nanoTime() - started) / 1e6);
                }
            }
        }
        Collections.sort(millis);
        return String.format(
                "p50 %.2f ms, p99 %.2f ms (%d runs after 10 warm-up)",
                millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.99) - 1), millis.size());
    }
}
