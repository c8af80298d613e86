package org.proserv.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.proserv.kernel.persistence.SchemaMigrations;
import org.proserv.platform.accounts.Accounts;
import org.proserv.platform.accounts.Role;

/**
 * The application's one datasource, defined inside the application so that the same artifact runs on H2 (the embedded
 * default) and PostgreSQL, chosen by configuration. This bean also migrates the platform's own tables at start-up (each
 * context migrates its own the same way) and creates the first administrator of a new installation.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=proserv.db.class}",
        url = "${MPCONFIG=proserv.db.url}",
        user = "${MPCONFIG=proserv.db.user}",
        password = "${MPCONFIG=proserv.db.password}",
        maxPoolSize = 32,
        minPoolSize = 2)
@Singleton(name = "Database")
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/proserv";

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @EJB
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "proserv.bootstrap.admin.username")
    String adminUsername;

    @Inject
    @ConfigProperty(name = "proserv.bootstrap.admin.password")
    Optional<String> adminPassword;

    @PostConstruct
    void start() {
        var version = SchemaMigrations.migrate(dataSource, "platform", Database.class.getClassLoader());
        LOG.info(() -> "platform schema at version " + version);
        bootstrapAdmin();
    }

    /** A new installation has nobody to sign in as: the configured first administrator is created once. */
    private void bootstrapAdmin() {
        if (accounts.any()) {
            return;
        }
        if (adminPassword.isEmpty()) {
            LOG.warning("No accounts exist and proserv.bootstrap.admin.password is not set: nobody can sign in");
            return;
        }
        accounts.create(adminUsername, adminPassword.get(), Role.admin, null, "Administrator");
        LOG.info(() -> "created the first administrator account '" + adminUsername + "'");
    }
}
