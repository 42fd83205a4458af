package com.localizevideos.headroom.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.evaluation.SampleAccount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The account directory and the account page's reads: paging, search, filters, history, outcomes, bad input. */
@QuarkusTest
class AccountDirectoryResourceTest {

    private static String putAccount(String prefix, String name, int arr) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "plan": "PRO", "seatsLicensed": 5, "arr": %d, "billingCycleStart": "2026-10-01"}
                """.formatted(name, arr)).put("/api/v1/accounts/" + id).then().statusCode(201);
        return id;
    }

    @Test
    void searchPagesAndSortsAccountsWithTheirLatestReadiness() {
        String prefix = "dir" + UUID.randomUUID().toString().substring(0, 6);
        String a = putAccount(prefix, "Alpha " + prefix, 3000);
        String b = putAccount(prefix, "Beta " + prefix, 9000);
        String c = putAccount(prefix, "Gamma " + prefix, 1000);
        given().queryParam("q", prefix).queryParam("size", 2).get("/api/v1/account-directory").then().statusCode(200)
                .body("total", equalTo(3)).body("items.id", contains(a, b)).body("items[0].tier", nullValue());
        given().queryParam("q", prefix).queryParam("size", 2).queryParam("page", 1).get("/api/v1/account-directory").then()
                .body("items.id", contains(c));
        given().queryParam("q", prefix).queryParam("sort", "arr").get("/api/v1/account-directory").then()
                .body("items.id", contains(b, a, c)).body("items.arr", contains(9000.0f, 3000.0f, 1000.0f));
        given().queryParam("q", "BETA " + prefix).get("/api/v1/account-directory").then().body("items.id", contains(b));
        given().queryParam("q", prefix.substring(0, 3) + "%").get("/api/v1/account-directory").then().body("total", equalTo(0));
    }

    @Test
    void theLatestEvaluationGivesTheTierAndTheTierFilterUsesIt() {
        SampleAccount account = SampleAccount.nearQuota(false);
        Response evaluated = account.evaluate(SampleAccount.AS_OF);
        String tier = evaluated.path("readiness.tier");
        given().queryParam("q", account.id()).get("/api/v1/account-directory").then().statusCode(200)
                .body("items[0].evaluationId", equalTo(evaluated.path("id")))
                .body("items[0].score", equalTo(evaluated.<Integer>path("readiness.score")))
                .body("items[0].tier", equalTo(tier));
        given().queryParam("q", account.id()).queryParam("tier", tier).get("/api/v1/account-directory").then()
                .body("total", equalTo(1));
        String other = tier.equals("HIGH") ? "LOW" : "HIGH";
        given().queryParam("q", account.id()).queryParam("tier", other).get("/api/v1/account-directory").then()
                .body("total", equalTo(0));
    }

    @Test
    void anAccountsEvaluationsAndOutcomesNewestFirst() {
        SampleAccount account = SampleAccount.nearQuota(false);
        Response first = account.evaluate("2026-11-20T12:00:00Z");
        Response second = account.evaluate(SampleAccount.AS_OF);
        given().get("/api/v1/accounts/" + account.id() + "/evaluations").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", contains((String) second.path("id"), (String) first.path("id")))
                .body("items[0].decision.actions.id", equalTo(second.path("actions.id")))
                .body("items[0].decision.signals.code", equalTo(second.path("signals.code")));
        given().queryParam("size", 1).queryParam("page", 1).get("/api/v1/accounts/" + account.id() + "/evaluations")
                .then().body("items.id", contains((String) first.path("id")));

        String action = first.path("actions[0].id"); // the second decision, a few days later, is held by the contact caps
        given().contentType(ContentType.JSON).body("""
                {"response": "DECLINED", "reason": "no budget", "respondedAt": "2026-11-25T09:00:00Z"}""")
                .post("/api/v1/actions/" + action + "/outcome").then().statusCode(201);
        given().get("/api/v1/accounts/" + account.id() + "/outcomes").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].actionId", equalTo(action)).body("[0].response", equalTo("DECLINED"))
                .body("[0].playbook", equalTo(first.path("actions[0].playbook")))
                .body("[0].evaluationId", equalTo(first.path("id"))).body("[0].principal", equalTo("admin"));
    }

    @Test
    void badQueriesAreProblemsNamingEachParameter() {
        given().queryParam("tier", "HUGE").queryParam("plan", "GOLD").queryParam("sort", "score")
                .queryParam("size", 500).queryParam("page", "x").get("/api/v1/account-directory").then().statusCode(400)
                .contentType("application/problem+json")
                .body("problems.field", containsInAnyOrder("tier", "plan", "sort", "size", "page"));
        given().get("/api/v1/accounts/no-such-account/evaluations").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/accounts/no-such-account/outcomes").then().statusCode(404);
        given().queryParam("limit", 0).get("/api/v1/accounts/no-such-account/outcomes").then().statusCode(400)
                .body("problems[0].field", equalTo("limit"));
    }
}
