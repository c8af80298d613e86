package org.proserv.support.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.persistence.SchemaMigrations;

/**
 * The support schema's history after the first comment of the applied V3 script was reworded: a database migrated
 * before holds the checksum of the old text and still starts, while any other change of an applied script still stops
 * the start-up. On H2, with the support module's own scripts.
 */
class SupportSchemaHistoryTest {

    /** Flyway's checksum of V3 as databases migrated before the rewording hold it. */
    private static final int V3_BEFORE_REWORDING = 786941502;

    private final JdbcDataSource database = new JdbcDataSource();

    SupportSchemaHistoryTest() {
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        database.setUser("sa");
    }

    @Test
    void aDatabaseMigratedBeforeTheRewordingStartsAndThenHoldsTheCurrentChecksum() throws SQLException {
        migrate();
        int current = checksumOfV3();
        setChecksumOfV3(V3_BEFORE_REWORDING);

        migrate();

        assertEquals(current, checksumOfV3());
    }

    @Test
    void anyOtherChangeOfAnAppliedScriptStillStopsTheStart() throws SQLException {
        migrate();
        setChecksumOfV3(V3_BEFORE_REWORDING + 1);

        var refused = assertThrows(FlywayException.class, this::migrate);
        assertTrue(refused.getMessage().contains("checksum mismatch"), refused.getMessage());
        assertEquals(V3_BEFORE_REWORDING + 1, checksumOfV3());
    }

    private void migrate() {
        SchemaMigrations.migrate(database, "support", SupportSchemaHistoryTest.class.getClassLoader());
    }

    private int checksumOfV3() throws SQLException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement(
                        "select \"checksum\" from \"schema_history_support\" where \"version\" = '3'");
                var row = query.executeQuery()) {
            assertTrue(row.next());
            return row.getInt(1);
        }
    }

    private void setChecksumOfV3(int checksum) throws SQLException {
        try (var connection = database.getConnection();
                var update = connection.prepareStatement(
                        "update \"schema_history_support\" set \"checksum\" = ? where \"version\" = '3'")) {
            update.setInt(1, checksum);
            assertEquals(1, update.executeUpdate());
        }
    }
}
