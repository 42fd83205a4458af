package com.localizevideos.headroom.learning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.fact.Factor;
import com.localizevideos.headroom.rulebase.ActiveRuleBase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Challenger proposals on the hand-made outcome segment: learned weights, the evidence, the workbook, nothing active. */
@QuarkusTest
class ChallengerResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    OutcomeFixture fixture;

    @Inject
    ActiveRuleBase ruleBase;

    @Test
    void aProposalHasLearnedWeightsItsBacktestAndAWorkbookAndChangesNothingActive() {
        String segment = fixture.create();
        String active = ruleBase.require().version();
        JsonPath c = given().contentType(ContentType.JSON).body("""
                {"from": "%s", "to": "%s", "heldOutFrom": "2026-06-01T00:00:00Z", "segment": "%s"}"""
                .formatted(OutcomeFixture.FROM, OutcomeFixture.TO, segment))
                .post("/api/v1/challengers").then().statusCode(201)
                .header("Location", containsString("/api/v1/challengers/")).extract().jsonPath();
        Map<String, Integer> weights = c.getMap("proposedWeights");
        assertEquals(100, weights.values().stream().mapToInt(Integer::intValue).sum(), c.prettify());
        assertEquals(6, c.getMap("coefficients").size());
        // a factor with a coefficient of 0 or below gets no points; a larger coefficient never gets fewer points
        for (Factor f : Factor.values()) {
            double b = c.getDouble("coefficients." + f.name());
            assertTrue(b > 0 || weights.get(f.name()) == 0, f + " " + b);
            for (Factor g : Factor.values()) {
                if (b > c.getDouble("coefficients." + g.name())) {
                    assertTrue(weights.get(f.name()) >= weights.get(g.name()), f + " vs " + g + ": " + c.prettify());
                }
            }
        }
        assertEquals(active, c.getString("basedOnRulesetVersion"));
        assertEquals(48, c.getInt("backtest.trainingPoints"));
        assertEquals(36, c.getInt("backtest.evaluationPoints"));
        assertEquals(weights, c.getMap("backtest.challenger.weights"));
        assertNotNull(c.get("backtest.champion.figures.auc"));
        assertNotNull(c.get("backtest.challenger.figures.auc"));
        // Submitted as a draft through rule-set governance, never activated: a human has to review and activate it.
        String draft = c.getString("draftRulesetVersion");
        assertNotNull(draft);
        given().get("/api/v1/rulesets/" + draft).then().statusCode(200).body("status", equalTo("DRAFT"));
        assertTrue(c.getString("notes").startsWith("Proposal only: nothing is active."));

        byte[] workbook = given().get(c.getString("workbook")).then().statusCode(200)
                .contentType(ChallengerResource.XLSX).header("Content-Disposition", containsString(".drl.xlsx"))
                .extract().asByteArray();
        Map<Factor, Integer> expected = new EnumMap<>(Factor.class);
        weights.forEach((k, v) -> expected.put(Factor.valueOf(k), v));
        assertEquals(expected, ReadinessWorkbook.weights(workbook));
        assertEquals(active, ruleBase.require().version(), "a proposal never changes the active rule set");
    }

    @Test
    void badRequestsAndUnknownIdsAreProblems() {
        given().contentType(ContentType.JSON).body("""
                {"from": "2026-09-01T00:00:00Z", "to": "2026-11-01T00:00:00Z", "k": 0}""")
                .post("/api/v1/challengers").then().statusCode(400).contentType(PROBLEM)
                .body("problems.field", hasItems("from", "k"));
        given().contentType(ContentType.JSON).body("""
                {"from": "2026-02-01T00:00:00Z", "to": "2026-11-01T00:00:00Z", "segment": "nobody"}""")
                .post("/api/v1/challengers").then().statusCode(422).contentType(PROBLEM);
        given().get("/api/v1/challengers/00000000-0000-0000-0000-000000000000/workbook").then().statusCode(404)
                .contentType(PROBLEM);
        given().get("/api/v1/challengers/nope/workbook").then().statusCode(404).contentType(PROBLEM);
    }
}
