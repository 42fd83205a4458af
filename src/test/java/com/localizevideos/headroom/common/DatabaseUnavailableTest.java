package com.localizevideos.headroom.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.security.Roles;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Database outages answer 503 problem+json with Retry-After, fast, from the real failures: a refused connection
 * (PSQLException 08001), the same wrapped by Hibernate, and Agroal's acquisition timeout on an exhausted pool.
 * The outage of the service's own database is the fault run {@code faults/run.sh postgres-restart}.
 */
@QuarkusTest
class DatabaseUnavailableTest {

    /** Test-only endpoints that meet a database outage for real. */
    @Path("/test-only/database")
    @RolesAllowed(Roles.ADMIN)
    public static class OutageResource {
        @ConfigProperty(name = "quarkus.datasource.jdbc.url")
        String url;

        @GET
        @Path("refused")
        public String refused() throws SQLException {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "postgres", "")) {
                return "connected?";
            }
        }

        @GET
        @Path("refused-in-hibernate")
        public String refusedInHibernate() {
            try {
                return refused();
            } catch (SQLException e) {
                throw new org.hibernate.exception.JDBCConnectionException("could not connect", e);
            }
        }

        @GET
        @Path("pool-exhausted")
        public String poolExhausted() throws SQLException {
            var config = new AgroalDataSourceConfigurationSupplier().connectionPoolConfiguration(pool -> pool
                    .maxSize(1).acquisitionTimeout(Duration.ofMillis(300))
                    .connectionFactoryConfiguration(factory -> factory.jdbcUrl(url).principal(new NamePrincipal("postgres"))));
            try (AgroalDataSource pool = AgroalDataSource.from(config); Connection held = pool.getConnection();
                 Connection second = pool.getConnection()) {
                return "two connections from a pool of one?";
            }
        }
    }

    @Test
    void refusedConnectionIs503ProblemWithRetryAfter() {
        for (String path : new String[] {"refused", "refused-in-hibernate", "pool-exhausted"}) {
            String body = given().when().get("/test-only/database/" + path).then()
                    .time(lessThan(5000L))
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo(String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS)))
                    .body("type", equalTo(Problem.TYPE_BASE + "database-unavailable"))
                    .body("status", equalTo(503))
                    .body("detail", containsString("Retry"))
                    .extract().asString();
            org.junit.jupiter.api.Assertions.assertFalse(body.contains("PSQLException") || body.contains("127.0.0.1"), body);
        }
    }

    @Test
    void otherDatabaseErrorsStay500() {
        org.junit.jupiter.api.Assertions.assertFalse(DatabaseUnavailable.causes(
                new IllegalStateException(new SQLException("duplicate key", "23505"))));
        org.junit.jupiter.api.Assertions.assertTrue(DatabaseUnavailable.causes(
                new IllegalStateException(new SQLException("terminating connection due to administrator command", "57P01"))));
    }
}
