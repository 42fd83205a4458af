package com.localizevideos.headroom.rulebase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The active version is stored in PostgreSQL with its files byte for byte, and its activation is logged. */
@QuarkusTest
class RuleSetVersionRecordTest {
    @Inject
    ActiveRuleBase active;

    @Inject
    DataSource dataSource;

    @Test
    void activeVersionIsStoredWithEveryFile() throws Exception {
        CompiledRuleBase base = active.require();
        try (Connection c = dataSource.getConnection()) {
            assertEquals(base.files().size(), intOf(c, "select file_count from ruleset_version where version = ?", base.version()));
            assertEquals(base.ruleCount(), intOf(c, "select rule_count from ruleset_version where version = ?", base.version()));
            assertTrue(intOf(c, "select count(*) from ruleset_activation where version = ? and activated_by = 'startup'",
                    base.version()) >= 1);
            try (PreparedStatement ps = c.prepareStatement(
                    "select content, sha256 from ruleset_file where version = ? and path = 'decision-tables/playbooks.drl.xlsx'")) {
                ps.setString(1, base.version());
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertArrayEquals(Files.readAllBytes(Path.of("decision-tables/playbooks.drl.xlsx")), rs.getBytes(1));
                    assertEquals(64, rs.getString(2).length());
                }
            }
            assertThrows(SQLException.class, () -> c.createStatement().execute("delete from ruleset_file"));
        }
    }

    private static int intOf(Connection c, String sql, String version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
