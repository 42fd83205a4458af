package com.localizevideos.headroom.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The service's pooled connections plan each prepared statement with its own parameters (application.properties,
 * {@code plan_cache_mode}): without it, a generic plan made while the tables were small stays on the connection as
 * they grow, and evaluations slow down threefold within a minute on a fresh schema (bench/README.md "Load").
 */
@QuarkusTest
class DatabaseSessionSettingsTest {
    @Inject
    DataSource dataSource;

    @Test
    void pooledConnectionsPlanEveryExecutionWithItsParameters() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("show plan_cache_mode")) {
            r.next();
            assertEquals("force_custom_plan", r.getString(1));
        }
    }
}
