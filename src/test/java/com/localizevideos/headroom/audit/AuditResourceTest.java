package com.localizevideos.headroom.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.evaluation.SampleAccount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class AuditResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void storedRecordMatchesTheAnswerGiven() {
        SampleAccount account = SampleAccount.nearQuota();
        Response answer = account.evaluate(SampleAccount.AS_OF);
        String id = answer.path("id");
        Response record = given().get("/api/v1/audit/evaluations/" + id);
        record.then().statusCode(200)
                .body("id", equalTo(id))
                .body("accountId", equalTo(account.id()))
                .body("rulesetVersion", equalTo(answer.path("rulesetVersion")))
                .body("facts.accountId", equalTo(account.id()))
                .body("facts.minutesUsed", equalTo(1425.0f))
                .body("facts.cycleDay", equalTo(24))
                .body("facts.openSevereTickets", equalTo(0));
        assertEquals(answer.path("firedRules.rule").toString(), record.path("firedRules.rule").toString());
        assertEquals(answer.path("firedRules.size()").toString(), record.path("firedRules.size()").toString());
        assertEquals(answer.jsonPath().getList("actions"), record.jsonPath().getList("outputs.actions"));
        assertEquals(answer.jsonPath().getMap("readiness"), record.jsonPath().getMap("outputs.readiness"));
        assertEquals(answer.jsonPath().getList("signals"), record.jsonPath().getList("outputs.signals"));
        assertEquals((Integer) answer.path("firedRules.find { it.rule == 'SalesAssistedUpsellOnCapacity' }.source.row"),
                record.path("firedRules.find { it.rule == 'SalesAssistedUpsellOnCapacity' }.row"));
    }

    @Test
    void recordNamesTheAuthenticatedCaller() {
        SampleAccount account = SampleAccount.nearQuota(false);
        String byApp = given().auth().preemptive().basic("app", "app-local").contentType(ContentType.JSON)
                .body(account.evaluationBody(SampleAccount.AS_OF)).post("/api/v1/evaluations")
                .then().statusCode(201).extract().path("id");
        String byAdmin = account.evaluate("2026-11-25T12:00:00Z").path("id");
        given().auth().preemptive().basic("governance", "governance-local").get("/api/v1/audit/evaluations/" + byApp)
                .then().statusCode(200).body("principal", equalTo("app"));
        given().get("/api/v1/audit/evaluations/" + byAdmin).then().statusCode(200).body("principal", equalTo("admin"));
        given().queryParam("accountId", account.id()).get("/api/v1/audit/evaluations")
                .then().statusCode(200)
                .body("items.find { it.id == '" + byApp + "' }.principal", equalTo("app"))
                .body("items.find { it.id == '" + byAdmin + "' }.principal", equalTo("admin"));
    }

    @Test
    void searchFiltersByAccountRuleAndVersion() {
        SampleAccount hot = SampleAccount.nearQuota();
        SampleAccount later = SampleAccount.nearQuota();
        String version = hot.evaluate(SampleAccount.AS_OF).path("rulesetVersion");
        hot.evaluate("2026-11-27T12:00:00Z");
        later.evaluate(SampleAccount.AS_OF);

        given().queryParam("accountId", hot.id()).get("/api/v1/audit/evaluations")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.accountId", everyItem(equalTo(hot.id())));
        // Only the 24 November evaluation started the upsell; on the 27th an open sev-1 held everything.
        given().queryParam("accountId", hot.id()).queryParam("rule", "SalesAssistedUpsellOnCapacity")
                .get("/api/v1/audit/evaluations")
                .then().statusCode(200)
                .body("total", equalTo(2));
        given().queryParam("accountId", hot.id()).queryParam("rule", "OpenSevereTicketHoldsEveryAction")
                .get("/api/v1/audit/evaluations")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].asOf", equalTo("2026-11-27T12:00:00Z"));
        given().queryParam("accountId", later.id()).queryParam("rulesetVersion", version)
                .get("/api/v1/audit/evaluations")
                .then().statusCode(200).body("total", equalTo(1));
        given().queryParam("accountId", later.id()).queryParam("rulesetVersion", "0".repeat(64))
                .get("/api/v1/audit/evaluations")
                .then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void searchPagesNewestFirst() {
        SampleAccount account = SampleAccount.nearQuota();
        String first = account.evaluate(SampleAccount.AS_OF).path("id");
        String second = account.evaluate("2026-11-25T12:00:00Z").path("id");
        String third = account.evaluate("2026-11-26T12:00:00Z").path("id");
        given().queryParam("accountId", account.id()).queryParam("size", 2).queryParam("page", 0)
                .get("/api/v1/audit/evaluations")
                .then().statusCode(200).body("total", equalTo(3)).body("items.id", equalTo(java.util.List.of(third, second)));
        given().queryParam("accountId", account.id()).queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/audit/evaluations")
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(first)));
    }

    @Test
    void badQueryParametersAreEachNamed() {
        given().queryParam("from", "yesterday").queryParam("size", 5000).queryParam("page", "two")
                .get("/api/v1/audit/evaluations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("problems.field", hasItems("from", "size", "page"))
                .body("problems.find { it.field == 'from' }.message", containsString("ISO-8601"));
    }

    @Test
    void everyBadParameterIsNamedWithWhatItMustBe() {
        given().queryParam("accountId", "acme corp!").queryParam("rule", "Rule\u0007Bell")
                .queryParam("rulesetVersion", "XYZ").queryParam("from", "0001-01-01T00:00:00Z")
                .queryParam("to", "2026-11-03").queryParam("page", "-1").queryParam("size", "0")
                .get("/api/v1/audit/evaluations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", containsString("invalid-query"))
                .body("detail", equalTo("7 query parameter(s) are invalid"))
                .body("problems.field", equalTo(java.util.List.of("from", "to", "page", "size", "accountId", "rule",
                        "rulesetVersion")))
                .body("problems[0].message", equalTo("from must be between 1900-01-01 and 2199-12-31"))
                .body("problems[1].message", equalTo("'2026-11-03' is not an ISO-8601 instant such as 2026-11-03T10:00:00Z"))
                .body("problems[2].message", equalTo("page must be between 0 and 2147483647"))
                .body("problems[3].message", equalTo("size must be between 1 and 200"))
                .body("problems[4].message", equalTo("accountId must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-',"
                        + " not 'acme corp!'"))
                // A control character is not echoed back.
                .body("problems[5].message", equalTo("rule must be a rule name of 1 to 200 characters without control"
                        + " characters"))
                .body("problems[6].message", equalTo("rulesetVersion must be 1 to 64 lowercase hex digits, not 'XYZ'"));
        given().queryParam("from", "2026-11-05T00:00:00Z").queryParam("to", "2026-11-05T00:00:00Z")
                .get("/api/v1/audit/evaluations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("problems.field", equalTo(java.util.List.of("from")))
                .body("problems[0].message", equalTo("from must be before to"));
        given().queryParam("accountId", " ").queryParam("rule", "").queryParam("page", " ").queryParam("from", "")
                .get("/api/v1/audit/evaluations")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(20));
    }

    @Test
    void unknownEvaluationIsNotFound() {
        given().get("/api/v1/audit/evaluations/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void malformedEvaluationIdIsABadRequest() {
        given().get("/api/v1/audit/evaluations/not-a-uuid")
                .then().statusCode(400).contentType(PROBLEM).body("problems.field", hasItem("id"));
    }

    @Test
    void auditHasNoWriteEndpoints() {
        SampleAccount account = SampleAccount.nearQuota();
        String id = account.evaluate(SampleAccount.AS_OF).path("id");
        given().delete("/api/v1/audit/evaluations/" + id).then().statusCode(405).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("{}").put("/api/v1/audit/evaluations/" + id)
                .then().statusCode(405).contentType(PROBLEM);
        given().get("/api/v1/audit/evaluations/" + id).then().statusCode(200);
    }
}
