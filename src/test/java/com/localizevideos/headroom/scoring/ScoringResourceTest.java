package com.localizevideos.headroom.scoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.localizevideos.headroom.batch.BatchWorker;
import com.localizevideos.headroom.evaluation.Decision;
import com.localizevideos.headroom.evaluation.DecisionRunner;
import com.localizevideos.headroom.evaluation.SampleAccount;
import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.learning.Calibration;
import com.localizevideos.headroom.learning.CalibrationStore;
import com.localizevideos.headroom.rulebase.ActiveRuleBase;
import com.localizevideos.headroom.rulebase.RuleBaseConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Probability, revenue potential and forecast on POST /api/v1/evaluations and on batch runs, stored and replayable. */
@QuarkusTest
class ScoringResourceTest {
    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    CalibrationStore calibrations;

    @Inject
    CatalogRepository catalog;

    @Inject
    ActiveRuleBase ruleBase;

    @Inject
    RuleBaseConfig rules;

    @Inject
    BatchWorker worker;

    @Test
    void anEvaluationNamesItsCalibrationAndAnswersProbabilityRevenueAndForecast() throws Exception {
        SampleAccount account = SampleAccount.nearQuota();
        JsonPath e = account.evaluate(SampleAccount.AS_OF).jsonPath();
        String version = e.getString("calibrationVersion");
        Calibration calibration = calibrations.calibration(version).orElseThrow();
        double probability = e.getDouble("readiness.probability");
        assertEquals(calibration.probability(83), probability, 1e-4);
        assertTrue(probability > 0 && probability < 1);
        // BUSINESS to ENTERPRISE: $2,201 a month, $26,412 ARR; seats 16 of 20 and 12 of 30 languages price nothing more.
        assertEquals(26412.0, e.getDouble("revenuePotential.arrDelta"), 0.001);
        assertEquals(Math.round(probability * 26412 * 100) / 100.0, e.getDouble("revenuePotential.expectedValue"), 0.001);
        assertTrue(e.getString("revenuePotential.basis").startsWith("BUSINESS to ENTERPRISE: $2,201 a month more"),
                e.getString("revenuePotential.basis"));
        // 1,425 of 1,500 minutes on day 24 at 59.4 a day: the quota is reached in 2 days.
        assertEquals("CAPACITY_RUNWAY", e.getString("forecast.method"));
        assertEquals(2, e.getInt("forecast.daysToExpansion"));
        assertEquals(probability, e.getDouble("forecast.upsellLikelihood90d"), 1e-9);
        assertNotNull(e.getList("forecast.crossSell"));

        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select calibration_version, probability, arr_delta, expected_value, days_to_expansion, forecast_method,
                       upsell_likelihood_90d, scoring_inputs::text
                  from evaluation where id = ?""")) {
            ps.setObject(1, UUID.fromString(e.getString("id")));
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(version, rs.getString(1));
                assertEquals(probability, rs.getDouble(2), 1e-9);
                assertEquals(26412.0, rs.getDouble(3), 0.001);
                assertEquals(e.getDouble("revenuePotential.expectedValue"), rs.getDouble(4), 0.001);
                assertEquals(2, rs.getInt(5));
                assertEquals("CAPACITY_RUNWAY", rs.getString(6));
                assertEquals(probability, rs.getDouble(7), 1e-9);
                JsonNode inputs = json.readTree(rs.getString(8));
                assertEquals(version, inputs.get("calibrationVersion").asText());
                assertEquals(799.0, inputs.at("/prices/plan.BUSINESS").asDouble());
                assertEquals(3000.0, inputs.at("/prices/plan.ENTERPRISE").asDouble());
                assertEquals(calibration.slope(), inputs.at("/calibration/slope").asDouble());
            }
        }
    }

    @Test
    void aStoredEvaluationReplaysFromItsFactsRuleSetAndCalibration() throws Exception {
        SampleAccount account = SampleAccount.nearQuota();
        String id = account.evaluate(SampleAccount.AS_OF).jsonPath().getString("id");
        String facts;
        JsonNode decision;
        String rulesetVersion;
        String calibrationVersion;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select facts::text, decision::text, ruleset_version, calibration_version from evaluation where id = ?")) {
            ps.setObject(1, UUID.fromString(id));
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                facts = rs.getString(1);
                decision = json.readTree(rs.getString(2));
                rulesetVersion = rs.getString(3);
                calibrationVersion = rs.getString(4);
            }
        }
        AccountSnapshot snapshot = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(facts, AccountSnapshot.class);
        assertEquals(rulesetVersion, ruleBase.require().version());
        Decision replayed = DecisionRunner.decide(ruleBase.require(), snapshot, rules.maxRuleFirings());
        ScoreForecast again = Scoring.score(snapshot, replayed,
                calibrations.calibration(calibrationVersion).orElseThrow(), catalog.catalog());
        assertEquals(decision.get("revenuePotential"), json.valueToTree(again.revenuePotential()));
        assertEquals(decision.get("forecast"), json.valueToTree(again.forecast()));
        assertEquals(decision.at("/readiness/probability").asDouble(), again.probability());
    }

    @Test
    void batchRunsStoreTheSameEnrichedFields() throws Exception {
        String segment = "score-batch-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body("""
                    {"name": "Batch %d", "plan": "STARTER", "seatsLicensed": 2, "arr": 588,
                     "billingCycleStart": "2026-10-01", "segment": "%s"}
                    """.formatted(i, segment)).put("/api/v1/accounts/" + segment + "-" + i).then().statusCode(201);
        }
        String run = given().contentType(ContentType.JSON)
                .body("{\"segment\": \"" + segment + "\", \"asOf\": \"2026-11-24T12:00:00Z\"}")
                .post("/api/v1/evaluations/batch").then().statusCode(202).extract().path("id");
        worker.drain("score-test");
        given().get("/api/v1/evaluations/batch/" + run).then().statusCode(200).body("done", equalTo(2));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select calibration_version, probability, forecast_method, decision -> 'revenuePotential' ->> 'basis',
                       decision -> 'forecast' ->> 'reason', decision #>> '{readiness,probability}'
                  from evaluation where batch_run_id = ?""")) {
            ps.setObject(1, UUID.fromString(run));
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    assertNotNull(rs.getString(1));
                    assertEquals(rs.getDouble(2), Double.parseDouble(rs.getString(6)), 1e-9);
                    // No usage at all: nothing to price, no limit in sight, and LOW readiness.
                    assertEquals("NONE", rs.getString(3));
                    assertTrue(rs.getString(4).startsWith("no limit pressed"), rs.getString(4));
                    assertTrue(rs.getString(5).contains("readiness is LOW"), rs.getString(5));
                }
            }
            assertEquals(2, rows);
        }
    }
}
