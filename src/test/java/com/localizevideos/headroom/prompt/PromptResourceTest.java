package com.localizevideos.headroom.prompt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.evaluation.SampleAccount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** {@code GET /api/v1/accounts/{id}/prompts}: the latest evaluation's in-product actions, from stored data. */
@QuarkusTest
class PromptResourceTest {
    private static final String PROBLEM = "application/problem+json";

    /** Northwind Media below 5,000 ARR: its HIGH-readiness upsell is routed in product. */
    private static final String IN_PRODUCT = """
            {"name": "Northwind Media", "plan": "BUSINESS", "seatsLicensed": 20, "arr": 4800,
             "billingCycleStart": "2026-10-01", "renewalDate": "2027-09-30", "region": "EMEA",
             "segment": "mid-market", "strategic": false, "doNotContact": false, "inDunning": false, "owner": "csm.anna"}
            """;

    @Test
    void promptsAreTheLatestEvaluationsInProductActionsWithTheirContent() {
        SampleAccount account = SampleAccount.nearQuota(false);
        account.put(IN_PRODUCT);
        Response evaluation = account.evaluate(SampleAccount.AS_OF);
        String upsell = evaluation.path("actions.find { it.playbook == 'SALES_ASSISTED_UPSELL' }.id");

        given().auth().preemptive().basic("app", "app-local")
                .get("/api/v1/accounts/" + account.id() + "/prompts")
                .then().statusCode(200)
                .body("accountId", equalTo(account.id()))
                .body("evaluationId", equalTo(evaluation.path("id")))
                .body("asOf", equalTo(SampleAccount.AS_OF))
                .body("tier", equalTo("HIGH"))
                .body("reason", nullValue())
                .body("prompts.id", containsInAnyOrder(((List<?>) evaluation.path("actions.id")).toArray()))
                .body("prompts.find { it.id == '" + upsell + "' }.playbook", equalTo("SALES_ASSISTED_UPSELL"))
                .body("prompts.find { it.id == '" + upsell + "' }.content.comparePlan", equalTo("ENTERPRISE"))
                .body("prompts.find { it.id == '" + upsell + "' }.content.limit.name", equalTo("minutes"))
                .body("prompts.find { it.id == '" + upsell + "' }.content.headline", equalTo("Offer Enterprise to Northwind Media"))
                .body("prompts.find { it.id == '" + upsell + "' }.reason", containsString("HIGH readiness (score 83)"));
    }

    @Test
    void onlyTheLatestEvaluationCounts() {
        SampleAccount account = SampleAccount.nearQuota(false);
        account.put(IN_PRODUCT);
        account.evaluate(SampleAccount.AS_OF);
        account.put(IN_PRODUCT.replace("\"arr\": 4800", "\"arr\": 9588")); // now CS-led: a person calls, no prompt
        Response latest = account.evaluate(SampleAccount.AS_OF);

        given().get("/api/v1/accounts/" + account.id() + "/prompts")
                .then().statusCode(200)
                .body("evaluationId", equalTo(latest.path("id")))
                .body("prompts", empty())
                .body("reason", containsString("started no in-product prompt"));
    }

    @Test
    void anAccountNeverEvaluatedHasNoPromptsAndSaysWhy() {
        SampleAccount account = SampleAccount.nearQuota(false);

        given().get("/api/v1/accounts/" + account.id() + "/prompts")
                .then().statusCode(200)
                .body("evaluationId", nullValue())
                .body("prompts", empty())
                .body("reason", containsString("has not been evaluated yet"));
    }

    @Test
    void unknownAccountIsNotFound() {
        given().get("/api/v1/accounts/no-such-account/prompts")
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString("no-such-account"));
    }

    @Test
    void malformedAccountIdIsNamed() {
        given().get("/api/v1/accounts/" + "x".repeat(65) + "/prompts")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void whyNotIsAnsweredAndStoredWithTheAuditRecord() {
        SampleAccount account = SampleAccount.nearQuota(false);
        Response evaluation = account.evaluate(SampleAccount.AS_OF);
        List<String> whyNot = evaluation.path("whyNot.playbook");

        given().get("/api/v1/audit/evaluations/" + evaluation.path("id"))
                .then().statusCode(200)
                .body("outputs.whyNot.playbook", equalTo(whyNot))
                .body("outputs.whyNot.playbook", hasItem("EDUCATIONAL_PROMPT"))
                .body("outputs.whyNot.find { it.playbook == 'EDUCATIONAL_PROMPT' }.unmet",
                        equalTo("it is for LOW readiness; this account is HIGH (score 83); and not while consistent active usage is seen"))
                .body("outputs.actions[0].owner", equalTo("csm.anna"));
    }
}
