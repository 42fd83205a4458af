package com.localizevideos.headroom.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void readinessReportsTheActiveRuleBaseAndTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("rule-base"))
                .body("checks.find { it.name == 'rule-base' }.data.version", matchesPattern("[0-9a-f]{64}"))
                .body("checks.find { it.name == 'rule-base' }.data.rules", greaterThan(40))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void openApiDescribesTheContractEndpoints() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/evaluations"))
                .body(containsString("/api/v1/observations"))
                .body(containsString("/api/v1/audit/evaluations/{id}"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
