package com.localizevideos.headroom.batch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class BatchResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    BatchWorker worker;

    @Inject
    DataSource dataSource;

    private static String accounts(int count, String plan) {
        String segment = "batch-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < count; i++) {
            given().contentType(ContentType.JSON).body("""
                    {"name": "Batch %d", "plan": "%s", "seatsLicensed": 5, "arr": 2388,
                     "billingCycleStart": "2026-10-01", "segment": "%s"}
                    """.formatted(i, plan, segment))
                    .put("/api/v1/accounts/" + segment + "-" + i).then().statusCode(201);
        }
        return segment;
    }

    private static String start(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/evaluations/batch")
                .then().statusCode(202).extract().path("id");
    }

    @Test
    void twoWorkersShareOneRunWithoutDoubleWork() throws Exception {
        String segment = accounts(30, "PRO");
        String run = start("{\"segment\": \"" + segment + "\", \"asOf\": \"2026-11-24T12:00:00Z\"}");
        given().get("/api/v1/evaluations/batch/" + run).then().statusCode(200)
                .body("status", equalTo("RUNNING")).body("total", equalTo(30)).body("done", equalTo(0));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> workers = new ArrayList<>();
        for (String name : List.of("worker-a", "worker-b")) {
            workers.add(pool.submit(() -> {
                go.await();
                return worker.drain(name);
            }));
        }
        go.countDown();
        int chunks = 0;
        for (Future<Integer> f : workers) {
            chunks += f.get();
        }
        pool.shutdown();

        assertEquals(10, chunks, "30 accounts in chunks of 3");
        assertEquals(30, count("select count(*) from evaluation where batch_run_id = '" + run + "'"));
        assertEquals(30, count("select count(distinct account_id) from evaluation where batch_run_id = '" + run + "'"));
        assertEquals(10, count("select count(*) from batch_chunk where run_id = '" + run
                + "' and status = 'DONE' and claimed_by in ('worker-a', 'worker-b')"));
        given().get("/api/v1/evaluations/batch/" + run).then().statusCode(200)
                .body("status", equalTo("FINISHED"))
                .body("done", equalTo(30))
                .body("failed", equalTo(0))
                .body("etaSeconds", equalTo(0))
                .body("result.tiers.LOW", equalTo(30))
                .body("result.actions.playbook", hasItem("EDUCATIONAL_PROMPT"));
    }

    @Test
    void aClaimedChunkIsNotClaimedAgain() {
        String segment = accounts(3, "STARTER");
        String run = start("{\"segment\": \"" + segment + "\"}");
        BatchChunkStore store = io.quarkus.arc.Arc.container().instance(BatchChunkStore.class).get();
        Set<String> seen = new HashSet<>();
        var first = store.claim("worker-x").orElseThrow();
        assertEquals(UUID.fromString(run), first.runId());
        seen.addAll(first.accountIds());
        // Everything else pending belongs to other tests' runs; this run's only chunk is taken.
        var other = store.claim("worker-y");
        assertTrue(other.isEmpty() || !other.get().runId().equals(first.runId()));
        other.ifPresent(c -> worker.process(c, "worker-y"));
        worker.process(first, "worker-x");
        assertEquals(3, seen.size());
        given().get("/api/v1/evaluations/batch/" + run).then().body("status", equalTo("FINISHED"));
    }

    @Test
    void planFilterSelectsOnlyThatPlan() throws SQLException {
        String segment = accounts(2, "BUSINESS");
        String run = start("{\"segment\": \"" + segment + "\", \"plan\": \"ENTERPRISE\"}");
        given().get("/api/v1/evaluations/batch/" + run).then().body("total", equalTo(0)).body("status", equalTo("FINISHED"));
        String run2 = start("{\"segment\": \"" + segment + "\", \"plan\": \"BUSINESS\"}");
        given().get("/api/v1/evaluations/batch/" + run2).then().body("total", equalTo(2));
        worker.drain("worker-c");
        assertEquals(2, count("select count(*) from evaluation where batch_run_id = '" + run2 + "'"));
    }

    @Test
    void unknownPlanIsNamed() {
        given().contentType(ContentType.JSON).body("{\"plan\": \"PLATINUM\"}").post("/api/v1/evaluations/batch")
                .then().statusCode(400).contentType(PROBLEM).body("problems.field", hasItem(org.hamcrest.Matchers.containsString("plan")));
    }

    @Test
    void futureAsOfIsRefused() {
        given().contentType(ContentType.JSON).body("{\"asOf\": \"2999-01-01T00:00:00Z\"}").post("/api/v1/evaluations/batch")
                .then().statusCode(400).contentType(PROBLEM).body("problems.field", hasItem("asOf"));
    }

    @Test
    void unknownRunIsNotFound() {
        given().get("/api/v1/evaluations/batch/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        given().get("/api/v1/evaluations/batch/not-a-uuid").then().statusCode(400).contentType(PROBLEM);
    }

    private int count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
