package com.localizevideos.headroom.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.localizevideos.headroom.evaluation.SampleAccount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The dashboards in a real browser (headless Chromium): log in through the form as each role, open the pages, compare
 * what is on screen with what the API answers for the same data, record an outcome in place, and get refused where
 * the role may not go. Every page visited is saved to {@code target/screenshots/}.
 */
@QuarkusTest
class DashboardBrowserTest extends BrowserTest {
    private static SampleAccount account;
    private static JsonPath evaluation;

    /** One account near its quota, evaluated once (as admin), shared by the tests: made at the first test. */
    @BeforeEach
    void fixture() {
        if (account == null) {
            account = SampleAccount.nearQuota(false);
            Response evaluated = account.evaluate(SampleAccount.AS_OF);
            evaluation = evaluated.jsonPath();
        }
    }

    @AfterAll
    static void forgetTheFixture() {
        account = null;
    }

    @Test
    void eachRoleSeesTheNavigationOfItsRoleAfterLoggingIn() {
        Map<String, List<String>> navigation = Map.of(
                "cs", List.of("Home", "Accounts", "CS worklist"),
                "governance", List.of("Home", "Overview", "Conversion", "Accounts", "CS worklist", "Audit explorer", "Rule sets"),
                "exec", List.of("Home", "Overview", "Conversion", "Accounts"),
                "admin", List.of("Home", "Overview", "Conversion", "Accounts", "CS worklist", "Audit explorer", "Rule sets"),
                "growth", List.of("Home", "CS worklist", "Rule sets"),
                "app", List.of("Home"));
        for (var role : navigation.entrySet()) {
            BrowserSession b = browser().open("/dashboard/").login(role.getKey()).loaded();
            assertEquals("/dashboard/", b.path(), role.getKey() + " lands on the home page");
            assertEquals(role.getKey(), b.text(By.id("user")));
            assertEquals(role.getValue(), b.all(By.cssSelector("#nav a")).stream().map(WebElement::getText).toList(),
                    "navigation of " + role.getKey());
            b.screenshot("home-" + role.getKey());
            b.logout();
        }
        BrowserSession b = browser().open("/dashboard/").login("app").loaded();
        assertTrue(b.text(By.id("no-pages")).contains("no dashboards"));
    }

    @Test
    void loggingOutEndsTheSession() {
        BrowserSession b = browser().open("/dashboard/").login("governance").loaded();
        b.driver().findElement(By.id("logout")).click();
        b.waitFor(By.id("login-form"));
        b.open("/dashboard/audit.html");
        assertTrue(b.path().startsWith("/dashboard/login.html?next="), "after logout the page asks for a login: " + b.path());
    }

    @Test
    void aWrongPasswordIsRefusedOnTheLoginForm() {
        BrowserSession b = browser().open("/dashboard/login.html").login("cs", "not-the-password");
        b.waitFor(By.id("login-error"));
        assertTrue(b.path().startsWith("/dashboard/login.html"), b.path());
        b.screenshot("login-refused");
    }

    @Test
    void aPageOpenedWithoutLoginComesBackAfterTheLogin() {
        BrowserSession b = browser().open("/dashboard/account.html?id=" + account.id());
        assertTrue(b.path().startsWith("/dashboard/login.html?next="), b.path());
        b.screenshot("login");
        b.login("exec").at("/dashboard/account.html?id=" + account.id());
        assertEquals("Northwind Media", b.text(By.id("account-name")));
    }

    @Test
    void aRoleIsRefusedThePagesOfOthers() {
        BrowserSession b = browser().open("/dashboard/").login("cs").loaded();
        b.open("/dashboard/audit.html");
        assertEquals("Not for your role", b.text(By.tagName("h1")));
        assertTrue(b.text(By.id("refusal")).contains("User 'cs' may not call GET /dashboard/audit.html"));
        b.screenshot("refused-cs-audit");
        b.logout();
        b.open("/dashboard/").login("growth").loaded().open("/dashboard/accounts.html");
        assertEquals("Not for your role", b.text(By.tagName("h1")));
    }

    @Test
    void theAccountListShowsEachAccountsLatestReadinessAsTheApiDoes() {
        JsonPath api = given().queryParam("q", account.id()).get("/api/v1/account-directory").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, api.getInt("total"));
        assertEquals(evaluation.getInt("readiness.score"), api.getInt("items[0].score"));

