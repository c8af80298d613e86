package org.proserv.kernel.persistence;

import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Runs one context's Flyway migrations. Each bounded context owns its tables: its scripts live in
 * {@code db/migration/<context>} inside its own module and its history in its own table, so contexts evolve their
 * schemas independently while sharing one database.
 */
public final class SchemaMigrations {

    /**
     * An applied script whose comment lines were reworded after databases had run it: Flyway's checksum covers comments
     * too, so those databases hold {@code appliedChecksum} and would fail validation at start-up.
     */
    record CommentEdit(String context, String version, int appliedChecksum, int currentChecksum) {}

    /**
     * Every such rewording, with both checksums. A history row holding exactly the old figure is moved to the new one
     * before migrating; any other mismatch still fails validation, as it should. Flyway's repair() would also do, but
     * it realigns every applied script at once, including edits nobody reviewed.
     */
    static final List<CommentEdit> COMMENT_EDITS = List.of(
            // support V3's first comment named a document outside the repository; it now names docs/calendar.md
            new CommentEdit("support", "3", 786941502, -1271547849));

    private SchemaMigrations() {}

    /** Migrates the context's tables and answers the version reached: Flyway's types stay in the kernel. */
    public static String migrate(DataSource dataSource, String context, ClassLoader moduleLoader) {
        var flyway = Flyway.configure(moduleLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + context)
                .table("schema_history_" + context)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        acceptCommentEdits(flyway, dataSource, context);
        return flyway.migrate().targetSchemaVersion;
    }

    private static void acceptCommentEdits(Flyway flyway, DataSource dataSource, String context) {
        for (var edit : COMMENT_EDITS) {
            if (edit.context().equals(context) && holdsOldChecksum(flyway.info().applied(), edit)) {
                String table = flyway.getConfiguration().getTable();
                try (var connection = dataSource.getConnection();
                        var update = connection.prepareStatement("update \"" + table + "\" set \"checksum\" = ?"
                                + " where \"version\" = ? and \"checksum\" = ?")) {
                    update.setInt(1, edit.currentChecksum());
                    update.setString(2, edit.version());
                    update.setInt(3, edit.appliedChecksum());
                    update.executeUpdate();
                } catch (SQLException e) {
                    throw new FlywayException(
                            "could not record the reworded comment of " + context + " V" + edit.version() + " in "
                                    + table,
                            e);
                }
            }
        }
    }

    private static boolean holdsOldChecksum(MigrationInfo[] applied, CommentEdit edit) {
        for (MigrationInfo migration : applied) {
            if (migration.getVersion() != null
                    && edit.version().equals(migration.getVersion().getVersion())
                    && Objects.equals(migration.getChecksum(), edit.appliedChecksum())) {
                return true;
            }
        }
        return false;
    }
}
