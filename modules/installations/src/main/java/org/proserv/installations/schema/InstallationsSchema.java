package org.proserv.installations.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.proserv.kernel.persistence.SchemaMigrations;

/** Migrates the installations context's tables at start-up, before any request uses them. */
@Singleton(name = "InstallationsSchema")
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InstallationsSchema {

    private static final Logger LOG = Logger.getLogger(InstallationsSchema.class.getName());

    @Resource(lookup = "java:app/jdbc/proserv")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var version = SchemaMigrations.migrate(dataSource, "installations", InstallationsSchema.class.getClassLoader());
        LOG.info(() -> "installations schema at version " + version);
    }
}
