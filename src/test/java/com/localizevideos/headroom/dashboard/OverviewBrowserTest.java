package com.localizevideos.headroom.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.localizevideos.headroom.commercial.CommercialEvent;
import com.localizevideos.headroom.commercial.CommercialEventKind;
import com.localizevideos.headroom.commercial.CommercialEventService;
import com.localizevideos.headroom.evaluation.SampleAccount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The Overview page in headless Chromium: an executive sees the figures of the four reports it reads — KPI tiles and
 * the tables under the charts — exactly as {@code GET /api/v1/reports/...} answers them for the same filters, before
 * and after a filter change; the charts are drawn; a CS user is refused the page. Two accounts of a segment of their
 * own are built through the API (master data, observations, decisions, responses); their commercial events go through
 * the service the imports use, as no API endpoint writes them.
 */
@QuarkusTest
class OverviewBrowserTest extends BrowserTest {
    private static final String PAGE = "/dashboard/overview.html";
    private static final String FROM = "2026-08-01";
    private static final String TO = "2026-12-01";
    private static final List<String> CHARTS = List.of("pipeline-chart", "nrr-chart", "forecast-chart", "growth-chart");
    private static String segment;

    @Inject
    CommercialEventService events;

    /**
     * A BUSINESS account in EMEA (ARR 9,588 now) that accepted its offer (+7,200, also an EXPANSION event on 26 Nov)
     * and a PRO account in NA (ARR 2,388 now, 3,388 before a contraction on 15 Sep) that declined it.
     */
    @BeforeEach
    void fixture() {
        if (segment != null) {
            return;
        }
        segment = "ovw-" + UUID.randomUUID().toString().substring(0, 8);
        String accepted = account("BUSINESS", "EMEA", 9588, false);
        String declined = account("PRO", "NA", 2388, true);
        respond(accepted, "ACCEPTED", "7200.00", "2026-11-26T09:00:00Z");
        respond(declined, "DECLINED", "null", "2026-11-25T09:00:00Z");
        events.record(List.of(
                event(accepted, CommercialEventKind.EXPANSION, "2026-11-26T09:00:00Z", "7200"),
                event(declined, CommercialEventKind.CONTRACTION, "2026-09-15T00:00:00Z", "-1000")));
    }

    private String account(String plan, String region, int arr, boolean strategic) {
        SampleAccount a = SampleAccount.nearQuota(false);
        a.put("""
                {"name": "Overview %s", "plan": "%s", "seatsLicensed": 20, "arr": %d,
                 "billingCycleStart": "2026-10-01", "renewalDate": "2027-09-30", "region": "%s",
                 "segment": "%s", "strategic": %s, "doNotContact": false, "inDunning": false, "owner": "csm.anna"}
                """.formatted(plan, plan, arr, region, segment, strategic));
        a.evaluate(SampleAccount.AS_OF);
        return a.id();
    }

    private static void respond(String accountId, String response, String arrDelta, String at) {
        String actionId = given().queryParam("accountId", accountId).get("/api/v1/actions").then().statusCode(200)
                .extract().path("items[0].id");
        given().contentType(ContentType.JSON)
                .body("{\"response\": \"%s\", \"arrDelta\": %s, \"respondedAt\": \"%s\"}".formatted(response, arrDelta, at))
                .post("/api/v1/actions/" + actionId + "/outcome").then().statusCode(201);
    }

    private static CommercialEvent event(String accountId, CommercialEventKind kind, String at, String arrDelta) {
        return new CommercialEvent("overview-test:" + accountId + ":" + kind, accountId, kind, Instant.parse(at),
                new BigDecimal(arrDelta), "overview-test", null);
    }

    @AfterAll
    static void forgetTheFixture() {
        segment = null;
    }

    @Test
    void anExecutiveSeesTheReportsFiguresAndAFilterChangeUpdatesThem() {
        Map<String, String> filter = new LinkedHashMap<>(Map.of("from", FROM, "to", TO, "segment", segment));
        Reports all = Reports.fetch(filter);
        // The fixture is on screen, not an empty page that would trivially match an empty answer.
        assertEquals(2, all.pipeline.getInt("total.accounts"));
        assertEquals(7200.0, all.growth.getDouble("expansionArr"));
        assertEquals(List.of("2026-08", "2026-09", "2026-10", "2026-11"), all.nrr.getList("months.key"));
        assertEquals(List.of("2026-11"), all.forecast.getList("months.month"));

        BrowserSession b = browser().open(PAGE + "?from=" + FROM + "&to=" + TO + "&segment=" + segment)
                .login("exec").loaded();
        assertEquals(PAGE + "?from=" + FROM + "&to=" + TO + "&segment=" + segment, b.path(), "back on the page after login");
        assertEquals(segment, b.driver().findElement(By.id("segment")).getAttribute("value"));
        assertShows(b, all);
        for (String chart : CHARTS) {
            assertEquals("true", b.driver().findElement(By.id(chart)).getAttribute("data-ready"), chart);
            assertFalse(b.all(By.cssSelector("#" + chart + " canvas")).isEmpty(), chart + " is drawn");
        }
        b.screenshot("overview");

        String before = b.text(By.id("kpi-pipeline"));
        new Select(b.driver().findElement(By.id("plan"))).selectByVisibleText("PRO");
        b.driver().findElement(By.id("apply")).click();
        b.loaded();
        filter.put("plan", "PRO");
        Reports pro = Reports.fetch(filter);
        assertEquals(1, pro.pipeline.getInt("total.accounts"));
        assertShows(b, pro);
        assertNotEquals(before, b.text(By.id("kpi-pipeline")), "the pipeline tile follows the plan filter");
        assertTrue(b.path().contains("plan=PRO"), "the filter is kept in the address: " + b.path());
        b.screenshot("overview-pro");
    }