        BrowserSession b = browser().open("/dashboard/accounts.html").login("exec").loaded();
        int all = given().get("/api/v1/account-directory").then().statusCode(200).extract().path("total");
        assertEquals(String.format("%,d", all), b.text(By.id("total")));
        b.screenshot("accounts");
        b.driver().findElement(By.id("q")).sendKeys(account.id());
        b.driver().findElement(By.id("search")).click();
        WebElement row = b.loaded().waitFor(By.cssSelector("#accounts-table tr[data-row='" + account.id() + "']"));
        assertEquals("1", b.text(By.id("total")));
        assertEquals(String.valueOf(api.getInt("items[0].score")), cell(row, "score"));
        assertEquals(api.getString("items[0].tier"), cell(row, "tier"));
        assertEquals("$9,588", cell(row, "arr"));
        row.click();
        b.at("/dashboard/account.html?id=" + account.id());
        assertEquals("Northwind Media", b.text(By.id("account-name")));
    }

    @Test
    void theAccountPageShowsTheDecisionAndRecordsAnOutcomeInPlace() {
        BrowserSession b = browser().open("/dashboard/account.html?id=" + account.id()).login("cs").loaded();
        assertEquals("Northwind Media", b.text(By.id("account-name")));
        assertEquals(String.valueOf(evaluation.getInt("readiness.score")), b.text(By.id("kpi-score")));
        assertEquals(evaluation.getString("readiness.tier"), b.text(By.id("kpi-tier")));
        assertEquals(Math.round(100 * evaluation.getDouble("readiness.probability")) + "%", b.text(By.id("kpi-probability")));
        assertEquals(money(evaluation.getDouble("revenuePotential.arrDelta")), b.text(By.id("kpi-potential")));
        assertEquals(money(evaluation.getDouble("revenuePotential.expectedValue")), b.text(By.id("kpi-expected")));
        Integer days = evaluation.get("forecast.daysToExpansion");
        assertEquals(days == null ? "—" : String.format("%,d", days), b.text(By.id("kpi-days")));
        List<String> signals = evaluation.getList("signals.code");
        assertEquals(signals, b.all(By.cssSelector("#signals-table td[data-col=code]")).stream()
                .map(WebElement::getText).toList());
        List<String> playbooks = evaluation.getList("actions.playbook");
        assertEquals(playbooks, b.all(By.cssSelector("#actions-table td[data-col=playbook]")).stream()
                .map(WebElement::getText).toList());
        assertEquals("true", b.driver().findElement(By.id("readiness-chart")).getAttribute("data-ready"));
        assertTrue(b.all(By.cssSelector("#signal-chart canvas")).size() > 0, "the signal timeline is drawn");
        b.screenshot("account-cs");

        String actionId = evaluation.getString("actions[0].id");
        WebElement form = b.driver().findElement(By.cssSelector("form.record-outcome[data-action='" + actionId + "']"));
        new Select(form.findElement(By.name("response"))).selectByVisibleText("ACCEPTED");
        form.findElement(By.name("arrDelta")).sendKeys("1200");
        form.findElement(By.name("reason")).sendKeys("upgrade to Enterprise next month");
        form.findElement(By.tagName("button")).click();
        b.loaded();
        WebElement recorded = b.waitFor(By.cssSelector("#outcomes-table tr td[data-col=response]"));
        assertEquals("ACCEPTED", recorded.getText());
        assertEquals("ACCEPTED", b.text(By.cssSelector("#actions-table tr[data-row='" + actionId + "'] td[data-col=response]")));
        b.screenshot("account-outcome-recorded");

        JsonPath outcomes = given().get("/api/v1/accounts/" + account.id() + "/outcomes").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, outcomes.getList("$").size());
        assertEquals(actionId, outcomes.getString("[0].actionId"));
        assertEquals("ACCEPTED", outcomes.getString("[0].response"));
        assertEquals(1200.0, outcomes.getDouble("[0].arrDelta"));
        assertEquals("cs", outcomes.getString("[0].principal"), "recorded as the logged-in user");
    }

    @Test
    void anExecutiveReadsTheAccountButCannotRecordOutcomes() {
        BrowserSession b = browser().open("/dashboard/account.html?id=" + account.id()).login("exec").loaded();
        assertEquals(0, b.all(By.cssSelector("form.record-outcome")).size());
        b.screenshot("account-exec");
    }

    @Test
    void theAuditExplorerFindsADecisionAndOpensItAsStored() {
        JsonPath api = given().queryParam("accountId", account.id()).get("/api/v1/audit/evaluations").then()
                .statusCode(200).extract().jsonPath();
        BrowserSession b = browser().open("/dashboard/audit.html").login("governance").loaded();
        b.screenshot("audit-search");
        b.driver().findElement(By.id("accountId")).sendKeys(account.id());
        b.driver().findElement(By.id("search")).click();
        b.loaded().waitFor(By.cssSelector("#results-table tr[data-row='" + evaluation.getString("id") + "']"));
        assertEquals(String.valueOf(api.getInt("total")), b.text(By.id("total")));
        assertEquals(api.getList("items.id"), b.all(By.cssSelector("#results-table tbody tr")).stream()
                .map(r -> r.getAttribute("data-row")).toList());

        b.driver().findElement(By.cssSelector("#results-table tr[data-row='" + evaluation.getString("id") + "']")).click();
        b.at("/dashboard/audit.html?id=" + evaluation.getString("id"));
        JsonPath record = given().get("/api/v1/audit/evaluations/" + evaluation.getString("id")).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(evaluation.getString("id"), b.text(By.id("detail-id")));
        assertEquals(String.valueOf(record.getList("firedRules").size()), b.text(By.id("detail-fired-count")));
        assertEquals(record.getList("firedRules.rule"), b.all(By.cssSelector("#fired-table td[data-col=rule]")).stream()
                .map(WebElement::getText).toList());
        assertEquals(record.getString("rulesetVersion"), b.text(By.id("detail-version")));
        assertEquals(String.valueOf(record.getInt("facts.seatsUsed")),
                b.text(By.cssSelector("#facts-table tr[data-row=seatsUsed] td[data-col=value]")));
        b.screenshot("audit-detail");
    }

    /** As the pages show money: whole dollars with thousands separators. */
    private static String money(double value) {
        return "$" + String.format("%,d", Math.round(value));
    }

    private static String cell(WebElement row, String column) {
        return row.findElement(By.cssSelector("td[data-col=" + column + "]")).getText().trim();
    }
}
