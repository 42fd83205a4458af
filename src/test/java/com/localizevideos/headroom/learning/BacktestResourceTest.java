package com.localizevideos.headroom.learning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Backtests on the hand-made outcome segment: champion, a challenger, held-out time, and bad requests. */
@QuarkusTest
class BacktestResourceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String SHIPPED = """
            {"FEATURE_UTILIZATION": 30, "CAPACITY_PRESSURE": 30, "ENGAGEMENT_CONSISTENCY": 15,
             "SUPPORT_STABILITY": 15, "STRATEGIC_VALUE": 10}""";

    @Inject
    OutcomeFixture fixture;

    private static String segment;

    private String segment() {
        if (segment == null) {
            segment = fixture.create();
        }
        return segment;
    }

    private JsonPath backtest(String extra) {
        return given().contentType(ContentType.JSON).body("""
                {"from": "%s", "to": "%s", "segment": "%s"%s}""".formatted(OutcomeFixture.FROM, OutcomeFixture.TO,
                segment(), extra)).post("/api/v1/backtests").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theChampionRanksTheHotAccountsFirstAndTheShippedWeightsReproduceIt() {
        JsonPath b = backtest(", \"challenger\": " + SHIPPED);
        assertTrue(b.getBoolean("inSample"));
        assertEquals(84, b.getInt("trainingPoints"));
        assertEquals(84, b.getInt("evaluationPoints"));
        assertEquals(84, b.getInt("champion.figures.n"));
        assertEquals(Map.of("FEATURE_UTILIZATION", 30, "CAPACITY_PRESSURE", 30, "ENGAGEMENT_CONSISTENCY", 15,
                "SUPPORT_STABILITY", 15, "STRATEGIC_VALUE", 10), b.getMap("champion.weights"));
        assertTrue(b.getDouble("champion.figures.auc") > 0.7, b.prettify());
        assertEquals(9, b.getInt("champion.figures.k"), "10% of 84, rounded up");
        assertEquals(10, b.getList("champion.figures.liftByDecile").size());
        // expansions are 7,200 ARR each; realised pipeline of all points is 7,200 per expanded point
        assertEquals(b.getInt("champion.figures.expanded") * 7200.0, b.getDouble("realisedPipelineAll"));
        // the shipped weights as a challenger rescore every point to the rules' own score: same figures
        assertEquals((Map<?, ?>) b.getMap("champion.figures"), b.getMap("challenger.figures"));
        assertNull(b.get("challenger.rulesetVersion"));
    }

    @Test
    void heldOutTimeIsJudgedOnlyOnLaterPoints() {
        JsonPath b = backtest(", \"heldOutFrom\": \"2026-06-01T00:00:00Z\", \"k\": 5, \"challenger\": "
                + "{\"STRATEGIC_VALUE\": 100}");
        assertTrue(!b.getBoolean("inSample"));
        // asOf points 2026-02-04 .. 2026-08-03 every 30 days: 4 before June, 3 from it; 12 accounts each
        assertEquals(48, b.getInt("trainingPoints"));
        assertEquals(36, b.getInt("evaluationPoints"));
        assertEquals(36, b.getInt("challenger.figures.n"));
        assertEquals(5, b.getInt("challenger.figures.k"));
        double auc = b.getDouble("challenger.figures.auc");
        assertTrue(auc >= 0 && auc <= 1, b.prettify());
        assertEquals(3, b.getList("asOfPoints").stream().filter(t -> !Instant.parse((String) t)
                .isBefore(Instant.parse("2026-06-01T00:00:00Z"))).count());
        // the calibration of each model is fitted on the 48 training points only, so it differs from the in-sample one
        JsonPath inSample = backtest("");
        assertTrue(inSample.getDouble("champion.calibrationIntercept") != b.getDouble("champion.calibrationIntercept"));
    }

    @Test
    void badRequestsNameTheirFields() {
        given().contentType(ContentType.JSON).body("""
                {"from": "%s", "to": "%s", "heldOutFrom": "2026-10-01T00:00:00Z", "k": 0,
                 "challenger": {"NOPE": 3, "STRATEGIC_VALUE": -1}}""".formatted(OutcomeFixture.FROM, OutcomeFixture.TO))
                .post("/api/v1/backtests").then().statusCode(400).contentType(PROBLEM)
                .body("problems.field", hasItems("heldOutFrom", "k", "challenger.NOPE", "challenger.STRATEGIC_VALUE"));
        given().contentType(ContentType.JSON).body("""
                {"from": "2026-02-01T00:00:00Z", "to": "2026-11-01T00:00:00Z", "segment": "nobody"}""")
                .post("/api/v1/backtests").then().statusCode(422).contentType(PROBLEM);
        assertTrue(Instant.parse("2026-06-01T00:00:00Z").isAfter(OutcomeFixture.FROM));
    }
}
