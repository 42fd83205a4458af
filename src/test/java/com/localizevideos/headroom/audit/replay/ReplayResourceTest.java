package com.localizevideos.headroom.audit.replay;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.evaluation.SampleAccount;
import com.localizevideos.headroom.rulebase.ReplayCacheConfig;
import com.localizevideos.headroom.rulebase.RuleBaseSwitch;
import com.localizevideos.headroom.rulebase.RuleBaseVersions;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ReplayResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    RuleBaseSwitch ruleBases;

    @Inject
    RuleBaseVersions versions;

    @Inject
    ReplayCacheConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void freshEvaluationReplaysIdenticallyOnTheActiveVersion() {
        Response answer = SampleAccount.nearQuota().evaluate(SampleAccount.AS_OF);
        String id = answer.path("id");
        given().post("/api/v1/audit/evaluations/" + id + "/replay")
                .then().statusCode(200)
                .body("evaluationId", equalTo(id))
                .body("rulesetVersion", equalTo(answer.path("rulesetVersion")))
                .body("replayedOn", equalTo("ACTIVE"))
                .body("identical", equalTo(true))
                .body("differences", hasSize(0))
                .body("groups", equalTo(java.util.List.of("facts", "signals", "readiness", "scoring", "actions",
                        "suppressed", "whyNot", "firedRules")))
                .body("notReplayed", hasSize(0));
    }

    @Test
    void oldEvaluationReplaysOnItsOwnVersionAfterAnotherIsActivated() {
        SampleAccount account = SampleAccount.nearQuota();
        Response before = account.evaluate(SampleAccount.AS_OF);
        String oldVersion = before.path("rulesetVersion");
        assertTrue(before.jsonPath().getList("signals.code").contains("APPROACHING_QUOTA"));
        try {
            // A changed rule: the quota signal now needs five times the quota.
            String newVersion = ruleBases.activateEdited("rules/signals.drl",
                    drl -> drl.replace("projectedQuotaRatio >= 0.9", "projectedQuotaRatio >= 5.0"));
            assertNotEquals(oldVersion, newVersion);
            Response after = account.evaluate(SampleAccount.AS_OF);
            assertEquals(newVersion, after.path("rulesetVersion"));
            assertTrue(!after.jsonPath().getList("signals.code").contains("APPROACHING_QUOTA"),
                    "the edited rule set decides differently");

            given().post("/api/v1/audit/evaluations/" + before.path("id") + "/replay")
                    .then().statusCode(200)
                    .body("rulesetVersion", equalTo(oldVersion))
                    .body("replayedOn", equalTo("STORED_FILES"))
                    .body("identical", equalTo(true))
                    .body("differences", hasSize(0));
            given().post("/api/v1/audit/evaluations/" + after.path("id") + "/replay")
                    .then().statusCode(200)
                    .body("rulesetVersion", equalTo(newVersion))
                    .body("replayedOn", equalTo("ACTIVE"))
                    .body("identical", equalTo(true));
            assertTrue(versions.cachedVersions().contains(oldVersion));
            assertTrue(versions.cachedVersions().size() <= config.cacheSize());
        } finally {
            ruleBases.restoreShipped();
        }
        // Back on the shipped version, the old evaluation's version is the active one again.
        given().post("/api/v1/audit/evaluations/" + before.path("id") + "/replay")
                .then().statusCode(200).body("replayedOn", equalTo("ACTIVE")).body("identical", equalTo(true));
    }

    @Test
    void copyWithATamperedFactReplaysWithItsDifferencesNamed() throws Exception {
        String id = SampleAccount.nearQuota().evaluate(SampleAccount.AS_OF).path("id");
        UUID copy = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     insert into evaluation (id, account_id, as_of, ruleset_version, created_at, score, tier, facts,
                                             decision, batch_run_id, principal, calibration_version, probability,
                                             scoring_inputs)
                     select ?, account_id, as_of, ruleset_version, created_at, score, tier,
                            jsonb_set(facts, '{minutesUsed}', '300'), decision, batch_run_id, principal,
                            calibration_version, probability, scoring_inputs
                       from evaluation where id = ?""")) {
            s.setObject(1, copy);
            s.setObject(2, UUID.fromString(id));
            assertEquals(1, s.executeUpdate());
        }
        given().post("/api/v1/audit/evaluations/" + id + "/replay").then().statusCode(200).body("identical", equalTo(true));
        given().post("/api/v1/audit/evaluations/" + copy + "/replay")
                .then().statusCode(200)
                .body("identical", equalTo(false))
                // The stored input was changed without its derived figures: the reconstruction says so.
                .body("differences.find { it.path == 'facts.minutesSaturation' }.recorded", equalTo(0.95f))
                .body("differences.find { it.path == 'facts.minutesSaturation' }.replayed", equalTo(0.2f))
                // 300 of 1,500 minutes on day 24 projects to 375: no quota signal any more.
                .body("differences.find { it.path == 'signals[APPROACHING_QUOTA]' }.recorded.code",
                        equalTo("APPROACHING_QUOTA"))
                .body("differences.find { it.path == 'signals[APPROACHING_QUOTA]' }.replayed", nullValue())
                .body("differences.path", hasItems("readiness.score", "readiness.probability", "firedRules[0]"))
                // Aligned, not shifted: the quota rule that no longer fires is one difference, recorded and not replayed.
                .body("differences.find { it.path == 'firedRules[0]' }.recorded.rule",
                        equalTo("ApproachingQuotaFromProjectedMinutes"))
                .body("differences.find { it.path == 'firedRules[0]' }.replayed", nullValue())
                .body("differences.findAll { it.group == 'firedRules' && it.replayed == null }.recorded.rule",
                        hasItem("ApproachingQuotaFromProjectedMinutes"))
                .body("differences.group", hasItems("facts", "signals", "readiness", "scoring", "actions", "firedRules"))
                .body("differences.find { it.path == 'readiness.score' }.recorded",
                        not(equalTo(given().post("/api/v1/audit/evaluations/" + copy + "/replay")
                                .path("differences.find { it.path == 'readiness.score' }.replayed"))));
    }

    @Test
    void unknownEvaluationIsNotFoundAndAMalformedIdABadRequest() {
        given().post("/api/v1/audit/evaluations/00000000-0000-0000-0000-000000000000/replay")
                .then().statusCode(404).contentType(PROBLEM);
        given().post("/api/v1/audit/evaluations/not-a-uuid/replay")
                .then().statusCode(400).contentType(PROBLEM).body("problems.field", hasItem("id"));
    }

    @Test
    void replayNeedsGovernanceOrAdmin() {
        String id = SampleAccount.nearQuota().evaluate(SampleAccount.AS_OF).path("id");
        given().auth().preemptive().basic("governance", "governance-local")
                .post("/api/v1/audit/evaluations/" + id + "/replay").then().statusCode(200);
        given().auth().preemptive().basic("app", "app-local")
                .post("/api/v1/audit/evaluations/" + id + "/replay").then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("'app'"));
    }
}
