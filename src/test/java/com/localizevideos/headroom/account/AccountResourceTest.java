package com.localizevideos.headroom.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AccountResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static final String ACME = """
            {
              "name": "Acme Media",
              "plan": "PRO",
              "seatsLicensed": 5,
              "arr": 2388.00,
              "billingCycleStart": "2026-10-15",
              "renewalDate": "2027-03-01",
              "fiscalYearStartMonth": 4,
              "region": "EMEA",
              "segment": "mid-market",
              "strategic": true,
              "doNotContact": false,
              "inDunning": false,
              "owner": "jane.cs@localizevideos.com"
            }
            """;

    private static String newId() {
        return "acct-" + UUID.randomUUID();
    }

    private static io.restassured.response.ValidatableResponse put(String id, String body) {
        return given().contentType(ContentType.JSON).body(body).when().put("/api/v1/accounts/{id}", id).then();
    }

    @Test
    void putCreatesAccountWith201AndGetReturnsIt() {
        String id = newId();
        put(id, ACME).statusCode(201)
                .header("Location", endsWith("/api/v1/accounts/" + id))
                .body("id", equalTo(id))
                .body("plan", equalTo("PRO"))
                .body("createdAt", notNullValue());

        given().when().get("/api/v1/accounts/{id}", id).then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo(id))
                .body("name", equalTo("Acme Media"))
                .body("plan", equalTo("PRO"))
                .body("seatsLicensed", equalTo(5))
                .body("arr", equalTo(2388.00f))
                .body("billingCycleStart", equalTo("2026-10-15"))
                .body("renewalDate", equalTo("2027-03-01"))
                .body("fiscalYearStartMonth", equalTo(4))
                .body("region", equalTo("EMEA"))
                .body("segment", equalTo("mid-market"))
                .body("strategic", equalTo(true))
                .body("doNotContact", equalTo(false))
                .body("inDunning", equalTo(false))
                .body("owner", equalTo("jane.cs@localizevideos.com"));
    }

    @Test
    void putOnExistingAccountReplacesEveryFieldWith200AndKeepsCreatedAt() {
        String id = newId();
        String createdAt = put(id, ACME).statusCode(201).extract().path("createdAt");

        put(id, """
                {
                  "name": "Acme Media Group",
                  "plan": "BUSINESS",
                  "seatsLicensed": 20,
                  "arr": 9588.5,
                  "billingCycleStart": "2026-11-01",
                  "inDunning": true
                }
                """).statusCode(200)
                .body("plan", equalTo("BUSINESS"));

        given().when().get("/api/v1/accounts/{id}", id).then()
                .statusCode(200)
                .body("name", equalTo("Acme Media Group"))
                .body("plan", equalTo("BUSINESS"))
                .body("seatsLicensed", equalTo(20))
                .body("arr", equalTo(9588.5f))
                .body("billingCycleStart", equalTo("2026-11-01"))
                .body("renewalDate", nullValue())
                .body("fiscalYearStartMonth", nullValue())
                .body("region", nullValue())
                .body("strategic", equalTo(false))
                .body("inDunning", equalTo(true))
                .body("owner", nullValue())
                .body("createdAt", equalTo(createdAt));
    }

    @Test
    void unknownAccountIs404Problem() {
        String id = newId();
        given().accept(ContentType.JSON).when().get("/api/v1/accounts/{id}", id).then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("type", equalTo("about:blank"))
                .body("detail", containsString("PUT /api/v1/accounts/" + id));
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        put(newId(), "{}").statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("type", endsWith("/problems/invalid-request"))
                .body("problems.field", hasItems("name", "plan", "seatsLicensed", "arr", "billingCycleStart"))
                .body("problems.field", not(hasItem("renewalDate")));
    }

    @Test
    void negativeSeatsAndArrAreNamed() {
        put(newId(), ACME.replace("\"seatsLicensed\": 5", "\"seatsLicensed\": -1")
                .replace("\"arr\": 2388.00", "\"arr\": -0.01")).statusCode(400)
                .contentType(PROBLEM)
                .body("problems.field", hasItems("seatsLicensed", "arr"))
                .body("problems.size()", equalTo(2));
    }

    @Test
    void fiscalYearStartMonthOutside1To12IsNamed() {
        put(newId(), ACME.replace("\"fiscalYearStartMonth\": 4", "\"fiscalYearStartMonth\": 13")).statusCode(400)
                .contentType(PROBLEM)
                .body("problems[0].field", equalTo("fiscalYearStartMonth"))
                .body("problems[0].message", containsString("12"));
    }

    @Test
    void blankNameIsNamed() {
        put(newId(), ACME.replace("\"Acme Media\"", "\"  \"")).statusCode(400)
                .body("problems[0].field", equalTo("name"));
    }

    @Test
    void accountIdWithForbiddenCharactersOrTooLongIsNamed() {
        put("bad!id", ACME).statusCode(400)
                .contentType(PROBLEM)
                .body("problems[0].field", equalTo("accountId"));
        put("a".repeat(65), ACME).statusCode(400)
                .body("problems[0].field", equalTo("accountId"));
        put("a".repeat(64), ACME).statusCode(201);
    }

    @Test
    void wrongTypedFieldIsNamedWithExpectedType() {
        put(newId(), ACME.replace("\"seatsLicensed\": 5", "\"seatsLicensed\": \"five\"")).statusCode(400)
                .contentType(PROBLEM)
                .body("problems[0].field", equalTo("seatsLicensed"))
                .body("problems[0].message", equalTo("must be a whole number"))
                .body("detail", not(containsString("java")));
    }

    @Test
    void fractionalSeatsAreRejectedNotTruncated() {
        put(newId(), ACME.replace("\"seatsLicensed\": 5", "\"seatsLicensed\": 2.5")).statusCode(400)
                .body("problems[0].field", equalTo("seatsLicensed"));
    }

    @Test
    void unknownPlanListsThePlans() {
        put(newId(), ACME.replace("\"PRO\"", "\"GOLD\"")).statusCode(400)
                .contentType(PROBLEM)
                .body("problems[0].field", equalTo("plan"))
                .body("problems[0].message", equalTo("must be one of STARTER, PRO, BUSINESS, ENTERPRISE"));
    }

    @Test
    void unparseableDateIsNamed() {
        put(newId(), ACME.replace("2027-03-01", "2027-02-30")).statusCode(400)
                .body("problems[0].field", equalTo("renewalDate"));
    }

    @Test
    void unknownFieldIsNamedNotDropped() {
        put(newId(), ACME.replace("\"owner\"", "\"ownr\"")).statusCode(400)
                .contentType(PROBLEM)
                .body("problems[0].field", equalTo("ownr"))
                .body("problems[0].message", startsWith("is not a known field"));
    }

    @Test
    void malformedJsonIs400ProblemWithLocation() {
        put(newId(), "{\"name\": \"Acme\",, }").statusCode(400)
                .contentType(PROBLEM)
                .body("type", endsWith("/problems/malformed-json"))
                .body("problems[0].line", equalTo(1))
                .body("detail", containsString("line 1"));
    }

    @Test
    void missingBodyIsNamed() {
        given().contentType(ContentType.JSON).when().put("/api/v1/accounts/{id}", newId()).then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("problems[0].field", equalTo("body"))
                .body("problems[0].message", equalTo("is required: send a JSON body"));
    }

    @Test
    void unsupportedMediaTypeIs415Problem() {
        given().contentType(ContentType.TEXT).body("name=Acme").when().put("/api/v1/accounts/{id}", newId()).then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("status", equalTo(415));
    }

    @Test
    void methodNotAllowedIs405Problem() {
        given().when().delete("/api/v1/accounts/{id}", newId()).then()
                .statusCode(405)
                .contentType(PROBLEM)
                .body("status", equalTo(405))
                .body("title", equalTo("Method Not Allowed"))
                .body("detail", startsWith("Method DELETE is not allowed"));
    }

    @Test
    void unknownPathIs404Problem() {
        given().when().get("/api/v1/accounts/{id}/nothing-here", newId()).then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404));
    }
}
