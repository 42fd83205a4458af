package com.localizevideos.headroom.ruleset;

import static com.localizevideos.headroom.ruleset.Workbooks.as;
import static com.localizevideos.headroom.ruleset.Workbooks.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.evaluation.SampleAccount;
import com.localizevideos.headroom.rulebase.ActiveRuleBase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The "done when", as a new user would try it: edit readiness.drl.xlsx with Apache POI, upload it as growth
 * ops, read its diff and simulated impact, approve as a governance reviewer, activate under load without a failed or
 * mixed-version request, roll back — all of it in the rule-set audit trail.
 */
@QuarkusTest
class RuleSetWorkflowTest {
    private static final String READINESS = "readiness.drl.xlsx";
    /** An instant no other test evaluates at, so the simulated period holds only this test's accounts. */
    private static final String AS_OF = "2026-11-24T13:17:41.123Z";

    @Inject
    ActiveRuleBase active;

    private static String shipped;

    @AfterEach
    void backToTheShippedVersion() {
        if (shipped != null && !active.require().version().equals(shipped)) {
            as("admin").contentType(ContentType.JSON).body("{}").post("/api/v1/rulesets/" + shipped + "/rollback")
                    .then().statusCode(200);
        }
    }

    @Test
    void editUploadReviewSimulateApproveActivateUnderLoadAndRollBack() throws Exception {
        shipped = active.require().version();
        // Accounts whose decisions the simulation will replay.
        SampleAccount account = SampleAccount.nearQuota(false);
        Response decided = account.evaluate(AS_OF);
        int score = decided.path("readiness.score");
        String tier = decided.path("readiness.tier");
        assertEquals(shipped, decided.path("rulesetVersion"));

        // 1. Growth ops move the HIGH threshold (ReadinessTiers, a data row) so that this account changes tier.
        boolean high = tier.equals("HIGH");
        int mediumTo = high ? score : score - 1;
        byte[] edited = Workbooks.edit(READINESS, wb -> {
            Workbooks.set(wb.getSheet("Readiness"), "C59", mediumTo);
            Workbooks.set(wb.getSheet("Readiness"), "B60", mediumTo + 1);
        });
        Response uploaded = upload("growth", READINESS, edited);
        uploaded.then().statusCode(201).body("status", equalTo("DRAFT")).body("basedOn", equalTo(shipped));
        String draft = uploaded.path("version");

        // 2. The diff names the changed rows and cells, old and new.
        as("governance").get("/api/v1/rulesets/" + shipped + "/diff/" + draft).then().statusCode(200)
                .body("files", org.hamcrest.Matchers.hasSize(1))
                .body("files[0].path", equalTo("decision-tables/readiness.drl.xlsx"))
                .body("files[0].change", equalTo("CHANGED"))
                .body("files[0].sheets[0].sheet", equalTo("Readiness"))
                .body("files[0].sheets[0].tables[0].table", equalTo("ReadinessTiers"))
                .body("files[0].sheets[0].tables[0].changed.rule", equalTo(List.of("TierMedium", "TierHigh")))
                .body("files[0].sheets[0].tables[0].changed[0].cells[0].column", equalTo("Score to"))
                .body("files[0].sheets[0].tables[0].changed[0].cells[0].oldCell", equalTo("C59"))
                .body("files[0].sheets[0].tables[0].changed[0].cells[0].oldValue", equalTo("69"))
                .body("files[0].sheets[0].tables[0].changed[0].cells[0].newValue", equalTo(String.valueOf(mediumTo)))
                .body("files[0].sheets[0].tables[0].changed[1].cells[0].newValue", equalTo(String.valueOf(mediumTo + 1)));

        // 3. Approval needs evidence: not before a simulation.
        as("governance").contentType(ContentType.JSON).body("{\"comment\": \"looks fine\"}")
                .post("/api/v1/rulesets/" + draft + "/approve").then().statusCode(409)
                .body("detail", containsString("simulate it first"));

        // 4. The simulation replays the stored facts through the draft and the active version.
        Instant from = Instant.parse(AS_OF);
        Response simulated = as("growth").contentType(ContentType.JSON)
                .body("{\"from\": \"%s\", \"to\": \"%s\"}".formatted(from, from.plusMillis(1)))
                .post("/api/v1/rulesets/" + draft + "/simulate");
        simulated.then().statusCode(200)
                .body("accounts", equalTo(1))
                .body("baselineVersion", equalTo(shipped))
                .body("tierTransitions." + tier + "." + (high ? "MEDIUM" : "HIGH"), equalTo(1))
                .body("changedAccounts[0].accountId", equalTo(account.id()))
                .body("pipeline.basis", containsString("next plan's monthly price step"))
                .body("humanContacts.delta", org.hamcrest.Matchers.notNullValue());
        List<Map<String, Object>> actions = simulated.path("actions");
        assertTrue(actions.stream().anyMatch(a -> (Integer) a.get("added") > 0 || (Integer) a.get("removed") > 0), actions.toString());
        as("governance").get("/api/v1/rulesets/" + draft).then().statusCode(200)
                .body("status", equalTo("CHECKED"))
                .body("latestSimulation.id", equalTo(simulated.path("id")))
                .body("simulations[0].accounts", equalTo(1));

        // 5. Four eyes: growth ops cannot approve (role), the reviewer approves with a comment.
        as("growth").contentType(ContentType.JSON).body("{\"comment\": \"mine\"}")
                .post("/api/v1/rulesets/" + draft + "/approve").then().statusCode(403);
        as("governance").contentType(ContentType.JSON).body("{\"comment\": \"Tier move reviewed against the simulation\"}")
                .post("/api/v1/rulesets/" + draft + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("review.by", equalTo("governance"))
                .body("review.comment", equalTo("Tier move reviewed against the simulation"));

        // 6. Activate while evaluations keep coming: none fails, each names the version it used.
        List<Response> answers = underLoad(account, () -> as("growth").contentType(ContentType.JSON)
                .body("{\"comment\": \"go live\"}").post("/api/v1/rulesets/" + draft + "/activate")
                .then().statusCode(200).body("status", equalTo("ACTIVE")));
        Set<String> used = ConcurrentHashMap.newKeySet();
        for (Response r : answers) {
            assertEquals(201, r.statusCode(), r.asString());
            used.add(r.path("rulesetVersion"));
        }
        assertTrue(Set.of(shipped, draft).containsAll(used), used.toString());
        assertTrue(used.contains(draft), "no evaluation after the activation used the new version: " + used);
        assertEquals(draft, active.require().version());
        account.evaluate(AS_OF).then().body("rulesetVersion", equalTo(draft))
                .body("readiness.tier", equalTo(high ? "MEDIUM" : "HIGH"));
        as("governance").get("/api/v1/rulesets/" + shipped).then().body("status", equalTo("RETIRED"));

        // 7. Roll back under load the same way.
        List<Response> back = underLoad(account, () -> as("growth").contentType(ContentType.JSON)
                .body("{\"comment\": \"tier move too aggressive\"}").post("/api/v1/rulesets/" + shipped + "/rollback")
                .then().statusCode(200).body("status", equalTo("ACTIVE")));
        back.forEach(r -> assertEquals(201, r.statusCode(), r.asString()));
        assertEquals(shipped, active.require().version());
        account.evaluate(AS_OF).then().body("rulesetVersion", equalTo(shipped)).body("readiness.tier", equalTo(tier));

        // 8. The audit trail: who did what, when and why.
        as("governance").get("/api/v1/audit/rulesets?version=" + draft).then().statusCode(200)
                .body("items.kind", equalTo(List.of("ACTIVATED", "APPROVED", "SIMULATED", "CHECKED", "UPLOADED")))
                .body("items[0].principal", equalTo("growth"))
                .body("items[0].event.comment", equalTo("go live"))
                .body("items[1].principal", equalTo("governance"))
                .body("items[1].event.comment", equalTo("Tier move reviewed against the simulation"));
        as("governance").get("/api/v1/audit/rulesets?kind=ROLLED_BACK&version=" + shipped).then().statusCode(200)
                .body("items[0].event.comment", equalTo("tier move too aggressive"))
                .body("items[0].event.detail.previous", equalTo(draft));
        as("exec").get("/api/v1/audit/rulesets").then().statusCode(403);
    }

    @Test
    void theUploaderCannotApproveTheirOwnUpload() {
        byte[] edited = Workbooks.withCell(READINESS, "Readiness", "C14", "Contextual " + System.nanoTime());
        String draft = upload("admin", READINESS, edited).then().statusCode(201).extract().path("version");
        Instant now = Instant.now();
        as("admin").contentType(ContentType.JSON).body("{\"from\": \"%s\", \"to\": \"%s\"}".formatted(now.minusSeconds(60), now))
                .post("/api/v1/rulesets/" + draft + "/simulate").then().statusCode(200);
        as("admin").contentType(ContentType.JSON).body("{\"comment\": \"self\"}")
                .post("/api/v1/rulesets/" + draft + "/approve").then().statusCode(403)
                .contentType("application/problem+json").body("title", equalTo("Four eyes required"));
        as("governance").contentType(ContentType.JSON).body("{\"comment\": \"\"}")
                .post("/api/v1/rulesets/" + draft + "/approve").then().statusCode(400);
        as("admin").contentType(ContentType.JSON).body("{}").post("/api/v1/rulesets/" + draft + "/activate")
                .then().statusCode(409).body("detail", containsString("only an APPROVED version"));
        as("governance").contentType(ContentType.JSON).body("{\"comment\": \"not needed\"}")
                .post("/api/v1/rulesets/" + draft + "/reject").then().statusCode(200).body("status", equalTo("REJECTED"));
        as("governance").contentType(ContentType.JSON).body("{\"comment\": \"changed my mind\"}")
                .post("/api/v1/rulesets/" + draft + "/approve").then().statusCode(409);
        as("governance").get("/api/v1/rulesets/unknown-version").then().statusCode(404);
    }

    /** Runs {@code change} while four clients keep evaluating; answers every evaluation made meanwhile and just after. */
    private static List<Response> underLoad(SampleAccount account, Runnable change) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        ConcurrentLinkedQueue<Response> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean changed = new AtomicBoolean();
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clients.add(pool.submit(() -> {
                int after = 0;
                while (after < 3) {
                    boolean done = changed.get();
                    answers.add(given().auth().preemptive().basic("app", "app-local").contentType(ContentType.JSON)
                            .body(account.evaluationBody(AS_OF)).post("/api/v1/evaluations"));
                    if (done) {
                        after++;
                    }
                }
                return null;
            }));
        }
        Thread.sleep(300);
        try {
            change.run();
        } finally {
            changed.set(true);
        }
        for (Future<?> f : clients) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        return new ArrayList<>(answers);
    }
}