    @Test
    void theOverviewIsOnTheHomePageOfTheRolesThatMayOpenIt() {
        BrowserSession b = browser().open("/dashboard/").login("governance").loaded();
        assertTrue(b.text(By.cssSelector("#pages a[data-page='" + PAGE + "']")).contains("NRR trend"));
        b.driver().findElement(By.cssSelector("#nav a[data-page='" + PAGE + "']")).click();
        b.at(PAGE);
        assertEquals("Overview", b.text(By.tagName("h1")));
    }

    @Test
    void aFilterTheReportsRefuseIsShownWithTheirProblem() {
        BrowserSession b = browser().open(PAGE).login("exec").loaded();
        b.driver().findElement(By.id("segment")).sendKeys("s".repeat(65));
        b.driver().findElement(By.id("apply")).click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(20))
                .until(d -> "error".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
        assertTrue(b.text(By.id("page-error")).contains("segment: segment must be 1 to 64 characters"),
                b.text(By.id("page-error")));
    }

    @Test
    void customerSuccessIsRefusedTheOverview() {
        BrowserSession b = browser().open("/dashboard/").login("cs").loaded();
        assertTrue(b.all(By.cssSelector("#nav a[data-page='" + PAGE + "']")).isEmpty(), "not in the navigation of cs");
        b.open(PAGE);
        assertEquals("Not for your role", b.text(By.tagName("h1")));
        assertTrue(b.text(By.id("refusal")).contains("User 'cs' may not call GET " + PAGE), b.text(By.id("refusal")));
        b.screenshot("overview-refused-cs");
    }

    /** What the page reads, fetched as the executive for the same filters. */
    private record Reports(JsonPath pipeline, JsonPath nrr, JsonPath forecast, JsonPath growth) {
        static Reports fetch(Map<String, String> filter) {
            return new Reports(get("pipeline", filter), get("nrr", filter), get("forecast-accuracy", filter),
                    get("growth-efficiency", filter));
        }

        private static JsonPath get(String report, Map<String, String> filter) {
            return given().auth().preemptive().basic("exec", "exec-local").queryParams(filter)
                    .get("/api/v1/reports/" + report).then().statusCode(200).extract().jsonPath();
        }
    }

