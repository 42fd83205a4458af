package com.localizevideos.headroom.ruleset;

import static com.localizevideos.headroom.ruleset.Workbooks.as;
import static com.localizevideos.headroom.ruleset.Workbooks.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code GET /api/v1/audit/rulesets}: filters, newest-first paging, and a 400 naming each bad query parameter. */
@QuarkusTest
class RuleSetAuditResourceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String PATH = "/api/v1/audit/rulesets";

    @Test
    void filtersByKindPrincipalAndTimeAndPagesNewestFirst() {
        Instant before = Instant.now().minusSeconds(1);
        upload("admin", "readiness.drl.xlsx", "not a workbook".getBytes()).then().statusCode(422);
        upload("admin", "readiness.drl.xlsx", "still not a workbook".getBytes()).then().statusCode(422);
        JsonPath first = as("governance").queryParam("kind", "UPLOAD_REFUSED").queryParam("principal", "admin")
                .queryParam("from", before.toString()).queryParam("size", 1).get(PATH)
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(1)).body("total", equalTo(2))
                .body("items", hasSize(1)).extract().jsonPath();
        JsonPath second = as("governance").queryParam("kind", " UPLOAD_REFUSED ").queryParam("principal", "admin")
                .queryParam("from", before.toString()).queryParam("size", 1).queryParam("page", 1).get(PATH)
                .then().statusCode(200).body("items", hasSize(1)).extract().jsonPath();
        assertTrue(first.getLong("items[0].id") > second.getLong("items[0].id"), "newest first");
        assertEquals("UPLOAD_REFUSED", first.getString("items[0].event.kind"));
        assertEquals("admin", first.getString("items[0].principal"));
        as("governance").queryParam("kind", "UPLOAD_REFUSED").queryParam("principal", "admin")
                .queryParam("to", before.toString()).queryParam("from", before.minusSeconds(3600).toString()).get(PATH)
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(
                        first.getInt("items[0].id"))));
        // Blank parameters are absent.
        given().queryParam("kind", "").queryParam("version", " ").queryParam("page", "").queryParam("from", " ").get(PATH)
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(20));
    }

    @Test
    void everyBadParameterIsNamed() {
        given().queryParam("from", "yesterday").queryParam("to", "+294277-01-01T00:00:00Z").queryParam("page", "-1")
                .queryParam("size", "201").queryParam("kind", "uploaded").get(PATH)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", containsString("invalid-query"))
                .body("detail", equalTo("5 query parameter(s) are invalid"))
                .body("problems.field", equalTo(List.of("from", "to", "page", "size", "kind")))
                .body("problems[0].message", equalTo("'yesterday' is not an ISO-8601 instant such as 2026-11-03T10:00:00Z"))
                .body("problems[1].message", equalTo("to must be between 1900-01-01 and 2199-12-31"))
                .body("problems[2].message", equalTo("page must be between 0 and 1000000"))
                .body("problems[3].message", equalTo("size must be between 1 and 200"))
                .body("problems[4].message", containsString("'uploaded' is not one of "))
                .body("problems[4].message", containsString("UPLOAD_REFUSED"));
        given().queryParam("size", "many").get(PATH).then().statusCode(400).contentType(PROBLEM)
                .body("problems[0].field", equalTo("size"))
                .body("problems[0].message", equalTo("'many' is not a whole number"));
        given().queryParam("from", "0001-01-01T00:00:00Z").get(PATH).then().statusCode(400).contentType(PROBLEM)
                .body("problems[0].field", equalTo("from"));
        given().queryParam("principal", "a\u0000b").queryParam("version", "v\u0007").get(PATH).then().statusCode(400)
                .contentType(PROBLEM).body("problems.field", equalTo(List.of("version", "principal")));
    }

    @Test
    void onlyGovernanceAndAdminReadTheTrail() {
        as("governance").get(PATH).then().statusCode(200);
        as("growth").get(PATH).then().statusCode(403).contentType(PROBLEM);
        as("exec").get(PATH).then().statusCode(403).contentType(PROBLEM);
    }
}
