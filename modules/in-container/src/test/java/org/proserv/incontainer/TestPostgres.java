package org.proserv.incontainer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The PostgreSQL server of a run on PostgreSQL, on the client side: started on first use from Maven-served binaries, on
 * loopback, and stopped when the test JVM ends. Each context gets a database of its own, new for every run.
 */
final class TestPostgres {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private static EmbeddedPostgres server;

    private TestPostgres() {}

    static synchronized String databaseUrl(String database) {
        if (server == null) {
            server = start(Path.of(Deployments.required("proserv.in-container.work"), "postgres")
                    .toAbsolutePath());
        }
        try (var connection = server.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database);
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + database, e);
        }
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + database;
    }

    private static EmbeddedPostgres start(Path dir) {
        try {
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL", e);
        }
    }
}
