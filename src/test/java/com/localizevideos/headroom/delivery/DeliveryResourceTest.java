package com.localizevideos.headroom.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.batch.BatchWorker;
import com.localizevideos.headroom.evaluation.EvaluationRequest;
import com.localizevideos.headroom.evaluation.EvaluationService;
import com.localizevideos.headroom.evaluation.SampleAccount;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Webhook delivery end to end: real evaluations write the outbox, the scheduled worker (every second in tests) POSTs to
 * a receiver started on a random port, which checks every signature. Test retry policy: 5 attempts, 300 ms doubling.
 */
@QuarkusTest
@WithTestResource(WebhookReceiverResource.class)
class DeliveryResourceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @InjectWebhookReceiver
    WebhookReceiver receiver;

    @Inject
    DeliveryWorker worker;

    @Inject
    EvaluationService evaluations;

    @Inject
    BatchWorker batches;

    @Inject
    DataSource dataSource;

    @Test
    void eachActionArrivesOnceSignedWithItsDeliveryIdAndTimestamp() {
        SampleAccount account = SampleAccount.nearQuota(false);
        JsonPath evaluation = account.evaluate(SampleAccount.AS_OF).jsonPath();
        List<String> actionIds = evaluation.getList("actions.id");
        assertFalse(actionIds.isEmpty(), "the sample account starts actions");

        await("every action delivered", () -> receiver.accepted(account.id()).size() == actionIds.size());
        List<WebhookReceiver.Received> got = receiver.accepted(account.id());
        assertEquals(Set.copyOf(actionIds), got.stream().map(WebhookReceiver.Received::actionId).collect(Collectors.toSet()));
        for (WebhookReceiver.Received r : got) {
            assertTrue(WebhookReceiver.verifies(r.webhookId(), r.timestamp(), r.signature(), r.body()));
            assertFalse(WebhookReceiver.verifies(r.webhookId(), r.timestamp(), r.signature(), r.body() + " "),
                    "a changed body no longer verifies");
            assertEquals(r.webhookId(), r.json().path("deliveryId").asText());
            assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(r.timestamp())) < 300);
            assertEquals("1", r.attempt());
            assertEquals("expansion.action.started", r.json().path("type").asText());
            assertEquals(evaluation.getString("id"), r.json().path("evaluationId").asText());
            assertEquals(evaluation.getString("rulesetVersion"), r.json().path("rulesetVersion").asText());
            assertEquals(evaluation.getInt("readiness.score"), r.json().path("readiness").path("score").asInt());
            Map<String, Object> action = evaluation.getMap("actions.find { it.id == '" + r.actionId() + "' }");
            assertEquals(action.get("playbook"), r.json().path("action").path("playbook").asText());
            assertEquals(action.get("channel"), r.json().path("action").path("channel").asText());
            assertEquals(action.get("reason"), r.json().path("action").path("reason").asText());
        }

        awaitRecorded(account.id(), actionIds.size());
        given().queryParam("accountId", account.id()).queryParam("status", "DELIVERED").get("/api/v1/deliveries")
                .then().statusCode(200)
                .body("total", equalTo(actionIds.size()))
                .body("items.actionId", containsInAnyOrder(actionIds.toArray()))
                .body("items.status", everyItem(equalTo("DELIVERED")))
                .body("items.attemptCount", everyItem(equalTo(1)))
                .body("items.deliveredAt", everyItem(notNullValue()))
                .body("items.attempts.flatten().statusCode", everyItem(equalTo(204)))
                .body("items[0].payload.action.id", notNullValue());
    }

    @Test
    void aReceiverAnswering503GetsTheActionsAfterRetriesWithBackoff() {
        SampleAccount account = SampleAccount.nearQuota(false);
        receiver.mode(account.id(), WebhookReceiver.Mode.UNAVAILABLE);
        List<String> actionIds = account.evaluate(SampleAccount.AS_OF).jsonPath().getList("actions.id");

        await("two refused attempts per action", () -> perAction(receiver.requests(account.id())).values().stream()
                .allMatch(n -> n >= 2) && perAction(receiver.requests(account.id())).size() == actionIds.size());
        receiver.mode(account.id(), WebhookReceiver.Mode.UP);
        await("every action delivered", () -> receiver.accepted(account.id()).size() == actionIds.size());

        assertEquals(actionIds.size(), perAction(receiver.accepted(account.id())).size(), "no action is taken twice");
        JsonPath page = awaitRecorded(account.id(), actionIds.size());
        assertEquals(actionIds.size(), page.getInt("total"));
        for (int i = 0; i < actionIds.size(); i++) {
            List<Map<String, Object>> attempts = page.getList("items[" + i + "].attempts");
            assertTrue(attempts.size() >= 3, "two or more 503s, then the delivery: " + attempts);
            assertEquals(503, attempts.get(0).get("statusCode"));
            assertEquals(503, attempts.get(1).get("statusCode"));
            assertEquals(204, attempts.get(attempts.size() - 1).get("statusCode"));
            assertEquals(attempts.size(), page.getInt("items[" + i + "].attemptCount"));
            Duration firstWait = Duration.between(Instant.parse((String) attempts.get(0).get("finishedAt")),
                    Instant.parse((String) attempts.get(1).get("startedAt")));
            Duration secondWait = Duration.between(Instant.parse((String) attempts.get(1).get("finishedAt")),
                    Instant.parse((String) attempts.get(2).get("startedAt")));
            assertTrue(firstWait.toMillis() >= 300, "initial backoff 300 ms, waited " + firstWait);
            assertTrue(secondWait.toMillis() >= 600, "backoff doubles, waited " + secondWait);
        }
    }

    @Test
    void aStoppedReceiverGetsTheActionsOnceItIsBack() throws Exception {
        SampleAccount account = SampleAccount.nearQuota(false);
        receiver.stop();
        try {
            List<String> actionIds = account.evaluate(SampleAccount.AS_OF).jsonPath().getList("actions.id");
            await("a refused connection recorded for every action", () -> {
                JsonPath page = deliveries(account.id(), "PENDING");
                return page.getInt("total") == actionIds.size()
                        && page.getList("items.lastError", String.class).stream().allMatch(e -> e != null && e.contains("ConnectException"));
            });
            receiver.start();
            await("every action delivered", () -> receiver.accepted(account.id()).size() == actionIds.size());
            assertEquals(actionIds.size(), perAction(receiver.accepted(account.id())).size());
            JsonPath page = awaitRecorded(account.id(), actionIds.size());
            assertEquals(actionIds.size(), page.getInt("total"));
            assertTrue(page.getList("items.attempts.flatten().error", String.class).stream()
                    .anyMatch(e -> e != null && e.contains("ConnectException")));
        } finally {
            receiver.start();
        }
    }

    @Test
    void afterFiveFailuresADeliveryIsADeadLetterUntilRetried() {
        SampleAccount account = SampleAccount.nearQuota(false);
        receiver.mode(account.id(), WebhookReceiver.Mode.FAILING);
        List<String> actionIds = account.evaluate(SampleAccount.AS_OF).jsonPath().getList("actions.id");

        await("every delivery dead", () -> deliveries(account.id(), "DEAD").getInt("total") == actionIds.size());
        sleep(1_000);
        JsonPath dead = deliveries(account.id(), "DEAD");
        assertEquals(actionIds.size(), dead.getInt("total"), "a dead letter is not sent again by itself");
        assertEquals(List.of(5), dead.getList("items.attemptCount", Integer.class).stream().distinct().toList());
        assertEquals(Set.of(500), Set.copyOf(dead.getList("items.attempts.flatten().statusCode", Integer.class)));
        assertEquals(actionIds.size() * 5, receiver.requests(account.id()).size());
        assertEquals(0, deliveries(account.id(), "PENDING").getInt("total"));
        given().queryParam("status", "DEAD").queryParam("size", 200).get("/api/v1/deliveries").then().statusCode(200)
                .body("items.accountId", org.hamcrest.Matchers.hasItem(account.id()));

        receiver.mode(account.id(), WebhookReceiver.Mode.UP);
        String id = dead.getString("items[0].id");
        given().post("/api/v1/deliveries/" + id + "/retry").then().statusCode(202)
                .body("status", equalTo("PENDING")).body("retriedBy", equalTo("admin")).body("deadAt", equalTo(null));
        await("the retried delivery arrives", () -> receiver.accepted(account.id()).size() == 1);
        JsonPath delivered = awaitRecorded(account.id(), 1);
        assertEquals(1, delivered.getInt("total"));
        assertEquals(id, delivered.getString("items[0].id"));
        assertEquals(6, delivered.getInt("items[0].attemptCount"));
        assertEquals(204, delivered.getInt("items[0].attempts[5].statusCode"));
        assertEquals(actionIds.size() - 1, deliveries(account.id(), "DEAD").getInt("total"), "the others stay dead");

        given().post("/api/v1/deliveries/" + id + "/retry").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("DELIVERED"));
        given().post("/api/v1/deliveries/" + UUID.randomUUID() + "/retry").then().statusCode(404)
                .contentType(PROBLEM);
        given().post("/api/v1/deliveries/not-a-uuid/retry").then().statusCode(400).contentType(PROBLEM)
                .body("problems[0].field", equalTo("id"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("headroom_delivery_dead_letters_total"))
                .body(containsString("headroom_delivery_attempts_total{result=\"failed\"}"));
    }

    @Test
    void concurrentWorkersNeverSendOneActionTwice() throws Exception {
        List<SampleAccount> accounts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            SampleAccount a = SampleAccount.nearQuota(false);
            receiver.mode(a.id(), WebhookReceiver.Mode.SLOW);
            accounts.add(a);
        }
        Set<String> actionIds = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> claimers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            String name = "claimer-" + w;
            claimers.add(pool.submit(() -> {
                go.await();
                int attempts = 0;
                for (int round = 0; round < 20; round++) {
                    attempts += worker.drain(name);
                }
                return attempts;
            }));
        }
        for (SampleAccount a : accounts) {
            actionIds.addAll(a.evaluate(SampleAccount.AS_OF).jsonPath().getList("actions.id"));
        }
        go.countDown();
        for (Future<Integer> f : claimers) {
            f.get();
        }
        pool.shutdown();
        await("every action delivered", () -> accounts.stream().mapToInt(a -> receiver.accepted(a.id()).size()).sum()
                == actionIds.size());
        // Two more ticks find nothing due.
        assertEquals(0, worker.drain("claimer-late"));
        assertEquals(0, worker.drain("claimer-late"));

        List<WebhookReceiver.Received> all = accounts.stream().flatMap(a -> receiver.requests(a.id()).stream()).toList();
        assertEquals(actionIds.size(), all.size(), "one request per action, no more");
        assertEquals(actionIds, perAction(all).keySet());
        assertEquals(Set.of(1L), Set.copyOf(perAction(all).values()));
        assertEquals(actionIds.size(), all.stream().map(WebhookReceiver.Received::webhookId).distinct().count());
    }

    @Test
    void batchEvaluationsDeliverTheirActionsToo() throws SQLException {
        String segment = "delivery-batch-" + UUID.randomUUID().toString().substring(0, 8);
        List<SampleAccount> accounts = List.of(SampleAccount.nearQuota(false), SampleAccount.nearQuota(false));
        for (SampleAccount a : accounts) {
            a.put("""
                    {"name": "Northwind Media", "plan": "BUSINESS", "seatsLicensed": 20, "arr": 9588,
                     "billingCycleStart": "2026-10-01", "renewalDate": "2027-09-30", "region": "EMEA",
                     "segment": "%s", "strategic": false, "doNotContact": false, "inDunning": false}
                    """.formatted(segment));
        }
        String run = given().contentType(ContentType.JSON).body("""
                {"segment": "%s", "asOf": "%s"}""".formatted(segment, SampleAccount.AS_OF))
                .post("/api/v1/evaluations/batch").then().statusCode(202).extract().path("id");
        assertEquals(1, batches.drain("delivery-test-batch-worker"));

        for (SampleAccount a : accounts) {
            long actions = count("select count(*) from expansion_action x join evaluation e on e.id = x.evaluation_id "
                    + "where e.batch_run_id = '" + run + "' and x.account_id = ?", a.id());
            assertTrue(actions > 0);
            await("the batch's actions delivered", () -> receiver.accepted(a.id()).size() == actions);
            assertEquals(actions, perAction(receiver.requests(a.id())).size());
        }
    }

    @Test
    void aFailedEvaluationTransactionLeavesNoOutboxRow() throws SQLException {
        SampleAccount account = SampleAccount.nearQuota(false);
        Instant asOf = Instant.parse(SampleAccount.AS_OF);
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    var view = evaluations.evaluate(new EvaluationRequest(account.id(), asOf), "outbox-test");
                    assertFalse(view.actions().isEmpty());
                    throw new IllegalStateException("the caller's transaction fails after the evaluation was recorded");
                }));
        assertTrue(failure.getMessage().contains("caller's transaction"));
        assertEquals(0, count("select count(*) from evaluation where account_id = ?", account.id()));
        assertEquals(0, count("select count(*) from expansion_action where account_id = ?", account.id()));
        assertEquals(0, count("select count(*) from delivery where account_id = ?", account.id()));

        QuarkusTransaction.requiringNew().run(() -> evaluations.evaluate(new EvaluationRequest(account.id(), asOf),
                "outbox-test"));
        long actions = count("select count(*) from expansion_action where account_id = ?", account.id());
        assertTrue(actions > 0);
        assertEquals(actions, count("select count(*) from delivery d join expansion_action a on a.id = d.action_id "
                + "where a.account_id = ?", account.id()), "one outbox row per action, committed with it");
    }

    @Test
    void badQueryParametersAreEachNamed() {
        given().queryParam("status", "SENT").queryParam("page", "-1").queryParam("size", "500")
                .get("/api/v1/deliveries").then().statusCode(400).contentType(PROBLEM)
                .body("problems.field", containsInAnyOrder("status", "page", "size"))
                .body("problems.find { it.field == 'status' }.message", containsString("PENDING, DELIVERED, DEAD"));
        given().queryParam("page", "first").get("/api/v1/deliveries").then().statusCode(400)
                .body("problems[0].field", equalTo("page"));
    }

    /** Waits until {@code n} deliveries of the account are recorded DELIVERED (the receiver answers before they are). */
    private JsonPath awaitRecorded(String accountId, int n) {
        await(n + " deliveries recorded as DELIVERED", () -> deliveries(accountId, "DELIVERED").getInt("total") == n);
        return deliveries(accountId, "DELIVERED");
    }

    private JsonPath deliveries(String accountId, String status) {
        return given().queryParam("accountId", accountId).queryParam("status", status).queryParam("size", 200)
                .get("/api/v1/deliveries").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Long> perAction(List<WebhookReceiver.Received> requests) {
        return requests.stream().collect(Collectors.groupingBy(WebhookReceiver.Received::actionId, Collectors.counting()));
    }

    private long count(String sql, String arg) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for: " + what);
            }
            sleep(25);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
