package org.proserv.support.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.proserv.kernel.persistence.SchemaMigrations;

/** Migrates the support context's tables at start-up, before any timer or request uses them. */
@Singleton(name = "SupportSchema")
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SupportSchema {

    private static final Logger LOG = Logger.getLogger(SupportSchema.class.getName());

    @Resource(lookup = "java:app/jdbc/proserv")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var version = SchemaMigrations.migrate(dataSource, "support", SupportSchema.class.getClassLoader());
        LOG.info(() -> "support schema at version " + version);
    }
}
