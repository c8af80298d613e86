package org.proserv.platform.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers. While the application starts, the datasource may not be injected yet or its
 * pool may throw anything: that is DOWN (503), never a failed check (500).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final String NAME = "database";
    private static final int MAX_ERROR = 200;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        if (dataSource == null) {
            return new HealthCheckResponse(
                    NAME,
                    HealthCheckResponse.Status.DOWN,
                    Optional.of(Map.of("error", "the datasource is not available yet")));
        }
        try (var connection = dataSource.getConnection()) {
            return new HealthCheckResponse(
                    NAME,
                    connection.isValid(2) ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                    Optional.of(Map.of("product", connection.getMetaData().getDatabaseProductName())));
        } catch (SQLException | RuntimeException e) {
            return down(e);
        }
    }

    private static HealthCheckResponse down(Exception e) {
        String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new HealthCheckResponse(
                NAME,
                HealthCheckResponse.Status.DOWN,
                Optional.of(Map.of("error", error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error)));
    }
}
