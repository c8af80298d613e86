package org.proserv.kernel.persistence;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * Runs one context's Flyway migrations. Each bounded context owns its tables: its scripts live in
 * {@code db/migration/<context>} inside its own module and its history in its own table, so
 * contexts evolve their schemas independently while sharing one database.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    /** Migrates the context's tables and answers the version reached: Flyway's types stay in the kernel. */
    public static String migrate(DataSource dataSource, String context, ClassLoader moduleLoader) {
        return Flyway.configure(moduleLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + context)
                .table("schema_history_" + context)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate()
                .targetSchemaVersion;
    }
}
