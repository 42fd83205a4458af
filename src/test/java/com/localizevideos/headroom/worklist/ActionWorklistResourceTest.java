package com.localizevideos.headroom.worklist;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.evaluation.SampleAccount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The CS worklist over real evaluations and outcomes; delivery is off in this profile (no webhook URL). */
@QuarkusTest
class ActionWorklistResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    DataSource dataSource;

    @Test
    void actionsOfAnAccountNewestFirstWithStatusFromTheLatestResponse() throws SQLException {
        SampleAccount account = SampleAccount.nearQuota(false);
        // The later calls decide as of earlier days, so the contact caps (which count decisions as of the window up to
        // asOf) do not hold their actions; a third evaluation leaves its action without a response (OPEN).
        JsonPath first = account.evaluate(SampleAccount.AS_OF).jsonPath();
        JsonPath second = account.evaluate("2026-11-23T12:00:00Z").jsonPath();
        List<String> older = first.getList("actions.id");
        List<String> newer = second.getList("actions.id");
        assertTrue(older.size() >= 1 && newer.size() >= 1, "the sample starts actions in both decisions");
        String owner = "csm.worklist-" + UUID.randomUUID().toString().substring(0, 8);
        // Routing assigns owners; here one evaluation's actions are given to one CSM by hand.
        execute("update expansion_action set owner = ? where evaluation_id = ?", owner, UUID.fromString(second.getString("id")));
        outcome(newer.get(0), "DEFERRED", "2026-11-25T09:00:00Z");
        outcome(newer.get(0), "ACCEPTED", "2026-11-27T09:00:00Z");
        outcome(older.get(0), "DECLINED", "2026-11-26T09:00:00Z"); // after its asOf (2026-11-24T12:00)

        JsonPath all = given().queryParam("accountId", account.id()).get("/api/v1/actions").then().statusCode(200)
                .body("total", equalTo(older.size() + newer.size()))
                .body("items.accountName", everyItem(equalTo("Northwind Media")))
                .body("items.playbook", everyItem(notNullValue()))
                .body("items.reason", everyItem(notNullValue()))
                .extract().jsonPath();
        List<String> ids = all.getList("items.id");
        assertEquals(Set.copyOf(newer), Set.copyOf(ids.subList(0, newer.size())), "the newer evaluation's actions come first");
        List<Instant> created = all.getList("items.createdAt", String.class).stream().map(Instant::parse).toList();
        for (int i = 1; i < created.size(); i++) {
            assertTrue(!created.get(i).isAfter(created.get(i - 1)), "newest first: " + created);
        }
        assertEquals("ACCEPTED", all.getString("items.find { it.id == '" + newer.get(0) + "' }.status"));
        assertEquals("2026-11-27T09:00:00Z", all.getString("items.find { it.id == '" + newer.get(0) + "' }.respondedAt"));
        assertEquals("DECLINED", all.getString("items.find { it.id == '" + older.get(0) + "' }.status"));
        List<String> unanswered = new java.util.ArrayList<>(ids);
        unanswered.removeAll(List.of(newer.get(0), older.get(0)));
        for (String id : unanswered) {
            assertEquals("OPEN", all.getString("items.find { it.id == '" + id + "' }.status"));
        }
        SampleAccount other = SampleAccount.nearQuota(false);
        String open = other.evaluate(SampleAccount.AS_OF).jsonPath().getString("actions[0].id");
        given().queryParam("accountId", other.id()).get("/api/v1/actions").then().statusCode(200)
                .body("items.find { it.id == '" + open + "' }.status", equalTo("OPEN"));

        given().queryParam("owner", owner).get("/api/v1/actions").then().statusCode(200)
                .body("total", equalTo(newer.size())).body("items.id", containsInAnyOrder(newer.toArray()))
                .body("items.owner", everyItem(equalTo(owner)));
        given().queryParam("owner", owner).queryParam("status", "OPEN").get("/api/v1/actions").then().statusCode(200)
                .body("total", equalTo(newer.size() - 1)).body("items.status", everyItem(equalTo("OPEN")));
        given().queryParam("owner", owner).queryParam("status", "ACCEPTED").get("/api/v1/actions").then()
                .statusCode(200).body("items.id", equalTo(List.of(newer.get(0))));
        given().queryParam("owner", owner).queryParam("status", "DEFERRED").get("/api/v1/actions").then()
                .statusCode(200).body("total", equalTo(0)).body("items", empty());
        given().queryParam("accountId", account.id()).queryParam("status", "declined").get("/api/v1/actions").then()
                .statusCode(200).body("items.id", equalTo(List.of(older.get(0))));
        given().queryParam("accountId", account.id()).queryParam("channel", "CS_LED").get("/api/v1/actions").then()
                .statusCode(200).body("total", equalTo(older.size() + newer.size()))
                .body("items.channel", everyItem(equalTo("CS_LED")));
        given().queryParam("accountId", account.id()).queryParam("channel", "AUTOMATED").get("/api/v1/actions").then()
                .statusCode(200).body("total", equalTo(0));
        given().queryParam("accountId", account.id()).queryParam("page", 1).queryParam("size", 1).get("/api/v1/actions")
                .then().statusCode(200).body("page", equalTo(1)).body("size", equalTo(1))
                .body("total", equalTo(older.size() + newer.size())).body("items.id", equalTo(List.of(ids.get(1))));

        assertEquals(0, count("select count(*) from delivery where account_id = ?", account.id()),
                "without a webhook URL no outbox rows are written");
    }

    @Test
    void theContactFilterSeparatesPeoplesWorkFromInProductPrompts() throws SQLException {
        SampleAccount account = SampleAccount.nearQuota(false);
        List<String> started = account.evaluate(SampleAccount.AS_OF).jsonPath().getList("actions.id");
        assertTrue(!started.isEmpty(), "the sample starts an action");
        // Routing decides the channel; here one action is made an in-product prompt by hand, the rest stay human.
        execute("update expansion_action set channel = 'AUTOMATED' where id = ?", UUID.fromString(started.get(0)));

        given().queryParam("accountId", account.id()).queryParam("contact", "human").get("/api/v1/actions").then()
                .statusCode(200).body("total", equalTo(started.size() - 1))
                .body("items.channel", everyItem(not(equalTo("AUTOMATED"))))
                .body("items.id", not(hasItem(started.get(0))));
        given().queryParam("accountId", account.id()).queryParam("contact", "automated").get("/api/v1/actions").then()
                .statusCode(200).body("total", equalTo(1)).body("items.id", equalTo(List.of(started.get(0))));
        given().queryParam("accountId", account.id()).get("/api/v1/actions").then()
                .statusCode(200).body("total", equalTo(started.size()));
    }

    @Test
    void everyBadParameterIsNamed() {
        given().queryParam("owner", "x".repeat(101)).queryParam("status", "CLOSED").queryParam("channel", "EMAIL")
                .queryParam("contact", "robots")
                .queryParam("page", "two").queryParam("size", "0").get("/api/v1/actions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("problems.field", containsInAnyOrder("owner", "status", "channel", "contact", "page", "size"))
                .body("problems.find { it.field == 'contact' }.message", containsString("automated, human"))
                .body("problems.find { it.field == 'status' }.message",
                        containsString("OPEN, ACCEPTED, DECLINED, NO_RESPONSE, DEFERRED"))
                .body("problems.find { it.field == 'channel' }.message",
                        containsString("AUTOMATED, CS_LED, SALES_AND_EXEC, EXECUTIVE_SPONSOR"));
        given().queryParam("size", "201").get("/api/v1/actions").then().statusCode(400)
                .body("problems[0].field", equalTo("size"));
    }

    private static void outcome(String actionId, String response, String respondedAt) {
        given().contentType(ContentType.JSON).body("""
                {"response": "%s", "respondedAt": "%s"}""".formatted(response, respondedAt))
                .post("/api/v1/actions/" + actionId + "/outcome").then().statusCode(201);
    }

    private void execute(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            assertTrue(ps.executeUpdate() > 0);
        }
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
}
