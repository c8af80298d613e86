package org.proserv.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/** In the container: which database the application's datasource really reaches. */
final class Databases {

    private Databases() {}

    /** The datasource is the one the deployment's configuration names, not a server default. */
    static void assertConfigured(DataSource dataSource) throws SQLException {
        String configured = ConfigProvider.getConfig().getValue("proserv.db.url", String.class);
        try (var connection = dataSource.getConnection()) {
            var metadata = connection.getMetaData();
            assertEquals(
                    configured.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2", metadata.getDatabaseProductName());
            assertEquals(withoutSettings(configured), withoutSettings(metadata.getURL()));
        }
    }

    private static String withoutSettings(String url) {
        return url.split("[;?]", 2)[0];
    }
}
