package com.localizevideos.headroom.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Imports the five RavenStack files end to end, in the documented order, as the README's curl commands do.
 * RavenStack Synthetic SaaS Dataset by River @ Rivalytics (Kaggle), used with attribution.
 */
@QuarkusTest
class RavenStackImportTest {

    static final Path DATA = Path.of("../shared/datasets/ravenstack");
    /** kind → file, in import order. */
    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("accounts", "ravenstack_accounts.csv");
        FILES.put("subscriptions", "ravenstack_subscriptions.csv");
        FILES.put("feature-usage", "ravenstack_feature_usage.csv");
        FILES.put("support-tickets", "ravenstack_support_tickets.csv");
        FILES.put("churn-events", "ravenstack_churn_events.csv");
    }

    /** The answers of the first import of each file; the database is cleaned at the start of the test run. */
    private static final Map<String, JsonPath> FIRST = new LinkedHashMap<>();

    @Inject
    DataSource dataSource;

    static JsonPath importFile(String kind) {
        return given().contentType("text/csv; charset=UTF-8").body(DATA.resolve(FILES.get(kind)).toFile())
                .when().post("/api/v1/imports/{kind}", kind)
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    static synchronized void importAllOnce() {
        if (FIRST.isEmpty()) {
            assertTrue(Files.isDirectory(DATA), "the RavenStack files are expected in " + DATA.toAbsolutePath());
            FILES.keySet().forEach(kind -> FIRST.put(kind, importFile(kind)));
        }
    }

    @Test
    void everyRowOfTheFiveFilesIsImported() throws SQLException {
        importAllOnce();
        assertCounts(FIRST.get("accounts"), "accounts", 500, 500, 0);
        assertEquals(500, FIRST.get("accounts").getLong("stored.accountsCreated"));

        JsonPath subscriptions = FIRST.get("subscriptions");
        assertCounts(subscriptions, "subscriptions", 5000, 5000, 0);
        assertEquals(5000, subscriptions.getLong("stored.subscriptions"));
        assertEquals(529 + 218, subscriptions.getLong("stored.events"), "529 upgrade_flag + 218 downgrade_flag");
        assertEquals(500, subscriptions.getLong("stored.accountsUpdated"), "every account gets its contract");

        assertCounts(FIRST.get("feature-usage"), "feature-usage", 25_000, 25_000, 0);
        assertEquals(25_000, FIRST.get("feature-usage").getLong("stored.observations"),
                "21 usage ids that RavenStack reuses for different rows are kept apart by their subscription");

        assertCounts(FIRST.get("support-tickets"), "support-tickets", 2000, 2000, 0);
        assertEquals(2000 + 2000 + 1175, FIRST.get("support-tickets").getLong("stored.observations"),
                "opened + resolved for every ticket, csat for the 1,175 with a satisfaction score");

        assertCounts(FIRST.get("churn-events"), "churn-events", 600, 600, 0);
        assertEquals(600, FIRST.get("churn-events").getLong("stored.events"));

        assertEquals(Map.of("EXPANSION", 529L, "CONTRACTION", 218L, "CHURN", 600L), eventKinds());
        // each account's contract is its latest active paid subscription
        assertEquals(16_317_156, count("select sum(arr) from account where id like 'A-%'"));
        assertEquals(173, count("select count(*) from account where id like 'A-%' and plan = 'ENTERPRISE'"));
        assertEquals(162, count("select count(*) from account where id like 'A-%' and plan = 'PRO'"));
        assertEquals(165, count("select count(*) from account where id like 'A-%' and plan = 'STARTER'"));
        assertEquals(2, count("select count(*) from observation where id like 'ravenstack:%:U-25b56c:feature_use'"));
    }

    @Test
    void spotCheckedAccountHasItsCurrentContractUsageTicketsAndEvents() throws SQLException {
        importAllOnce();
        // accounts.csv says Basic with 1 seat; its latest active paid subscription S-9c414f is Pro, 2 seats, annual
        JsonPath account = given().get("/api/v1/accounts/A-0a282f").then().statusCode(200).extract().jsonPath();
        assertEquals("Company_2", account.getString("name"));
        assertEquals("PRO", account.getString("plan"));
        assertEquals(2, account.getInt("seatsLicensed"));
        assertEquals(1176.0, account.getDouble("arr"));
        assertEquals("2024-08-27", account.getString("billingCycleStart"));
        assertEquals(nextAnniversary(LocalDate.parse("2024-12-27")).toString(), account.getString("renewalDate"));
        assertEquals("US", account.getString("region"));
        assertEquals("DevTools", account.getString("segment"));

        assertEquals(83, count("select count(*) from observation where account_id = 'A-0a282f' and metric = 'feature_use'"));
        assertObservation("ravenstack:S-04fd47:U-4abe39:feature_use", "feature_use", "feature_34", 9,
                Instant.parse("2023-12-29T12:00:00Z"));
        assertObservation("ravenstack:T-ded4a8:ticket_opened", "ticket_opened", "sev1", 1,
                Instant.parse("2024-05-03T00:00:00Z"));
        assertObservation("ravenstack:T-ded4a8:ticket_resolved", "ticket_resolved", "sev1", 1,
                Instant.parse("2024-05-05T00:00:00Z"));
        assertObservation("ravenstack:T-ded4a8:csat", "csat", null, 5, Instant.parse("2024-05-05T00:00:00Z"));
        assertEquals(3, count("select count(*) from observation where account_id = 'A-0a282f' and metric = 'csat'"));

        given().get("/api/v1/accounts/A-0a282f/events").then().statusCode(200)
                .body("$", hasSize(4))
                .body("kind", contains("CHURN", "EXPANSION", "CONTRACTION", "CHURN"))
                .body("occurredAt", contains("2024-12-31T00:00:00Z", "2024-10-23T00:00:00Z", "2024-10-07T00:00:00Z",
                        "2024-10-06T00:00:00Z"))
                .body("id", contains("ravenstack:C-484fba:churn", "ravenstack:S-f615d2:expansion",
                        "ravenstack:S-b037c5:contraction", "ravenstack:C-100b97:churn"))
                .body("source", contains("ravenstack:churn_events", "ravenstack:subscriptions",
                        "ravenstack:subscriptions", "ravenstack:churn_events"))
                .body("[0].detail.reasonCode", equalTo("support"))
                .body("[0].detail.feedback", equalTo("too expensive"))
                .body("[0].detail.precedingDowngrade", equalTo(true))
                .body("[0].arrDelta", nullValue())
                .body("[1].detail.subscriptionId", equalTo("S-f615d2"))
                .body("[1].detail.datedBy", equalTo("start_date"))
                .body("[1].detail.plan", equalTo("PRO"));
    }

    @Test
    void reimportingTheFiveFilesChangesNothing() throws SQLException {
        importAllOnce();
        String before = fingerprint();
        for (String kind : FILES.keySet()) {
            JsonPath again = importFile(kind);
            long rows = FIRST.get(kind).getLong("rows");
            assertCounts(again, kind, rows, 0, rows);
            again.getMap("stored", String.class, Long.class).forEach((what, n) ->
                    assertEquals(0L, n, kind + " re-import stored " + n + " " + what));
        }
        assertEquals(before, fingerprint(), "accounts, subscriptions, observations and events are as they were");
    }

    private static void assertCounts(JsonPath view, String kind, long rows, long accepted, long duplicates) {
        assertEquals(kind, view.getString("kind"));
        assertEquals("ravenstack", view.getString("source"));
        assertEquals(rows, view.getLong("rows"), kind + " rows");
        assertEquals(accepted, view.getLong("accepted"), kind + " accepted");
        assertEquals(duplicates, view.getLong("duplicates"), kind + " duplicates");
        assertEquals(0, view.getLong("rejectedCount"), kind + " rejected: " + view.getList("rejected"));
        assertTrue(view.getList("rejected").isEmpty());
        assertTrue(view.getBoolean("complete"));
    }

    private static LocalDate nextAnniversary(LocalDate start) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate renewal = start.plusYears(1);
        while (renewal.isBefore(today)) {
            renewal = renewal.plusYears(1);
        }
        return renewal;
    }

    private void assertObservation(String id, String metric, String dimension, double value, Instant observedAt)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select account_id, metric, dimension, value, observed_at, source from observation where id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "observation " + id + " is stored");
                assertEquals("A-0a282f", r.getString("account_id"));
                assertEquals(metric, r.getString("metric"));
                assertEquals(dimension, r.getString("dimension"));
                assertEquals(value, r.getDouble("value"));
                assertEquals(observedAt, r.getTimestamp("observed_at").toInstant());
                assertEquals("ravenstack", r.getString("source"));
            }
        }
    }

    private Map<String, Long> eventKinds() throws SQLException {
        Map<String, Long> kinds = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select kind, count(*) from commercial_event where source like 'ravenstack:%' group by kind");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                kinds.put(r.getString(1), r.getLong(2));
            }
        }
        return kinds;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A digest of everything an import writes, so a re-import that changes any of it shows. */
    private String fingerprint() throws SQLException {
        String sql = """
                select (select md5(string_agg(a::text, '|' order by a.id)) from account a where a.id like 'A-%'),
                       (select md5(string_agg(s::text, '|' order by s.id)) from subscription s where s.source = 'ravenstack'),
                       (select count(*) || '/' || md5(string_agg(o.id || o.value || o.received_at, '|' order by o.id))
                          from observation o where o.source = 'ravenstack'),
                       (select count(*) || '/' || md5(string_agg(e.id || e.recorded_at, '|' order by e.id))
                          from commercial_event e where e.source like 'ravenstack:%')
                """;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4);
        }
    }
}
