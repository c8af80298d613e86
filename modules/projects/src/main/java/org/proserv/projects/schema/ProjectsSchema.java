package org.proserv.projects.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.proserv.kernel.persistence.SchemaMigrations;

/** Migrates the projects context's tables at start-up, before any request uses them. */
@Singleton(name = "ProjectsSchema")
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProjectsSchema {

    private static final Logger LOG = Logger.getLogger(ProjectsSchema.class.getName());

    @Resource(lookup = "java:app/jdbc/proserv")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var version = SchemaMigrations.migrate(dataSource, "projects", ProjectsSchema.class.getClassLoader());
        LOG.info(() -> "projects schema at version " + version);
    }
}
