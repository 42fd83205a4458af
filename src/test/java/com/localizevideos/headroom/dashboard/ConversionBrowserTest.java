package com.localizevideos.headroom.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.localizevideos.headroom.holdout.HoldoutPolicy;
import com.localizevideos.headroom.holdout.HoldoutProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * The Conversion page in headless Chromium, over {@link ConversionFixture} (seven accounts, three held out, made
 * through the API): every number on screen equals what the reports API answers an executive for the same filter,
 * before and after the filter changes; the charts are drawn from the same figures; a bad parameter is shown with its
 * name; a CS user is refused the page. Screenshots in {@code target/screenshots/conversion*.png}.
 */
@QuarkusTest
@TestProfile(HoldoutProfile.class)
class ConversionBrowserTest extends BrowserTest {
    private static final String PAGE = "/dashboard/conversion.html";
    private static final String PERIOD = "from=2026-01-01&to=2026-12-01";
    private static final JsonPathConfig DOUBLES = new JsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);
    private static ConversionFixture fixture;

    @Inject
    HoldoutPolicy holdout;

    @BeforeEach
    void fixture() {
        if (fixture == null) {
            fixture = ConversionFixture.create(holdout::isHeldOut);
        }
    }

    @AfterAll
    static void forgetTheFixture() {
        fixture = null;
    }

    @Test
    void anExecutiveSeesTheReportsNumbersAndAFilterChangeQueriesAgain() {
        String filter = PERIOD + "&segment=" + fixture.segment + "&by=region";
        Reports all = Reports.of(filter);
        // The fixture as the reports read it: seven first HIGHs, four treated and three held out, all windows closed.
        assertEquals(7, all.km.getInt("all.subjects"));
        assertEquals(4, all.km.getInt("treated.subjects"));
        assertEquals(3, all.uplift.getInt("overall.holdout.trials"));
        assertEquals(List.of("EMEA", "NA"), all.uplift.getList("cohorts.cohort"));
        assertEquals(4, all.churn.getInt("treated.accounts"));
        assertEquals(1, all.churn.getInt("treated.churn.successes"));
        assertFalse(all.rules.getList("rules").isEmpty());
        assertTrue(all.uplift.getDouble("overall.uplift.low") < 0 && all.uplift.getDouble("overall.uplift.high") > 0,
                "seven accounts cannot tell an uplift from chance");

        BrowserSession b = browser().open(PAGE + "?" + filter).login("exec").loaded();
        assertEquals(PAGE + "?" + filter, b.path());
        assertPageShows(b, all);
        assertEquals("interval includes 0: not distinguishable from chance",
                text(b.driver().findElement(By.cssSelector("#uplift-table tr[data-row=ALL] td[data-col=verdict]"))),
                "the page says plainly that the interval includes 0");
        assertChartsDrawn(b, all);
        wholePage(b, "conversion");

        WebElement region = b.driver().findElement(By.id("region"));
        region.clear();
        region.sendKeys("EMEA");
        b.driver().findElement(By.id("apply")).click();
        b.loaded();
        String emeaFilter = filter + "&region=EMEA";
        assertEquals(PAGE + "?" + PERIOD + "&segment=" + fixture.segment + "&region=EMEA&by=region", b.path());
        Reports emea = Reports.of(emeaFilter);
        // T1, T2 (treated) and H1, H3 (held out) are in EMEA.
        assertEquals(4, emea.km.getInt("all.subjects"));
        assertEquals(List.of("EMEA"), emea.uplift.getList("cohorts.cohort"));
        assertPageShows(b, emea);
        assertChartsDrawn(b, emea);
        wholePage(b, "conversion-emea");
    }

    @Test
    void aBadParameterIsShownWithItsName() {
        BrowserSession b = browser().open(PAGE + "?" + PERIOD + "&horizonDays=0&region=" + "r".repeat(65))
                .login("governance");
        WebElement error = b.waitFor(By.id("page-error"));
        assertTrue(error.getText().contains("horizonDays: horizonDays must be between 1 and 730, not 0"), error.getText());
        assertTrue(error.getText().contains("region: region must be 1 to 64 characters"), error.getText());
        assertEquals("error", b.driver().findElement(By.tagName("body")).getAttribute("data-loaded"));
        b.screenshot("conversion-bad-parameter");
    }

    @Test
    void aCsUserIsRefusedThePage() {
        BrowserSession b = browser().open("/dashboard/").login("cs").loaded();
        assertFalse(b.all(By.cssSelector("#nav a")).stream().map(WebElement::getText).toList().contains("Conversion"));
        b.open(PAGE);
        assertEquals("Not for your role", b.text(By.tagName("h1")));
        b.screenshot("conversion-refused-cs");
    }

    private static void assertPageShows(BrowserSession b, Reports r) {
        assertEquals(r.signals.getString("filter.from"), b.text(By.id("period-from")));
        assertEquals(r.signals.getString("filter.to"), b.text(By.id("period-to")));

        List<Map<String, Object>> signals = r.signals.getList("signals");
        assertEquals(signals.stream().map(s -> s.get("signal")).toList(), column(b, "signals-table", "signal"));
        for (String key : List.of("evaluations", "accounts", "actions", "heldOutActions", "responded", "accepted", "declined")) {
            assertEquals(signals.stream().map(s -> integer(s.get(key))).toList(), column(b, "signals-table", key), key);
        }
        assertEquals(signals.stream().map(s -> pct(s.get("conversionRate"))).toList(), column(b, "signals-table", "conversionRate"));
        assertEquals(signals.stream().map(s -> pct(s.get("acceptanceRate"))).toList(), column(b, "signals-table", "acceptanceRate"));

        List<Map<String, Object>> rules = r.rules.getList("rules");
        assertEquals(rules.stream().map(x -> x.get("rule")).toList(), column(b, "rules-table", "rule"));
        assertEquals(rules.stream().map(x -> x.get("playbook")).toList(), column(b, "rules-table", "playbook"));
        assertEquals(rules.stream().map(x -> x.get("file")).toList(), column(b, "rules-table", "file"));
        assertEquals(rules.stream().map(x -> x.get("sheet")).toList(), column(b, "rules-table", "sheet"));
        assertEquals(rules.stream().map(x -> integer(x.get("row"))).toList(), column(b, "rules-table", "row"));
        for (String key : List.of("actions", "heldOutActions", "accepted", "declined", "noResponse", "deferred", "pending")) {
            assertEquals(rules.stream().map(x -> integer(x.get(key))).toList(), column(b, "rules-table", key), key);
        }
        assertEquals(rules.stream().map(x -> pct(x.get("acceptanceRate"))).toList(), column(b, "rules-table", "acceptanceRate"));
        assertEquals(rules.stream().map(x -> pct(x.get("conversionRate"))).toList(), column(b, "rules-table", "conversionRate"));
        assertEquals(rules.stream().map(x -> money(x.get("realisedArr"))).toList(), column(b, "rules-table", "realisedArr"));
        assertEquals(rules.stream().map(x -> x.get("meanHelpfulRating") == null ? "—"
                : fixed((Double) x.get("meanHelpfulRating"), 2) + " (" + integer(x.get("helpfulRatings")) + ")").toList(),
                column(b, "rules-table", "meanHelpfulRating"));

        assertEquals(r.km.getString("censoredAt").replace("T", " ").replace("Z", " UTC"), b.text(By.id("censored-at")));
        for (String cohort : List.of("all", "treated", "holdout")) {
            for (String key : List.of("subjects", "expansions", "censored")) {
                assertEquals(integer(r.km.get(cohort + "." + key)), cell(b, "km-table", cohort, key), cohort + " " + key);
            }
            Object median = r.km.get(cohort + ".medianDays");
            assertEquals(median == null ? "not reached" : integer(median), cell(b, "km-table", cohort, "medianDays"));
        }
        assertKmSteps(b, r, "all");
        new Select(b.driver().findElement(By.id("km-curve"))).selectByValue("treated");
        assertKmSteps(b, r, "treated");
        new Select(b.driver().findElement(By.id("km-curve"))).selectByValue("all");

        assertEquals(String.valueOf(r.uplift.getInt("horizonDays")), b.text(By.id("uplift-horizon")));
        assertEquals(r.uplift.getString("by"), b.text(By.id("uplift-by")));
        assertEquals(integer(r.uplift.get("openWindowsExcluded")), b.text(By.id("uplift-open")));
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(r.uplift.getMap("overall"));
        rows.addAll(r.uplift.getList("cohorts"));
        assertEquals(rows.stream().map(x -> x.get("cohort")).toList(), rowIds(b, "uplift-table"));
        for (Map<String, Object> row : rows) {
            String cohort = (String) row.get("cohort");
            for (String side : List.of("treated", "holdout")) {
                Map<?, ?> arm = (Map<?, ?>) row.get(side);
                long trials = ((Number) arm.get("trials")).longValue();
                assertEquals(trials == 0 ? "—" : integer(arm.get("successes")) + " of " + integer(trials),
                        cell(b, "uplift-table", cohort, side));
                assertEquals(pct(arm.get("rate")), cell(b, "uplift-table", cohort, side + "Rate"));
                assertEquals(range(arm.get("low"), arm.get("high"), ConversionBrowserTest::pct),
                        cell(b, "uplift-table", cohort, side + "Interval"));
            }
            Map<?, ?> uplift = (Map<?, ?>) row.get("uplift");
            assertEquals(pts(uplift.get("difference")), cell(b, "uplift-table", cohort, "uplift"), cohort);
            assertEquals(range(uplift.get("low"), uplift.get("high"), ConversionBrowserTest::pts),
                    cell(b, "uplift-table", cohort, "upliftInterval"));
            assertEquals(verdict(uplift), cell(b, "uplift-table", cohort, "verdict"), cohort);
        }

        assertEquals(integer(r.churn.get("windowDays")), b.text(By.id("churn-window")));
        assertEquals(integer(r.churn.get("openWindowsExcluded")), b.text(By.id("churn-open")));
        for (String arm : List.of("treated", "holdout")) {
            assertEquals(integer(r.churn.get(arm + ".accounts")), cell(b, "churn-table", arm, "accounts"));
            assertEquals(integer(r.churn.get(arm + ".churn.successes")), cell(b, "churn-table", arm, "churned"));
            assertEquals(pct(r.churn.get(arm + ".churn.rate")), cell(b, "churn-table", arm, "churnRate"));
            assertEquals(range(r.churn.get(arm + ".churn.low"), r.churn.get(arm + ".churn.high"), ConversionBrowserTest::pct),
                    cell(b, "churn-table", arm, "churnInterval"));
            assertEquals(integer(r.churn.get(arm + ".csatResponses")), cell(b, "churn-table", arm, "csatResponses"));
            assertEquals(num(r.churn.get(arm + ".meanCsat"), 2), cell(b, "churn-table", arm, "meanCsat"));
        }
        assertEquals(pts(r.churn.get("excessChurn.difference")), b.text(By.id("excess-churn-value")));
        assertEquals(range(r.churn.get("excessChurn.low"), r.churn.get("excessChurn.high"), ConversionBrowserTest::pts),
                b.text(By.id("excess-churn-interval")));
        assertEquals(signed(r.churn.get("csatDifference"), 2), b.text(By.id("csat-difference")));
        assertEquals(num(r.churn.get("meanHelpfulRating"), 2), b.text(By.id("helpful-rating")));
        List<Map<String, Object>> byResponse = r.churn.getList("treatedByResponse");
        assertEquals(byResponse.stream().map(x -> x.get("response")).toList(), rowIds(b, "by-response-table"));
        for (Map<String, Object> row : byResponse) {
            String response = (String) row.get("response");
            assertEquals(integer(row.get("accounts")), cell(b, "by-response-table", response, "accounts"));
            assertEquals(integer(row.get("churned")), cell(b, "by-response-table", response, "churned"));
            assertEquals(pct(row.get("churnRate")), cell(b, "by-response-table", response, "churnRate"));
            assertEquals(num(row.get("meanCsat"), 2), cell(b, "by-response-table", response, "meanCsat"));
        }

        assertEquals(pts(r.uplift.get("overall.uplift.difference")), b.text(By.id("kpi-uplift")));
        assertEquals(pct(r.uplift.get("overall.treated.rate")), b.text(By.id("kpi-treated-rate")));
        assertEquals(pct(r.uplift.get("overall.holdout.rate")), b.text(By.id("kpi-holdout-rate")));
        Object treatedMedian = r.km.get("treated.medianDays");
        assertEquals(treatedMedian == null ? "not reached" : integer(treatedMedian), b.text(By.id("kpi-median-treated")));
        assertEquals(pts(r.churn.get("excessChurn.difference")), b.text(By.id("kpi-excess-churn")));
    }

    private static void assertKmSteps(BrowserSession b, Reports r, String cohort) {
        List<Map<String, Object>> steps = r.km.getList(cohort + ".curve");
        assertFalse(steps.isEmpty(), cohort + " has a curve");
        assertEquals(steps.stream().map(s -> integer(s.get("days"))).toList(), column(b, "km-steps-table", "days"));
        for (String key : List.of("atRisk", "expansions", "censored")) {
            assertEquals(steps.stream().map(s -> integer(s.get(key))).toList(), column(b, "km-steps-table", key), key);
        }
        assertEquals(steps.stream().map(s -> pct(s.get("notYetExpanded"))).toList(), column(b, "km-steps-table", "notYetExpanded"));
    }

    /** Charts are canvases: check each was drawn, and from the report's figures (ECharts' own option). */
    private static void assertChartsDrawn(BrowserSession b, Reports r) {
        for (String chart : List.of("signal-chart", "km-chart", "uplift-chart", "churn-chart")) {
            assertEquals("true", b.driver().findElement(By.id(chart)).getAttribute("data-ready"), chart);
            assertFalse(b.all(By.cssSelector("#" + chart + " canvas")).isEmpty(), chart + " is drawn");
        }
        JavascriptExecutor js = b.driver();
        assertEquals(r.signals.getList("signals.signal"),
                js.executeScript("return echarts.getInstanceByDom(document.getElementById('signal-chart')).getOption().yAxis[0].data"));
        for (int i = 0; i < 3; i++) {
            String cohort = List.of("all", "treated", "holdout").get(i);
            long points = ((Number) js.executeScript("return echarts.getInstanceByDom(document.getElementById('km-chart'))"
                    + ".getOption().series[" + i + "].data.length")).longValue();
            assertEquals(r.km.getList(cohort + ".curve").size() + 1, points, cohort + " curve starts at day 0, 100 %");
            assertEquals("end", js.executeScript("return echarts.getInstanceByDom(document.getElementById('km-chart'))"
                    + ".getOption().series[" + i + "].step"));
        }
        long upliftPoints = ((Number) js.executeScript("return echarts.getInstanceByDom(document.getElementById('uplift-chart'))"
                + ".getOption().series[1].data.length")).longValue();
        assertEquals(1 + r.uplift.getList("cohorts").size(), upliftPoints, "one uplift point per cohort with both arms");
    }

    /** A screenshot of the whole page, not only the window: the window grows to the page's height for it. */
    private static void wholePage(BrowserSession b, String name) {
        Dimension window = b.driver().manage().window().getSize();
        long height = ((Number) b.driver().executeScript("return document.documentElement.scrollHeight")).longValue();
        b.driver().manage().window().setSize(new Dimension(window.getWidth(), (int) Math.max(height, window.getHeight())));
        b.driver().executeScript("window.scrollTo(0, 0)");
        b.screenshot(name);
        b.driver().manage().window().setSize(window);
    }

    /** The five reports as an executive gets them for one filter. */
    private record Reports(JsonPath signals, JsonPath rules, JsonPath km, JsonPath uplift, JsonPath churn) {
        static Reports of(String filter) {
            return new Reports(report("conversion-by-signal", filter), report("conversion-by-rule", filter),
                    report("time-to-expansion", filter), report("uplift-by-cohort", filter), report("churn-impact", filter));
        }

        private static JsonPath report(String name, String filter) {
            String body = given().auth().preemptive().basic("exec", "exec-local").get("/api/v1/reports/" + name + "?" + filter)
                    .then().statusCode(200).extract().asString();
            return new JsonPath(body).using(DOUBLES);
        }
    }

    private static List<String> column(BrowserSession b, String table, String col) {
        return b.all(By.cssSelector("#" + table + " tbody td[data-col=" + col + "]")).stream()
                .map(ConversionBrowserTest::text).toList();
    }

    private static String cell(BrowserSession b, String table, String row, String col) {
        return text(b.driver().findElement(By.cssSelector("#" + table + " tr[data-row='" + row + "'] td[data-col=" + col + "]")));
    }

    private static List<String> rowIds(BrowserSession b, String table) {
        return b.all(By.cssSelector("#" + table + " tbody tr")).stream().map(tr -> tr.getAttribute("data-row")).toList();
    }

    /** What the cell holds, scrolled into view or not, with runs of white space as one space. */
    private static String text(WebElement element) {
        return element.getAttribute("textContent").replaceAll("\\s+", " ").trim();
    }

    // As the page formats: JavaScript's toFixed rounds the double's exact value half up, as BigDecimal does here.

    private static String fixed(double v, int digits) {
        String s = new BigDecimal(Math.abs(v)).setScale(digits, RoundingMode.HALF_UP).toPlainString();
        return v < 0 ? "-" + s : s;
    }

    private static String integer(Object v) {
        return v == null ? "—" : String.format("%,d", Math.round(((Number) v).doubleValue()));
    }

    private static String pct(Object v) {
        return v == null ? "—" : fixed(100 * ((Number) v).doubleValue(), 1) + "%";
    }

    private static String pts(Object v) {
        if (v == null) {
            return "—";
        }
        double d = ((Number) v).doubleValue();
        return (d >= 0 ? "+" : "") + fixed(100 * d, 1) + " pts";
    }

    private static String num(Object v, int digits) {
        return v == null ? "—" : fixed(((Number) v).doubleValue(), digits);
    }

    private static String signed(Object v, int digits) {
        return v == null ? "—" : (((Number) v).doubleValue() >= 0 ? "+" : "") + num(v, digits);
    }

    private static String money(Object v) {
        return v == null ? "—" : "$" + String.format("%,d", Math.round(((Number) v).doubleValue()));
    }

    private static String range(Object low, Object high, java.util.function.Function<Object, String> format) {
        return low == null ? "—" : format.apply(low) + " to " + format.apply(high);
    }

    private static String verdict(Map<?, ?> difference) {
        if (difference.get("difference") == null) {
            return "no comparison: an arm has no accounts";
        }
        double low = ((Number) difference.get("low")).doubleValue();
        double high = ((Number) difference.get("high")).doubleValue();
        if (low <= 0 && high >= 0) {
            return "interval includes 0: not distinguishable from chance";
        }
        return low > 0 ? "above 0: offers lifted expansion" : "below 0: fewer expanded with offers";
    }
}
