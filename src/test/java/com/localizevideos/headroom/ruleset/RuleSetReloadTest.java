package com.localizevideos.headroom.ruleset;

import static com.localizevideos.headroom.ruleset.Workbooks.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.localizevideos.headroom.evaluation.SampleAccount;
import com.localizevideos.headroom.rulebase.ActiveRuleBase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** An admin reloads the rule folders through the same checks; a broken folder leaves the active version untouched. */
@QuarkusTest
@TestProfile(TempRuleFoldersProfile.class)
class RuleSetReloadTest {
    @Inject
    ActiveRuleBase active;

    @Test
    void brokenDrlIsRefusedAndTheActiveVersionStaysThenAMendedFolderIsActivated() throws Exception {
        String before = active.require().version();
        Path guardrails = TempRuleFoldersProfile.RULES.resolve("guardrails.drl");
        String original = Files.readString(guardrails);
        String broken = original.replace("openSevereTickets >= $min", "openSevereTickets >>= $min");
        assertNotEquals(original, broken, "the guardrail this test breaks is no longer in guardrails.drl");
        Files.writeString(guardrails, broken);
        try {
            as("admin").contentType(ContentType.JSON).body("{\"comment\": \"pick up the new guardrail\"}")
                    .post("/api/v1/rulesets/reload").then().statusCode(422).contentType("application/problem+json")
                    .body("problems[0].file", equalTo("rules/guardrails.drl"))
                    .body("problems[0].line", notNullValue())
                    .body("detail", containsString(before + " stays active"));
            assertEquals(before, active.require().version());
            SampleAccount.nearQuota(false).evaluate(SampleAccount.AS_OF).then().body("rulesetVersion", equalTo(before));
            as("governance").get("/api/v1/audit/rulesets?kind=RELOAD_REFUSED").then().statusCode(200)
                    .body("items[0].principal", equalTo("admin"))
                    .body("items[0].event.comment", equalTo("pick up the new guardrail"))
                    .body("items[0].event.detail.errors[0].file", equalTo("rules/guardrails.drl"));
        } finally {
            Files.writeString(guardrails, original + "\n// reviewed in git: no rule change\n");
        }
        as("admin").contentType(ContentType.JSON).body("{\"comment\": \"release 1.1\"}").post("/api/v1/rulesets/reload")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("origin", equalTo("RELOAD"))
                .body("review.comment", containsString("reviewed in git"));
        String after = active.require().version();
        assertNotEquals(before, after);
        SampleAccount.nearQuota(false).evaluate(SampleAccount.AS_OF).then().body("rulesetVersion", equalTo(after));
        as("governance").get("/api/v1/rulesets/" + before).then().body("status", equalTo("RETIRED"));
        as("admin").contentType(ContentType.JSON).body("{}").post("/api/v1/rulesets/reload").then().statusCode(200)
                .body("version", equalTo(after));
        as("governance").get("/api/v1/audit/rulesets?kind=RELOADED").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].event.detail.unchanged", equalTo(true))
                .body("items[1].event.detail.previous", equalTo(before));
        as("growth").contentType(ContentType.JSON).body("{}").post("/api/v1/rulesets/reload").then().statusCode(403);
    }
}
