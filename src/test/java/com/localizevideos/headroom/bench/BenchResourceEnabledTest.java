package com.localizevideos.headroom.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(BenchEnabledProfile.class)
class BenchResourceEnabledTest {
    @Inject
    DataSource dataSource;

    @Test
    void insertEndpointCommitsOneRowPerRequest() throws SQLException {
        String account = "bench-" + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON).body("{\"accountId\": \"" + account + "\"}")
                .when().post("/bench/insert")
                .then().statusCode(201)
                .body("accountId", equalTo(account))
                .extract().path("id");
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select id::text from bench_write where account_id = ?")) {
            ps.setString(1, account);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(id, rs.getString(1));
            }
        }
    }

    @Test
    void insertEndpointRefusesABlankAccount() {
        given().contentType(ContentType.JSON).body("""
                {"accountId": ""}
                """)
                .when().post("/bench/insert")
                .then().statusCode(400).contentType("application/problem+json")
                .body("problems[0].field", equalTo("accountId"));
    }

    @Test
    void inProcessRunTimesBothImplementationsOnTheSameDecisions() {
        given().when().post("/bench/in-process?evaluations=2000&warmup=200")
                .then().statusCode(200)
                .body("droolsEvaluations", equalTo(2000))
                .body("handCodedEvaluations", equalTo(20000))
                .body("snapshots", equalTo(64))
                .body("rounds", equalTo(20))
                .body("rulesetVersion", matchesPattern("[0-9a-f]{64}"))
                .body("disagreements", equalTo(0))
                .body("sameDecisions", equalTo(true))
                .body("droolsPerSecond", greaterThan(0f))
                .body("handCodedPerSecond", greaterThan(0f));
    }

    @Test
    void scoringRunTimesTheFullEvaluationAgainstTheCore() {
        given().when().post("/bench/scoring?evaluations=2000&warmup=200")
                .then().statusCode(200)
                .body("evaluationsPerSide", equalTo(2000))
                .body("rounds", equalTo(20))
                .body("calibrationVersion", notNullValue())
                .body("coreMicrosPerEvaluation", greaterThan(0f))
                .body("fullMicrosPerEvaluation", greaterThan(0f))
                .body("fullToCoreRatio", greaterThan(0.5f));
    }
}
