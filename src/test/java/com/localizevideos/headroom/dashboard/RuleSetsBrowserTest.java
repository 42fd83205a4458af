package com.localizevideos.headroom.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.localizevideos.headroom.evaluation.SampleAccount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Rule sets in a browser, four eyes: growth ops upload an edited readiness table (API), a governance reviewer reads its
 * cell diff, simulates it and approves it on the page, growth ops activate it on the page; afterwards the shipped
 * version is rolled back to. Executives are refused the page.
 */
@QuarkusTest
class RuleSetsBrowserTest extends BrowserTest {
    private static String shipped;

    @AfterEach
    void backToTheShippedRules() {
        String active = given().get("/api/v1/rulesets").then().statusCode(200).extract().jsonPath()
                .getString("find { it.status == 'ACTIVE' }.version");
        if (shipped != null && !shipped.equals(active)) {
            given().contentType(ContentType.JSON).body("{\"comment\": \"back to the shipped rules after the browser test\"}")
                    .post("/api/v1/rulesets/" + shipped + "/rollback").then().statusCode(200);
        }
    }

    /** The shipped readiness workbook with the MEDIUM band ending at 68 and HIGH starting at 69 (data cells only). */
    private static byte[] readinessWithHighFrom69() throws IOException {
        byte[] shippedBytes = Files.readAllBytes(Path.of("decision-tables", "readiness.drl.xlsx"));
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(shippedBytes))) {
            set(wb, "C59", 68);
            set(wb, "B60", 69);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void set(Workbook wb, String address, int value) {
        CellReference ref = new CellReference(address);
        Cell cell = wb.getSheet("Readiness").getRow(ref.getRow()).getCell(ref.getCol());
        cell.setCellValue(value);
    }

    @Test
    void governanceApprovesAndGrowthOpsActivateOnThePage() throws IOException {
        shipped = given().get("/api/v1/rulesets").then().statusCode(200).extract().jsonPath()
                .getString("find { it.status == 'ACTIVE' }.version");
        SampleAccount.nearQuota(false).evaluate(SampleAccount.AS_OF);
        String draft = given().auth().preemptive().basic("growth", "growth-local")
                .multiPart("file", "readiness.drl.xlsx", readinessWithHighFrom69(),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .multiPart("comment", "HIGH from 69").post("/api/v1/rulesets").then().statusCode(201)
                .extract().path("version");

        String page = "/dashboard/rulesets.html?version=" + draft;
        BrowserSession b = browser().open(page).login("governance").at(page);
        assertEquals("DRAFT", b.text(By.id("status")));
        String diffText = b.text(By.id("diff-table"));
        assertTrue(diffText.contains("68") && diffText.contains("69"), diffText);
        JsonPath diff = given().get("/api/v1/rulesets/" + shipped + "/diff/" + draft).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("readiness.drl.xlsx", Path.of(diff.getString("files[0].path")).getFileName().toString());
        b.screenshot("rulesets-draft-governance");

        b.driver().findElement(By.id("sim-from")).clear();
        b.driver().executeScript("document.getElementById('sim-from').value = '2026-11-01';"
                + "document.getElementById('sim-to').value = '2026-12-01';");
        b.driver().findElement(By.id("simulate")).click();
        b.loaded();
        JsonPath version = given().get("/api/v1/rulesets/" + draft).then().statusCode(200).extract().jsonPath();
        assertEquals("CHECKED", version.getString("status"));
        assertEquals("CHECKED", b.text(By.id("status")));
        assertEquals(String.format("%,d", version.getInt("latestSimulation.accounts")), b.text(By.id("kpi-sim-accounts")));
        b.screenshot("rulesets-simulated");

        b.driver().findElement(By.id("change-comment")).sendKeys("impact read; thresholds agreed with sales");
        b.driver().findElement(By.id("approve")).click();
        b.loaded();
        assertEquals("APPROVED", b.text(By.id("status")));
        assertEquals("governance", given().get("/api/v1/rulesets/" + draft).then().extract().path("review.by"));
        assertTrue(b.all(By.id("activate")).stream().noneMatch(WebElement::isDisplayed), "governance may not activate");
        b.logout();

        b.open(page).login("growth").at(page);
        b.driver().findElement(By.id("activate")).click();
        b.loaded();
        assertEquals("ACTIVE", b.text(By.id("status")));
        assertEquals(draft, given().get("/api/v1/rulesets").then().extract().jsonPath()
                .getString("find { it.status == 'ACTIVE' }.version"));
        b.screenshot("rulesets-activated-growth");
    }

    @Test
    void executivesAreRefusedTheRuleSets() {
        BrowserSession b = browser().open("/dashboard/").login("exec").loaded().open("/dashboard/rulesets.html");
        assertEquals("Not for your role", b.text(By.tagName("h1")));
    }
}
