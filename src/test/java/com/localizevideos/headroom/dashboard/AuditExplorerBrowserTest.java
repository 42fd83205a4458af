package com.localizevideos.headroom.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.localizevideos.headroom.audit.chain.ChainSealer;
import com.localizevideos.headroom.evaluation.SampleAccount;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The audit explorer's replay and chain panel in a real browser, as a governance reviewer: a stored decision replays
 * identically on the page as through the API, and the chain panel shows what {@code GET /api/v1/audit/verify} answers —
 * also after a fact of that decision is changed in PostgreSQL, when the replay names the differences and the panel
 * names the broken link. The fact is put back afterwards, so the chain verifies again for later tests.
 */
@QuarkusTest
class AuditExplorerBrowserTest extends BrowserTest {

    @Inject
    ChainSealer sealer;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void governanceReplaysADecisionAndSeesTheChainBreakAtItsLink() throws Exception {
        String id = SampleAccount.nearQuota(false).evaluate(SampleAccount.AS_OF).path("id");
        sealer.sealAll();
        long seq = Long.parseLong(string("select seq::text from audit_chain where kind = 'EVALUATION' and record_id = '"
                + id + "'"));
        JsonPath replay = given().post("/api/v1/audit/evaluations/" + id + "/replay").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(replay.getBoolean("identical"), "a fresh decision replays identically");
        JsonPath verify = verify();
        assertTrue(verify.getBoolean("ok"), "the chain verifies before the test breaks it: " + verify.prettify());

        BrowserSession b = browser().open("/dashboard/audit.html?id=" + id).login("governance")
                .at("/dashboard/audit.html?id=" + id);
        assertChainPanelShows(b, verify);
        assertTrue(b.all(By.id("chain-broken")).isEmpty());
        // opening the page reads the latest recorded walk (the one above) instead of walking the chain again
        assertTrue(b.text(By.id("chain-when")).matches("Verified \\d{4}-\\d\\d-\\d\\d .* UTC by admin in [0-9.]+ s\\."),
                b.text(By.id("chain-when")));

        b.driver().findElement(By.id("replay")).click();
        b.loaded().waitFor(By.id("replay-answer"));
        assertReplayShows(b, replay);
        assertTrue(b.text(By.id("replay-verdict")).startsWith("Identical"), b.text(By.id("replay-verdict")));
        assertEquals("Every recorded output was replayed.", b.text(By.id("replay-not-replayed")));
        b.screenshot("audit-replay-identical");

        String facts = string("select facts::text from evaluation where id = '" + id + "'");
        try {
            tamper("update evaluation set facts = jsonb_set(facts, '{minutesUsed}', '300') where id = '" + id + "'");
            JsonPath broken = verify();
            assertFalse(broken.getBoolean("ok"));
            assertEquals(seq, broken.getLong("firstBroken.seq"));
            assertEquals(List.of("facts"), broken.getList("firstBroken.changedParts"));

            b.driver().findElement(By.id("chain-verify")).click();
            b.loaded().waitFor(By.id("chain-broken"));
            assertChainPanelShows(b, broken);
            assertEquals("Verified just now.", b.text(By.id("chain-when")));
            assertEquals(String.valueOf(seq), b.text(By.id("chain-broken-seq")));
            assertEquals("EVALUATION", b.text(By.id("chain-broken-kind")));
            assertEquals(id, b.text(By.id("chain-broken-record")));
            assertEquals(broken.getString("firstBroken.problem"), b.text(By.id("chain-broken-problem")));
            assertEquals("facts", b.text(By.id("chain-broken-parts")));
            assertEquals(broken.getString("firstBroken.detail"), b.text(By.id("chain-broken-detail")));

            JsonPath differs = given().post("/api/v1/audit/evaluations/" + id + "/replay").then().statusCode(200)
                    .extract().jsonPath();
            assertFalse(differs.getBoolean("identical"));
            b.driver().findElement(By.id("replay")).click();
            b.loaded().waitFor(By.cssSelector("#replay-answer[data-identical=false]"));
            assertReplayShows(b, differs);
            assertTrue(b.text(By.id("replay-verdict")).startsWith("Not identical: "
                    + differs.getList("differences").size() + " difference(s)"), b.text(By.id("replay-verdict")));
            assertEquals(differs.getList("differences.path"), b.all(By.cssSelector("#replay-differences-table tbody tr"))
                    .stream().map(r -> r.getAttribute("data-row")).toList());
            // The stored input was changed without its derived figures: the replay recomputes them.
            assertEquals(differs.getString("differences.find { it.path == 'facts.minutesSaturation' }.replayed"),
                    b.text(By.cssSelector("#replay-differences-table tr[data-row='facts.minutesSaturation'] "
                            + "td[data-col=replayed]")));
            b.screenshot("audit-chain-broken");
        } finally {
            tamper("update evaluation set facts = '" + facts.replace("'", "''") + "'::jsonb where id = '" + id + "'");
        }
        JsonPath mended = verify();
        assertTrue(mended.getBoolean("ok"), "the chain verifies again once the fact is put back");
        b.driver().findElement(By.id("chain-verify")).click();
        b.loaded();
        assertChainPanelShows(b, mended);
        assertTrue(b.all(By.id("chain-broken")).isEmpty());
    }

