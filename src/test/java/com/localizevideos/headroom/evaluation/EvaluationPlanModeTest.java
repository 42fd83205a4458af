package com.localizevideos.headroom.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An evaluation's transaction plans its prepared statements with their own parameters ({@code plan_cache_mode}),
 * and only that transaction: a generic plan made while the tables were small would otherwise stay on the pooled
 * connection as they grow (evaluations fell threefold within a minute on a fresh schema, bench/README.md "Load").
 */
@QuarkusTest
class EvaluationPlanModeTest {
    @Inject
    EvaluationService evaluations;

    @Inject
    DataSource dataSource;

    @Test
    void theEvaluationsTransactionPlansEachStatementWithItsParameters() {
        SampleAccount account = SampleAccount.nearQuota(false);
        String inside = QuarkusTransaction.requiringNew().call(() -> {
            evaluations.decideAndRecord(new EvaluationRequest(account.id(), Instant.parse(SampleAccount.AS_OF)),
                    "plan-mode-test", null);
            return planCacheMode();
        });
        assertEquals("force_custom_plan", inside);
        assertEquals("auto", QuarkusTransaction.requiringNew().call(EvaluationPlanModeTest.this::planCacheMode),
                "outside an evaluation the connection keeps PostgreSQL's default");
    }

    private String planCacheMode() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("show plan_cache_mode")) {
            r.next();
            return r.getString(1);
        }
    }
}
