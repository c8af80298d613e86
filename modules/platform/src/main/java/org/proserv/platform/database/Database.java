package org.proserv.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.proserv.kernel.persistence.SchemaMigrations;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * The application's one datasource, defined inside the application so that the same artifact runs
 * on H2 (the embedded default) and PostgreSQL, chosen by configuration. This bean also migrates the
 * platform's own tables at start-up; each context migrates its own the same way.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=proserv.db.class}",
        url = "${MPCONFIG=proserv.db.url}",
        user = "${MPCONFIG=proserv.db.user}",
        password = "${MPCONFIG=proserv.db.password}",
        maxPoolSize = 32,
        minPoolSize = 2)
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/proserv";

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = SchemaMigrations.migrate(dataSource, "platform", Database.class.getClassLoader());
        LOG.info(() -> "platform schema at version " + result.targetSchemaVersion);
    }
}