    /** The panel's status, counts and head as the API answered them. */
    private static void assertChainPanelShows(BrowserSession b, JsonPath verify) {
        assertEquals(String.valueOf(verify.getBoolean("ok")),
                b.driver().findElement(By.id("chain-status")).getAttribute("data-ok"));
        assertEquals(verify.getBoolean("ok") ? "Verified" : verify.get("firstBroken") != null ? "Broken"
                : "Records outside the chain", b.text(By.id("chain-status")));
        assertEquals(String.format("%,d", verify.getLong("verified")), b.text(By.id("chain-verified")));
        assertEquals(String.format("%,d", verify.getLong("sealed")), b.text(By.id("chain-sealed")));
        assertEquals(String.format("%,d", verify.getLong("unsealed")), b.text(By.id("chain-unsealed")));
        if (verify.get("head") == null) { // broken at the first link: nothing verified
            assertEquals("No link verified yet.", b.text(By.id("chain-head-hash")));
        } else {
            assertEquals(verify.getString("head.chainHash"), b.text(By.id("chain-head-hash")));
            assertEquals(String.valueOf(verify.getLong("head.seq")), b.text(By.id("chain-head-seq")));
        }
    }

    /** Each replayed group in the API's order, and which of them differ. */
    private static void assertReplayShows(BrowserSession b, JsonPath replay) {
        assertEquals(String.valueOf(replay.getBoolean("identical")),
                b.driver().findElement(By.id("replay-answer")).getAttribute("data-identical"));
        List<WebElement> rows = b.all(By.cssSelector("#replay-groups-table tbody tr"));
        assertEquals(replay.getList("groups"), rows.stream().map(r -> r.getAttribute("data-row")).toList());
        List<Map<String, Object>> differences = replay.getList("differences");
        for (WebElement row : rows) {
            String group = row.getAttribute("data-row");
            long n = differences.stream().filter(d -> group.equals(d.get("group"))).count();
            assertEquals(n == 0 ? "identical" : n + (n == 1 ? " difference" : " differences"),
                    row.findElement(By.cssSelector("td[data-col=result]")).getText().trim(), group);
        }
    }

    private static JsonPath verify() {
        return given().get("/api/v1/audit/verify").then().statusCode(200).extract().jsonPath();
    }

    /** Runs {@code sql} with the evaluation's append-only trigger disabled, in one transaction. */
    private void tamper(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("alter table evaluation disable trigger evaluation_append_only");
            s.execute(sql);
            s.execute("alter table evaluation enable trigger evaluation_append_only");
            c.commit();
        }
    }

    private String string(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }
}
