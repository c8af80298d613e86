package org.proserv.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Readiness is DOWN, never a failure of the check itself, whatever the datasource does while starting. */
class DatabaseReadinessTest {

    @Test
    void aDatabaseThatRefusesConnectionsIsDown() {
        assertEquals(
                HealthCheckResponse.Status.DOWN,
                readiness(failing(new SQLException("connection refused")))
                        .call()
                        .getStatus());
    }

    @Test
    void aPoolStillStartingThatThrowsIsDownNotAFailure() {
        assertEquals(
                HealthCheckResponse.Status.DOWN,
                readiness(failing(new IllegalStateException("the pool is not initialised yet")))
                        .call()
                        .getStatus());
    }

    @Test
    void noDatasourceYetIsDown() {
        assertEquals(HealthCheckResponse.Status.DOWN, readiness(null).call().getStatus());
    }

    @Test
    void theErrorReportedIsShort() {
        var response = readiness(failing(new IllegalStateException("x".repeat(10_000))))
                .call();
        String error = String.valueOf(response.getData().orElseThrow().get("error"));
        assertEquals(true, error.length() <= 200, error);
    }

    private static DatabaseReadiness readiness(DataSource dataSource) {
        var readiness = new DatabaseReadiness();
        readiness.dataSource = dataSource;
        return readiness;
    }

    /** A datasource whose every connection attempt fails with the given exception. */
    private static DataSource failing(Exception failure) {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        throw failure;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
