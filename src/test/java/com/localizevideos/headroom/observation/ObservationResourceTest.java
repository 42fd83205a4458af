package com.localizevideos.headroom.observation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ObservationResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    DataSource dataSource;

    private String account;
    private String prefix;

    @BeforeEach
    void createAccount() {
        account = "obs-" + UUID.randomUUID();
        prefix = UUID.randomUUID() + "-";
        given().contentType(ContentType.JSON).body("""
                {"name": "Observed Co", "plan": "STARTER", "seatsLicensed": 2, "arr": 588,
                 "billingCycleStart": "2026-11-01"}
                """).when().put("/api/v1/accounts/{id}", account).then().statusCode(201);
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/observations").then();
    }

    /** A valid item of this test's account, with a test-unique id. */
    private String item(String id, String metric, String value) {
        return """
                {"id": "%s", "accountId": "%s", "metric": "%s", "value": %s, "observedAt": "2026-11-03T10:00:00Z"}"""
                .formatted(prefix + id, account, metric, value);
    }

    private static String batch(String... items) {
        return "{\"observations\": [" + String.join(",", items) + "]}";
    }

    @Test
    void validBatchIsStoredWithEveryField() throws SQLException {
        post("""
                {"observations": [
                  {"id": "%1$sa", "accountId": "%2$s", "metric": "video_minutes", "value": 42.5,
                   "observedAt": "2026-11-03T12:00:00+02:00", "source": "app", "dimension": "batch"},
                  {"id": "%1$sb", "accountId": "%2$s", "metric": "feature_use", "dimension": "voice_cloning",
                   "value": 1, "observedAt": "2026-11-04T08:30:00Z"}
                ]}
                """.formatted(prefix, account)).statusCode(200)
                .contentType(ContentType.JSON)
                .body("accepted", equalTo(2))
                .body("duplicates", equalTo(0))
                .body("rejected", empty());

        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select metric, dimension, value, observed_at, source, received_at from observation where id = ?")) {
            s.setString(1, prefix + "a");
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertEquals("video_minutes", r.getString("metric"));
                assertEquals("batch", r.getString("dimension"));
                assertEquals(42.5, r.getDouble("value"));
                assertEquals(Instant.parse("2026-11-03T10:00:00Z"), r.getTimestamp("observed_at").toInstant());
                assertEquals("app", r.getString("source"));
                assertTrue(r.getTimestamp("received_at").toInstant().isAfter(Instant.now().minusSeconds(600)));
            }
        }
    }

    @Test
    void mixedBatchStoresValidItemsAndRejectsBadOnesWithIndexIdAndAllReasons() throws SQLException {
        String bad = """
                {"id": "%sbad", "accountId": "%s", "metric": "video_minutes", "value": -3, "observedAt": "yesterday"}"""
                .formatted(prefix, account);
        post(batch(item("ok1", "video_minutes", "10"), bad, item("ok2", "seats_used", "2"))).statusCode(200)
                .body("accepted", equalTo(2))
                .body("duplicates", equalTo(0))
                .body("rejected", hasSize(1))
                .body("rejected[0].index", equalTo(1))
                .body("rejected[0].id", equalTo(prefix + "bad"))
                .body("rejected[0].reasons", hasSize(2))
                .body("rejected[0].reasons", hasItems("value must not be negative",
                        "observedAt must be an ISO-8601 instant with offset, e.g. 2026-11-03T10:00:00Z, not 'yesterday'"));

        assertEquals(2, countFor(account));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            missing id              | "accountId": "@A", "metric": "csat", "value": 4, "observedAt": "2026-11-03T10:00:00Z"                   | id is required
            blank id                | "id": " ", "accountId": "@A", "metric": "csat", "value": 4, "observedAt": "2026-11-03T10:00:00Z"        | id must not be blank
            over-long id            | "id": "@L", "accountId": "@A", "metric": "csat", "value": 4, "observedAt": "2026-11-03T10:00:00Z"       | id must be at most 128 characters
            numeric id              | "id": 7, "accountId": "@A", "metric": "csat", "value": 4, "observedAt": "2026-11-03T10:00:00Z"          | id must be a string
            missing accountId       | "id": "@I", "metric": "csat", "value": 4, "observedAt": "2026-11-03T10:00:00Z"                          | accountId is required
            unknown metric          | "id": "@I", "accountId": "@A", "metric": "minutes", "value": 4, "observedAt": "2026-11-03T10:00:00Z"    | metric 'minutes' is not known; use one of video_minutes, languages_used, seats_used, active_users, workflow_runs, feature_use, workaround, api_calls, api_throttled, storage_gb, render_hours, onboarding, ticket_opened, ticket_resolved, csat, help_center_view, self_service_action, users_invited, department_added, region_added, compliance_question, overage_usd
            missing metric          | "id": "@I", "accountId": "@A", "value": 4, "observedAt": "2026-11-03T10:00:00Z"                         | metric is required
            missing value           | "id": "@I", "accountId": "@A", "metric": "csat", "observedAt": "2026-11-03T10:00:00Z"                   | value is required
            string value            | "id": "@I", "accountId": "@A", "metric": "csat", "value": "4", "observedAt": "2026-11-03T10:00:00Z"     | value must be a number
            NaN value               | "id": "@I", "accountId": "@A", "metric": "api_calls", "value": "NaN", "observedAt": "2026-11-03T10:00:00Z" | value must be a number
            infinite value          | "id": "@I", "accountId": "@A", "metric": "api_calls", "value": 1e999, "observedAt": "2026-11-03T10:00:00Z" | value must be a finite number
            negative value          | "id": "@I", "accountId": "@A", "metric": "api_calls", "value": -1, "observedAt": "2026-11-03T10:00:00Z" | value must not be negative
            csat above 5            | "id": "@I", "accountId": "@A", "metric": "csat", "value": 6, "observedAt": "2026-11-03T10:00:00Z"       | csat value must be between 1 and 5
            csat below 1            | "id": "@I", "accountId": "@A", "metric": "csat", "value": 0.5, "observedAt": "2026-11-03T10:00:00Z"     | csat value must be between 1 and 5
            missing observedAt      | "id": "@I", "accountId": "@A", "metric": "csat", "value": 4                                            | observedAt is required
            observedAt no offset    | "id": "@I", "accountId": "@A", "metric": "csat", "value": 4, "observedAt": "2026-11-03T10:00:00"        | observedAt must be an ISO-8601 instant with offset, e.g. 2026-11-03T10:00:00Z, not '2026-11-03T10:00:00'
            observedAt as number    | "id": "@I", "accountId": "@A", "metric": "csat", "value": 4, "observedAt": 1762164000                   | observedAt must be a string
            over-long dimension     | "id": "@I", "accountId": "@A", "metric": "csat", "value": 4, "observedAt": "2026-11-03T10:00:00Z", "dimension": "@L" | dimension must be at most 128 characters
            over-long source        | "id": "@I", "accountId": "@A", "metric": "csat", "value": 4, "observedAt": "2026-11-03T10:00:00Z", "source": "@L"    | source must be at most 128 characters
            unknown field           | "id": "@I", "accountId": "@A", "metric": "csat", "value": 4, "observedAt": "2026-11-03T10:00:00Z", "unit": "min"     | unknown field 'unit'; known fields: id, accountId, metric, dimension, value, observedAt, source
            """)
    void badItemIsRejectedWithItsReasonWhileTheValidOneIsStored(String name, String fields, String reason)
            throws SQLException {
        String bad = "{" + fields.replace("@A", account).replace("@I", prefix + "bad").replace("@L", "x".repeat(129)) + "}";
        post(batch(item("good", "csat", "5"), bad)).statusCode(200)
                .body("accepted", equalTo(1))
                .body("rejected", hasSize(1))
                .body("rejected[0].index", equalTo(1))
                .body("rejected[0].reasons", equalTo(List.of(reason)));
        assertEquals(1, countFor(account));
    }

    @Test
    void unknownAccountIsRejectedWithAdvice() {
        String stranger = "nobody-" + UUID.randomUUID();
        post(batch(item("good", "api_calls", "1"), """
                {"id": "%sx", "accountId": "%s", "metric": "api_calls", "value": 1, "observedAt": "2026-11-03T10:00:00Z"}"""
                .formatted(prefix, stranger))).statusCode(200)
                .body("rejected[0].id", equalTo(prefix + "x"))
                .body("rejected[0].reasons", equalTo(List.of(
                        "account " + stranger + " is not known; PUT /api/v1/accounts/" + stranger + " first")));
    }

    @Test
    void itemThatIsNotAnObjectIsRejected() {
        post(batch(item("good", "api_calls", "1"), "42")).statusCode(200)
                .body("rejected[0].index", equalTo(1))
                .body("rejected[0].id", nullValue())
                .body("rejected[0].reasons[0]", containsString("must be a JSON object"));
    }

    @Test
    void resendingTheSameBatchCountsEveryItemAsDuplicate() throws SQLException {
        String body = batch(item("r1", "api_calls", "100"), item("r2", "api_throttled", "3"));
        post(body).statusCode(200).body("accepted", equalTo(2)).body("duplicates", equalTo(0));
        post(body).statusCode(200).body("accepted", equalTo(0)).body("duplicates", equalTo(2))
                .body("rejected", empty());
        assertEquals(2, countFor(account));
    }

    @Test
    void sameIdTwiceInOneBatchStoresTheFirstAndCountsTheSecondAsDuplicate() throws SQLException {
        post(batch(item("twice", "video_minutes", "10"), item("twice", "video_minutes", "99"))).statusCode(200)
                .body("accepted", equalTo(1))
                .body("duplicates", equalTo(1));
        assertEquals(1, countFor(account));
        assertEquals(10.0, valueOf(prefix + "twice"));
    }

    @Test
    void concurrentBatchesWithTheSameIdsStoreEachIdOnce() throws Exception {
        String body = batch(IntStream.range(0, 20).mapToObj(i -> item("c" + i, "render_hours", "1"))
                .toArray(String[]::new));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<int[]>> answers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                answers.add(pool.submit(() -> {
                    ValidatableResponse r = post(body).statusCode(200);
                    return new int[] {r.extract().path("accepted"), r.extract().path("duplicates")};
                }));
            }
            int accepted = 0;
            int duplicates = 0;
            for (Future<int[]> answer : answers) {
                accepted += answer.get()[0];
                duplicates += answer.get()[1];
            }
            assertEquals(20, accepted);
            assertEquals(60, duplicates);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(20, countFor(account));
    }

    @Test
    void batchWhereEveryItemIsRejectedIs422ProblemLocatingEachReason() throws SQLException {
        String bad = """
                {"id": "%sz", "accountId": "%s", "metric": "csat", "value": 9}""".formatted(prefix, account);
        post(batch(bad, "\"oops\"")).statusCode(422)
                .contentType(PROBLEM)
                .body("status", equalTo(422))
                .body("type", endsWith("/problems/observations-rejected"))
                .body("problems.field", equalTo(List.of("observations[0].value", "observations[0].observedAt",
                        "observations[1]")))
                .body("problems[0].message", equalTo("csat value must be between 1 and 5"));
        assertEquals(0, countFor(account));
    }

    @Test
    void batchOverTheLimitIs413() throws SQLException {
        String body = batch(IntStream.range(0, 51).mapToObj(i -> item("big" + i, "api_calls", "1"))
                .toArray(String[]::new));
        post(body).statusCode(413)
                .contentType(PROBLEM)
                .body("type", endsWith("/problems/batch-too-large"))
                .body("detail", containsString("at most 50"));
        assertEquals(0, countFor(account));

        String fifty = batch(IntStream.range(0, 50).mapToObj(i -> item("max" + i, "api_calls", "1"))
                .toArray(String[]::new));
        post(fifty).statusCode(200).body("accepted", equalTo(50));
    }

    @Test
    void malformedJsonIs400Problem() {
        post("{\"observations\": [ {\"id\": ").statusCode(400)
                .contentType(PROBLEM)
                .body("type", endsWith("/problems/malformed-json"));
    }

    @Test
    void trailingContentAfterTheJsonIs400Malformed() throws SQLException {
        post(batch(item("t", "api_calls", "1")) + " {}").statusCode(400)
                .contentType(PROBLEM)
                .body("type", endsWith("/problems/malformed-json"));
        assertEquals(0, countFor(account));
    }

    @Test
    void missingEmptyOrNonArrayObservationsIs400NamingTheField() {
        post("{}").statusCode(400).contentType(PROBLEM)
                .body("problems[0].field", equalTo("observations"))
                .body("problems[0].message", containsString("required"));
        post("{\"observations\": []}").statusCode(400).contentType(PROBLEM)
                .body("problems[0].field", equalTo("observations"))
                .body("problems[0].message", containsString("at least one"));
        post("{\"observations\": {\"id\": \"x\"}}").statusCode(400).contentType(PROBLEM)
                .body("problems[0].field", equalTo("observations"))
                .body("problems[0].message", containsString("array"));
        post("[]").statusCode(400).contentType(PROBLEM)
                .body("problems[0].message", containsString("JSON object"));
    }

    @Test
    void unknownTopLevelFieldIs400NamingIt() {
        post("{\"observations\": [" + item("u", "api_calls", "1") + "], \"batchId\": 7}").statusCode(400)
                .contentType(PROBLEM)
                .body("problems.field", hasItem("batchId"));
    }

    @Test
    void storedObservationsCannotBeUpdatedOrDeleted() throws SQLException {
        post(batch(item("fixed", "storage_gb", "12"))).statusCode(200).body("accepted", equalTo(1));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "update observation set value = 0 where id = '" + prefix + "fixed'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "delete from observation where id = '" + prefix + "fixed'"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
        assertEquals(12.0, valueOf(prefix + "fixed"));
    }

    private int countFor(String accountId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from observation where account_id = ?")) {
            s.setString(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private double valueOf(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select value from observation where id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "observation " + id + " is stored");
                return r.getDouble(1);
            }
        }
    }
}
