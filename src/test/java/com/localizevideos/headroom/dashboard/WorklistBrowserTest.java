package com.localizevideos.headroom.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.localizevideos.headroom.evaluation.SampleAccount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The CS worklist in a browser: the open actions of an account as {@code GET /api/v1/actions} lists them, a response
 * recorded in place (and gone from the open list, stored with the user who recorded it), and refused to executives.
 */
@QuarkusTest
class WorklistBrowserTest extends BrowserTest {

    @Test
    void csSeesTheRoutedActionsAndRecordsAResponseInPlace() {
        SampleAccount account = SampleAccount.nearQuota(false);
        JsonPath evaluation = account.evaluate(SampleAccount.AS_OF).jsonPath();
        JsonPath open = given().queryParam("accountId", account.id()).queryParam("status", "OPEN").queryParam("contact", "human")
                .get("/api/v1/actions").then().statusCode(200).extract().jsonPath();
        List<String> ids = open.getList("items.id");
        assertEquals(evaluation.getList("actions.id").stream().sorted().toList(), ids.stream().sorted().toList());

        BrowserSession b = browser().open("/dashboard/worklist.html?accountId=" + account.id()).login("cs")
                .at("/dashboard/worklist.html?accountId=" + account.id());
        assertEquals(ids, b.all(By.cssSelector("#worklist-table tbody tr")).stream()
                .map(r -> r.getAttribute("data-row")).toList(), "the open actions, in the API's order");
        String first = ids.get(0);
        WebElement row = b.driver().findElement(By.cssSelector("#worklist-table tr[data-row='" + first + "']"));
        assertEquals(open.getString("items[0].playbook"), row.findElement(By.cssSelector("td[data-col=playbook]")).getText());
        assertEquals(open.getString("items[0].reason"), row.findElement(By.cssSelector("td[data-col=reason]")).getText());
        b.screenshot("worklist-cs");

        WebElement form = row.findElement(By.cssSelector("form.record-outcome"));
        new Select(form.findElement(By.name("response"))).selectByVisibleText("DECLINED");
        form.findElement(By.name("reason")).sendKeys("budget frozen until Q2");
        form.findElement(By.tagName("button")).click();
        b.loaded();
        assertEquals(ids.subList(1, ids.size()), b.all(By.cssSelector("#worklist-table tbody tr")).stream()
                .map(r -> r.getAttribute("data-row")).toList(), "the declined action left the open list");
        b.screenshot("worklist-recorded");

        given().queryParam("accountId", account.id()).queryParam("status", "DECLINED").get("/api/v1/actions").then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.contains(first));
        given().get("/api/v1/accounts/" + account.id() + "/outcomes").then().statusCode(200)
                .body("[0].principal", org.hamcrest.Matchers.equalTo("cs"))
                .body("[0].reason", org.hamcrest.Matchers.equalTo("budget frozen until Q2"));
    }

    @Test
    void executivesAreRefusedTheWorklist() {
        BrowserSession b = browser().open("/dashboard/").login("exec").loaded().open("/dashboard/worklist.html");
        assertEquals("Not for your role", b.text(By.tagName("h1")));
        assertTrue(b.text(By.id("refusal")).contains("'exec'"));
    }
}
