package com.localizevideos.headroom.evaluation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Contact caps hold under concurrency: fifty simultaneous {@code POST /api/v1/evaluations} of one account (real HTTP,
 * real PostgreSQL) start no more human-contact actions than the caps allow. Each evaluation of Northwind Media (HIGH,
 * ARR 9,588) proposes two CS-led offers; at most one sales offer in 60 days may start, so exactly one action exists
 * afterwards and the other 49 decisions say CONTACT_FATIGUE.
 */
@QuarkusTest
class ContactCapConcurrencyTest {
    private static final int REQUESTS = 50;

    @Inject
    DataSource dataSource;

    @Inject
    EvaluationService evaluations;

    @Test
    void fiftySimultaneousEvaluationsOfOneAccountStartOnlyWhatTheCapsAllow() throws Exception {
        SampleAccount account = SampleAccount.nearQuota(false);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < REQUESTS; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(account.evaluationBody(SampleAccount.AS_OF))
                            .post("/api/v1/evaluations");
                }));
            }
            start.countDown();
            int started = 0;
            int heldByFatigue = 0;
            for (Future<Response> f : answers) {
                Response r = f.get(120, TimeUnit.SECONDS);
                assertEquals(201, r.statusCode(), r.asString());
                List<String> channels = r.path("actions.channel");
                started += (int) channels.stream().filter(c -> !c.equals("AUTOMATED")).count();
                List<String> guardrails = r.path("suppressed.guardrail");
                heldByFatigue += guardrails.contains("CONTACT_FATIGUE") ? 1 : 0;
            }
            assertEquals(1, started, "human-contact actions answered");
            assertEquals(REQUESTS, heldByFatigue, "every decision held at least one offer by contact fatigue");
            assertEquals(1, humanActionsStored(account.id()), "human-contact actions stored");
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The same without this instance's in-JVM queue: twelve evaluations straight into their transactions at once, as
     * twelve service instances on one database would run them. Only PostgreSQL's advisory lock orders them.
     */
    @Test
    void theAdvisoryLockAloneHoldsTheCapsAsAcrossInstances() throws Exception {
        SampleAccount account = SampleAccount.nearQuota(false);
        int instances = 12; // below the pool's 16 connections: each waiter holds one
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        List<Future<EvaluationView>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                String principal = "instance-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return evaluations.decideAndRecord(new EvaluationRequest(account.id(),
                            java.time.Instant.parse(SampleAccount.AS_OF)), principal, null);
                }));
            }
            start.countDown();
            long started = 0;
            for (Future<EvaluationView> f : answers) {
                started += f.get(120, TimeUnit.SECONDS).actions().stream().filter(a -> !a.channel().equals("AUTOMATED")).count();
            }
            assertEquals(1, started);
            assertEquals(1, humanActionsStored(account.id()));
        } finally {
            pool.shutdownNow();
        }
    }

    private long humanActionsStored(String accountId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select count(*) from expansion_action where account_id = ? and channel <> 'AUTOMATED'")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
