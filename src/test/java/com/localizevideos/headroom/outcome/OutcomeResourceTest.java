package com.localizevideos.headroom.outcome;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.evaluation.SampleAccount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class OutcomeResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void outcomeIsLinkedToTheTableRowAndVersionThatProducedTheAction() {
        SampleAccount account = SampleAccount.nearQuota();
        Response evaluation = account.evaluate(SampleAccount.AS_OF);
        String actionId = evaluation.path("actions.find { it.playbook == 'SALES_ASSISTED_UPSELL' }.id");
        given().contentType(ContentType.JSON)
                .body("""
                        {"response": "ACCEPTED", "arrDelta": 7200.00, "reason": "moved to Enterprise",
                         "respondedAt": "2026-11-26T09:00:00Z", "helpfulRating": 4}
                        """)
                .post("/api/v1/actions/" + actionId + "/outcome")
                .then().statusCode(201)
                .body("id", notNullValue())
                .body("actionId", equalTo(actionId))
                .body("evaluationId", equalTo(evaluation.path("id")))
                .body("response", equalTo("ACCEPTED"))
                .body("arrDelta", equalTo(7200.0f))
                .body("rulesetVersion", equalTo(evaluation.path("rulesetVersion")))
                .body("rule", equalTo("SalesAssistedUpsellOnCapacity"))
                .body("ruleFile", equalTo("decision-tables/playbooks.drl.xlsx"))
                .body("ruleSheet", equalTo("Playbooks"))
                .body("ruleRow", equalTo(16))
                .body("helpfulRating", equalTo(4))
                .body("calibrationVersion", equalTo(evaluation.path("calibrationVersion")));
    }

    @Test
    void outcomeNamesTheUserWhoRecordedIt() throws java.sql.SQLException {
        SampleAccount account = SampleAccount.nearQuota(false);
        String actionId = account.evaluate(SampleAccount.AS_OF).path("actions[0].id");
        String id = given().auth().preemptive().basic("cs", "cs-local").contentType(ContentType.JSON)
                .body("{\"response\": \"DEFERRED\", \"respondedAt\": \"2026-11-25T09:00:00Z\"}")
                .post("/api/v1/actions/" + actionId + "/outcome")
                .then().statusCode(201).body("principal", equalTo("cs")).extract().path("id");
        try (var c = dataSource.getConnection();
             var s = c.prepareStatement("select principal from action_outcome where id = ?::uuid")) {
            s.setString(1, id);
            try (var r = s.executeQuery()) {
                org.junit.jupiter.api.Assertions.assertTrue(r.next());
                org.junit.jupiter.api.Assertions.assertEquals("cs", r.getString(1));
            }
        }
    }

    @Test
    void aDeclineHoldsOffersForSixtyDays() {
        SampleAccount account = SampleAccount.nearQuota(false);
        String actionId = account.evaluate(SampleAccount.AS_OF)
                .path("actions.find { it.playbook == 'SALES_ASSISTED_UPSELL' }.id");
        given().contentType(ContentType.JSON)
                .body("{\"response\": \"DECLINED\", \"reason\": \"no budget\", \"respondedAt\": \"2026-11-25T09:00:00Z\"}")
                .post("/api/v1/actions/" + actionId + "/outcome").then().statusCode(201);

        // A day later every offer and human contact is held, with the decline named as the reason.
        account.evaluate("2026-11-26T12:00:00Z").then()
                .body("readiness.tier", equalTo("HIGH"))
                .body("actions.playbook", org.hamcrest.Matchers.not(hasItem("SALES_ASSISTED_UPSELL")))
                .body("suppressed.find { it.playbook == 'SALES_ASSISTED_UPSELL' }.guardrail", equalTo("RECENT_DECLINE"))
                .body("suppressed.find { it.playbook == 'SALES_ASSISTED_UPSELL' }.reason",
                        containsString("declined an offer 1 day ago"));
    }

    @Test
    void unknownActionIsNotFound() {
        given().contentType(ContentType.JSON).body("{\"response\": \"ACCEPTED\"}")
                .post("/api/v1/actions/00000000-0000-0000-0000-000000000000/outcome")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void unknownResponseIsNamed() {
        given().contentType(ContentType.JSON).body("{\"response\": \"MAYBE\"}")
                .post("/api/v1/actions/00000000-0000-0000-0000-000000000000/outcome")
                .then().statusCode(400).contentType(PROBLEM)
                .body("problems.field", hasItem(containsString("response")));
    }

    @Test
    void responseBeforeTheDecisionIsRefused() {
        SampleAccount account = SampleAccount.nearQuota();
        String actionId = account.evaluate(SampleAccount.AS_OF).path("actions[0].id");
        given().contentType(ContentType.JSON)
                .body("{\"response\": \"DECLINED\", \"respondedAt\": \"2026-01-01T00:00:00Z\"}")
                .post("/api/v1/actions/" + actionId + "/outcome")
                .then().statusCode(400).contentType(PROBLEM)
                .body("problems.field", hasItem("respondedAt"));
    }

    @Test
    void malformedActionIdIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"response\": \"ACCEPTED\"}")
                .post("/api/v1/actions/not-a-uuid/outcome")
                .then().statusCode(400).contentType(PROBLEM).body("problems.field", hasItem("id"));
    }
}
