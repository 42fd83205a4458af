package com.localizevideos.headroom.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class EvaluationResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    DataSource dataSource;

    @Test
    void accountNearQuotaGetsHighReadinessAndCsLedUpsell() {
        SampleAccount account = SampleAccount.nearQuota();
        given().contentType(ContentType.JSON).body(account.evaluationBody(SampleAccount.AS_OF))
                .when().post("/api/v1/evaluations")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/audit/evaluations/"))
                .body("accountId", equalTo(account.id()))
                .body("asOf", equalTo(SampleAccount.AS_OF))
                .body("rulesetVersion", matchesPattern("[0-9a-f]{64}"))
                .body("signals.code", hasItems("APPROACHING_QUOTA", "FEATURE_SATURATION", "SEAT_GROWTH",
                        "CONSISTENT_ACTIVE_USAGE"))
                .body("signals.find { it.code == 'APPROACHING_QUOTA' }.evidence",
                        equalTo("1,425 of 1,500 minutes used on day 24 of 30; projected 1,781 (119% of quota)"))
                .body("signals.find { it.code == 'APPROACHING_QUOTA' }.family", equalTo("CAPACITY"))
                .body("signals.find { it.code == 'APPROACHING_QUOTA' }.strength", equalTo(0.98f))
                // 30 feature utilisation + 30 capacity + 15 engagement + 8 quiet support + 0 strategic = 83
                .body("readiness.score", equalTo(83))
                .body("readiness.tier", equalTo("HIGH"))
                .body("readiness.factors.find { it.factor == 'CAPACITY_PRESSURE' }.points", equalTo(30))
                .body("readiness.factors.find { it.factor == 'CAPACITY_PRESSURE' }.weight", equalTo(30))
                .body("actions.playbook", equalTo(java.util.List.of("SALES_ASSISTED_UPSELL")))
                .body("actions.channel", everyItemIs("CS_LED"))
                .body("actions[0].owner", equalTo("csm.anna"))
                .body("actions[0].content.comparePlan", equalTo("ENTERPRISE"))
                .body("actions[0].content.limit.name", equalTo("minutes"))
                .body("actions[0].id", notNullValue())
                .body("actions.find { it.playbook == 'SALES_ASSISTED_UPSELL' }.reason",
                        allOf(startsWith("HIGH readiness (score 83): "),
                                containsString("APPROACHING_QUOTA — 1,425 of 1,500 minutes")))
                // at most one sales offer in 60 days: the contract expansion waits
                .body("suppressed.playbook", equalTo(java.util.List.of("CONTRACT_EXPANSION")))
                .body("suppressed[0].guardrail", equalTo("CONTACT_FATIGUE"))
                .body("suppressed[0].reason", equalTo("At most 1 sales offers in 60 days; 0 already started and 1 in this decision"))
                .body("firedRules[0].order", equalTo(1))
                .body("firedRules.find { it.rule == 'SalesAssistedUpsellOnCapacity' }.source.file",
                        equalTo("decision-tables/playbooks.drl.xlsx"))
                .body("firedRules.find { it.rule == 'SalesAssistedUpsellOnCapacity' }.source.sheet", equalTo("Playbooks"))
                .body("firedRules.find { it.rule == 'SalesAssistedUpsellOnCapacity' }.source.row", equalTo(16))
                .body("firedRules.find { it.rule == 'ApproachingQuotaFromProjectedMinutes' }.source.file",
                        equalTo("rules/signals.drl"))
                .body("firedRules.find { it.rule == 'ApproachingQuotaFromProjectedMinutes' }.source.line",
                        notNullValue());
    }


    @SuppressWarnings({"unchecked", "rawtypes"})
    private static org.hamcrest.Matcher everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    @Test
    void laterObservationsAreInvisibleToAnEarlierAsOf() {
        SampleAccount account = SampleAccount.nearQuota();
        // On 27 November the 5,000 minutes of the 25th and the open sev-1 of the 26th are known.
        given().contentType(ContentType.JSON).body(account.evaluationBody("2026-11-27T12:00:00Z"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(201)
                .body("signals.find { it.code == 'APPROACHING_QUOTA' }.evidence", containsString("6,425 of 1,500"))
                .body("actions", empty())
                .body("suppressed.guardrail", hasItem("OPEN_SEVERE_TICKET"))
                .body("suppressed.reason", hasItem(containsString("1 sev-1/sev-2 ticket open")));
    }

    @Test
    void evaluationFiredRulesAndActionsAreStoredTogether() throws SQLException {
        SampleAccount account = SampleAccount.nearQuota();
        Response response = given().contentType(ContentType.JSON).body(account.evaluationBody(SampleAccount.AS_OF))
                .when().post("/api/v1/evaluations");
        response.then().statusCode(201);
        String id = response.path("id");
        int fired = response.path("firedRules.size()");
        int actions = response.path("actions.size()");
        assertEquals(1, count("select count(*) from evaluation where id = '" + id + "'"));
        assertEquals(fired, count("select count(*) from fired_rule where evaluation_id = '" + id + "'"));
        assertEquals(actions, count("select count(*) from expansion_action where evaluation_id = '" + id
                + "' and rule_file = 'decision-tables/playbooks.drl.xlsx' and rule_row is not null"));
        assertThrows(SQLException.class, () -> execute("update evaluation set tier = 'LOW' where id = '" + id + "'"));
        assertThrows(SQLException.class, () -> execute("delete from fired_rule where evaluation_id = '" + id + "'"));
    }

    @Test
    void sameFactsAndVersionGiveTheSameDecision() {
        SampleAccount account = SampleAccount.nearQuota();
        // In product (ARR below 5,000): no human contact, so the first decision adds nothing a contact cap counts and
        // the second one sees the same facts.
        account.put("""
                {"name": "Northwind Media", "plan": "BUSINESS", "seatsLicensed": 20, "arr": 4800,
                 "billingCycleStart": "2026-10-01", "renewalDate": "2027-09-30", "region": "EMEA",
                 "segment": "mid-market", "strategic": false, "doNotContact": false, "inDunning": false,
                 "owner": "csm.anna"}
                """);
        Response first = given().contentType(ContentType.JSON).body(account.evaluationBody(SampleAccount.AS_OF))
                .post("/api/v1/evaluations");
        Response second = given().contentType(ContentType.JSON).body(account.evaluationBody(SampleAccount.AS_OF))
                .post("/api/v1/evaluations");
        assertEquals(first.path("signals").toString(), second.path("signals").toString());
        assertEquals(first.path("readiness").toString(), second.path("readiness").toString());
        assertEquals(first.path("firedRules").toString(), second.path("firedRules").toString());
        assertEquals(first.path("actions.playbook").toString(), second.path("actions.playbook").toString());
    }

    @Test
    void unknownAccountIsNotFound() {
        given().contentType(ContentType.JSON).body("{\"accountId\":\"no-such-account\"}")
                .when().post("/api/v1/evaluations")
                .then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("detail", containsString("no-such-account"));
    }

    @Test
    void missingAccountIdIsNamed() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/evaluations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("problems.field", hasItem(containsString("accountId")));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"accountId\": ")
                .when().post("/api/v1/evaluations")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void unparseableAsOfIsNamed() {
        given().contentType(ContentType.JSON).body("{\"accountId\":\"x\",\"asOf\":\"next tuesday\"}")
                .when().post("/api/v1/evaluations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("problems.field", hasItem(containsString("asOf")));
    }

    @Test
    void futureAsOfIsRefused() {
        SampleAccount account = SampleAccount.nearQuota();
        given().contentType(ContentType.JSON).body(account.evaluationBody("2999-01-01T00:00:00Z"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("problems.field", hasItem("asOf"));
    }

    @Test
    void wrongTypedAccountIdIsNamed() {
        given().contentType(ContentType.JSON).body("{\"accountId\": {\"nested\": true}}")
                .when().post("/api/v1/evaluations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("problems.field", hasItem(containsString("accountId")));
    }

    private int count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