    private static void assertShows(BrowserSession b, Reports r) {
        assertMoney(r.pipeline.get("total.expectedValue"), b.text(By.id("kpi-pipeline")), "pipeline tile");
        List<Map<String, Object>> cells = r.pipeline.getList("byTierAndChannel");
        assertEquals(cells.stream().map(c -> c.get("tier") + "/" + c.get("channel")).toList(), rows(b, "pipeline-table"));
        for (Map<String, Object> c : cells) {
            WebElement row = row(b, "pipeline-table", c.get("tier") + "/" + c.get("channel"));
            assertInt(c.get("accounts"), cell(row, "accounts"), "pipeline accounts");
            assertMoney(c.get("arrDelta"), cell(row, "arrDelta"), "pipeline ARR potential");
            assertMoney(c.get("expectedValue"), cell(row, "expectedValue"), "pipeline expected value");
            assertPercent(c.get("meanProbability"), cell(row, "meanProbability"), 0, "pipeline probability");
        }

        List<Map<String, Object>> months = r.nrr.getList("months");
        assertEquals(months.stream().map(m -> m.get("key")).toList(), rows(b, "nrr-table"));
        for (Map<String, Object> m : months) {
            WebElement row = row(b, "nrr-table", (String) m.get("key"));
            assertInt(m.get("customers"), cell(row, "customers"), "NRR customers");
            for (String money : List.of("startArr", "expansion", "contraction", "churn")) {
                assertMoney(m.get(money), cell(row, money), "NRR " + money + " of " + m.get("key"));
            }
            assertPercent(m.get("nrr"), cell(row, "nrr"), 1, "NRR of " + m.get("key"));
            assertPercent(m.get("grr"), cell(row, "grr"), 1, "GRR of " + m.get("key"));
        }
        Map<String, Object> latest = months.get(months.size() - 1);
        assertEquals(("NRR, " + latest.get("key")).toUpperCase(), b.text(By.id("kpi-nrr-label")).toUpperCase());
        assertPercent(latest.get("nrr"), b.text(By.id("kpi-nrr")), 1, "NRR tile");

        assertMoney(r.forecast.get("total.predicted"), b.text(By.id("kpi-predicted")), "forecast tile");
        assertMoney(r.forecast.get("total.realised"), b.text(By.id("kpi-realised")), "realised tile");
        List<Map<String, Object>> forecast = r.forecast.getList("months");
        assertEquals(forecast.stream().map(m -> m.get("month")).toList(), rows(b, "forecast-table"));
        for (Map<String, Object> m : forecast) {
            WebElement row = row(b, "forecast-table", (String) m.get("month"));
            assertInt(m.get("accounts"), cell(row, "accounts"), "forecast accounts");
            assertMoney(m.get("predicted"), cell(row, "predicted"), "forecast of " + m.get("month"));
            assertMoney(m.get("realised"), cell(row, "realised"), "realised of " + m.get("month"));
            assertPercent(m.get("realisedToPredicted"), cell(row, "realisedToPredicted"), 0, "ratio of " + m.get("month"));
            assertEquals(Boolean.TRUE.equals(m.get("complete")) ? "yes" : "open", cell(row, "complete"));
        }

        assertNumber(r.growth.get("contactsPerAcceptedExpansion"), b.text(By.id("kpi-contacts-per-yes")), 1,
                "contacts per accepted expansion");
        assertMoney(r.growth.get("expansionArrPerHumanContact"), b.text(By.id("kpi-arr-per-contact")),
                "expansion ARR per human contact");
        assertInt(r.growth.get("accountsContacted"), b.text(By.id("growth-accounts")), "accounts contacted");
        assertInt(r.growth.get("automatedPrompts"), b.text(By.id("growth-prompts")), "automated prompts");
        assertMoney(r.growth.get("realisedArrFromHumanContacts"), b.text(By.id("growth-realised")), "realised ARR");
        List<Map<String, Object>> channels = r.growth.getList("byChannel");
        assertEquals(channels.stream().map(c -> c.get("channel")).toList(), rows(b, "growth-table"));
        for (Map<String, Object> c : channels) {
            WebElement row = row(b, "growth-table", (String) c.get("channel"));
            assertInt(c.get("actions"), cell(row, "actions"), "actions on " + c.get("channel"));
            assertInt(c.get("accepted"), cell(row, "accepted"), "accepted on " + c.get("channel"));
            assertMoney(c.get("realisedArr"), cell(row, "realisedArr"), "realised ARR on " + c.get("channel"));
        }
    }

    private static List<String> rows(BrowserSession b, String table) {
        return b.all(By.cssSelector("#" + table + " tbody tr")).stream().map(r -> r.getAttribute("data-row")).toList();
    }

    private static WebElement row(BrowserSession b, String table, String key) {
        return b.driver().findElement(By.cssSelector("#" + table + " tr[data-row='" + key + "']"));
    }

    private static String cell(WebElement row, String column) {
        return row.findElement(By.cssSelector("td[data-col=" + column + "]")).getText().trim();
    }

    /** Money is shown in whole dollars: {@code $7,200}, {@code -$1,000}. */
    private static void assertMoney(Object api, String shown, String what) {
        if (api == null) {
            assertEquals("—", shown, what);
            return;
        }
        long dollars = Math.round(((Number) api).doubleValue());
        assertEquals((dollars < 0 ? "-$" : "$") + String.format("%,d", Math.abs(dollars)), shown, what);
    }

    private static void assertInt(Object api, String shown, String what) {
        assertEquals(String.format("%,d", ((Number) api).longValue()), shown, what);
    }

    /** A ratio shown as a percentage with {@code digits} decimals: equal up to the display's rounding. */
    private static void assertPercent(Object api, String shown, int digits, String what) {
        if (api == null) {
            assertEquals("—", shown, what);
            return;
        }
        assertTrue(shown.endsWith("%"), what + ": " + shown);
        assertNumber(100 * ((Number) api).doubleValue(), shown.substring(0, shown.length() - 1), digits, what);
    }

    private static void assertNumber(Object api, String shown, int digits, String what) {
        if (api == null) {
            assertEquals("—", shown, what);
            return;
        }
        double expected = ((Number) api).doubleValue();
        assertEquals(expected, Double.parseDouble(shown.replace(",", "")), 0.5 * Math.pow(10, -digits) + 1e-9,
                what + ": " + shown);
    }
}
