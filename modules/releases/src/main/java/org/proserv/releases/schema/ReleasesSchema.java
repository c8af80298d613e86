package org.proserv.releases.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.proserv.kernel.persistence.SchemaMigrations;

/** Migrates the releases context's tables at start-up, before any request uses them. */
@Singleton(name = "ReleasesSchema")
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReleasesSchema {

    private static final Logger LOG = Logger.getLogger(ReleasesSchema.class.getName());

    @Resource(lookup = "java:app/jdbc/proserv")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var version = SchemaMigrations.migrate(dataSource, "releases", ReleasesSchema.class.getClassLoader());
        LOG.info(() -> "releases schema at version " + version);
    }
}
