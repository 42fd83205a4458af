package com.localizevideos.headroom.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.evaluation.SampleAccount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class IdempotencyKeyTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String KEY = IdempotencyService.HEADER;

    @Inject
    DataSource dataSource;

    @Test
    void retriedEvaluationReturnsTheFirstAnswerAndCreatesNothing() throws SQLException {
        SampleAccount account = SampleAccount.nearQuota(false);
        String key = UUID.randomUUID().toString();
        // No asOf: without the key a second call would be a new decision "now", with another id and asOf.
        Response first = given().header(KEY, key).contentType(ContentType.JSON)
                .body("{\"accountId\": \"" + account.id() + "\"}").post("/api/v1/evaluations");
        first.then().statusCode(201).header(IdempotencyService.REPLAYED_HEADER, nullValue());
        Response retry = given().header(KEY, key).contentType(ContentType.JSON)
                .body("{ \"accountId\" :\n \"" + account.id() + "\" }").post("/api/v1/evaluations");
        retry.then().statusCode(201).header(IdempotencyService.REPLAYED_HEADER, "true")
                .header("Location", first.header("Location"));
        assertEquals(first.asString(), retry.asString());
        assertEquals(1, count("select count(*) from evaluation where account_id = ?", account.id()));
        assertEquals(1, count("select count(*) from idempotency_record where idempotency_key = ?", key));
    }

    @Test
    void sameKeyWithAnotherBodyOrEndpointIsA422() throws SQLException {
        SampleAccount account = SampleAccount.nearQuota(false);
        String key = UUID.randomUUID().toString();
        Response first = given().header(KEY, key).contentType(ContentType.JSON)
                .body(account.evaluationBody(SampleAccount.AS_OF)).post("/api/v1/evaluations");
        first.then().statusCode(201);
        given().header(KEY, key).contentType(ContentType.JSON).body(account.evaluationBody("2026-11-20T12:00:00Z"))
                .post("/api/v1/evaluations")
                .then().statusCode(422).contentType(PROBLEM)
                .body("problems.field", hasItem(KEY))
                .body("detail", containsString("different request body"));
        given().header(KEY, key).contentType(ContentType.JSON).body("{\"response\": \"ACCEPTED\"}")
                .post("/api/v1/actions/" + first.path("actions[0].id") + "/outcome")
                .then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("POST /api/v1/evaluations"));
        assertEquals(1, count("select count(*) from evaluation where account_id = ?", account.id()));
        assertEquals(0, count("select count(*) from action_outcome where account_id = ?", account.id()));
    }

    @Test
    void concurrentRequestsWithOneKeyCreateExactlyOnce() throws Exception {
        SampleAccount account = SampleAccount.nearQuota(false);
        String key = UUID.randomUUID().toString();
        int callers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().header(KEY, key).contentType(ContentType.JSON)
                            .body(account.evaluationBody(null)).post("/api/v1/evaluations");
                }));
            }
            start.countDown();
            Set<String> bodies = new HashSet<>();
            for (Future<Response> answer : answers) {
                Response r = answer.get(60, TimeUnit.SECONDS);
                assertEquals(201, r.statusCode(), r.asString());
                bodies.add(r.asString());
            }
            assertEquals(1, bodies.size(), "every caller got the one answer");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("select count(*) from evaluation where account_id = ?", account.id()));
    }

    @Test
    void keysBelongToTheirPrincipal() throws SQLException {
        SampleAccount account = SampleAccount.nearQuota(false);
        String key = UUID.randomUUID().toString();
        String asAdmin = given().header(KEY, key).contentType(ContentType.JSON)
                .body(account.evaluationBody(SampleAccount.AS_OF)).post("/api/v1/evaluations")
                .then().statusCode(201).extract().path("id");
        String asApp = given().auth().preemptive().basic("app", "app-local").header(KEY, key)
                .contentType(ContentType.JSON).body(account.evaluationBody(SampleAccount.AS_OF))
                .post("/api/v1/evaluations")
                .then().statusCode(201).header(IdempotencyService.REPLAYED_HEADER, nullValue()).extract().path("id");
        assertNotEquals(asAdmin, asApp);
        assertEquals(2, count("select count(*) from evaluation where account_id = ?", account.id()));
    }

    @Test
    void retriedOutcomeIsRecordedOnce() throws SQLException {
        SampleAccount account = SampleAccount.nearQuota(false);
        String actionId = account.evaluate(SampleAccount.AS_OF).path("actions[0].id");
        String key = UUID.randomUUID().toString();
        String body = "{\"response\": \"ACCEPTED\", \"arrDelta\": 1200.00, \"respondedAt\": \"2026-11-26T09:00:00Z\"}";
        Response first = given().header(KEY, key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/actions/" + actionId + "/outcome");
        first.then().statusCode(201).body("actionId", equalTo(actionId));
        Response retry = given().header(KEY, key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/actions/" + actionId + "/outcome");
        retry.then().statusCode(201).header(IdempotencyService.REPLAYED_HEADER, "true");
        assertEquals(first.asString(), retry.asString());
        assertEquals(1, count("select count(*) from action_outcome where action_id = ?::uuid", actionId));
    }

    @Test
    void aRefusedRequestStoresNothingSoItsRetryRuns() throws SQLException {
        String accountId = "idem-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = "{\"accountId\": \"" + accountId + "\", \"asOf\": \"" + SampleAccount.AS_OF + "\"}";
        given().header(KEY, key).contentType(ContentType.JSON).body(body).post("/api/v1/evaluations")
                .then().statusCode(404).contentType(PROBLEM);
        assertEquals(0, count("select count(*) from idempotency_record where idempotency_key = ?", key));
        given().contentType(ContentType.JSON).body("""
                {"name": "Late Account", "plan": "PRO", "seatsLicensed": 5, "arr": 2388,
                 "billingCycleStart": "2026-11-01", "strategic": false, "doNotContact": false, "inDunning": false}
                """).put("/api/v1/accounts/" + accountId).then().statusCode(201);
        given().header(KEY, key).contentType(ContentType.JSON).body(body).post("/api/v1/evaluations")
                .then().statusCode(201).body("accountId", equalTo(accountId));
    }

    @Test
    void unusableKeyIsABadRequest() {
        SampleAccount account = SampleAccount.nearQuota(false);
        given().header(KEY, "k".repeat(201)).contentType(ContentType.JSON)
                .body(account.evaluationBody(SampleAccount.AS_OF)).post("/api/v1/evaluations")
                .then().statusCode(400).contentType(PROBLEM).body("problems.field", hasItem(KEY));
        given().header(KEY, "two words").contentType(ContentType.JSON)
                .body(account.evaluationBody(SampleAccount.AS_OF)).post("/api/v1/evaluations")
                .then().statusCode(400).contentType(PROBLEM).body("problems.field", hasItem(KEY));
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
