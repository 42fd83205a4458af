package com.localizevideos.headroom.holdout;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.batch.BatchWorker;
import com.localizevideos.headroom.delivery.DeliveryPolicy;
import com.localizevideos.headroom.evaluation.Evaluation;
import com.localizevideos.headroom.evaluation.ExpansionAction;
import com.localizevideos.headroom.evaluation.SampleAccount;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** With half of all accounts held out: held-out decisions are recorded as "would have acted" and never answered. */
@QuarkusTest
@TestProfile(HoldoutProfile.class)
class HoldoutResourceTest {

    @Inject
    HoldoutPolicy holdout;

    @Inject
    EntityManager em;

    @Inject
    DeliveryPolicy delivery;

    @Inject
    BatchWorker worker;

    /** A near-quota sample account in the wanted cohort (each new account has an even chance of either). */
    private SampleAccount accountIn(boolean heldOut) {
        for (int i = 0; i < 40; i++) {
            SampleAccount account = SampleAccount.nearQuota(false);
            if (holdout.isHeldOut(account.id()) == heldOut) {
                return account;
            }
        }
        throw new AssertionError("no account drawn in cohort heldOut=" + heldOut + " in 40 tries");
    }

    @Test
    void aHeldOutAccountIsEvaluatedAndItsActionsRecordedButFlagged() {
        SampleAccount account = accountIn(true);
        Response evaluation = account.evaluate(SampleAccount.AS_OF);
        evaluation.then().statusCode(201)
                .body("heldOut", equalTo(true))
                .body("readiness.tier", equalTo("HIGH"))
                .body("actions", not(empty()))
                .body("actions.heldOut", everyItem(equalTo(true)));
        String id = evaluation.path("id");
        assertEquals(Boolean.TRUE, em.createNativeQuery("select held_out from evaluation where id = cast(:id as uuid)")
                .setParameter("id", id).getSingleResult());
        List<?> flags = em.createNativeQuery("select distinct held_out from expansion_action where evaluation_id = cast(:id as uuid)")
                .setParameter("id", id).getResultList();
        assertEquals(List.of(Boolean.TRUE), flags);

        // Nothing was delivered, so there is no response to record.
        given().contentType(ContentType.JSON).body("{\"response\": \"ACCEPTED\", \"respondedAt\": \"2026-11-25T09:00:00Z\"}")
                .post("/api/v1/actions/" + evaluation.path("actions[0].id") + "/outcome")
                .then().statusCode(409).contentType("application/problem+json")
                .body("problems.field", hasItem("id"));
        given().get("/api/v1/accounts/" + account.id()).then().statusCode(200).body("cohort", equalTo("HOLDOUT"));

        // Not shown in the product, not on the CS worklist, not delivered, and not counted as a contact.
        given().get("/api/v1/accounts/" + account.id() + "/prompts").then().statusCode(200).body("prompts", empty());
        given().get("/api/v1/actions?accountId=" + account.id()).then().statusCode(200).body("total", equalTo(0));
        assertNoneDeliverable(id, false);
    }

    /** Checks the delivery policy on the stored evaluation and actions: all deliverable, or none. */
    private void assertNoneDeliverable(String evaluationId, boolean deliverable) {
        Evaluation e = em.find(Evaluation.class, UUID.fromString(evaluationId));
        List<ExpansionAction> actions = em.createQuery("from ExpansionAction where evaluationId = :id", ExpansionAction.class)
                .setParameter("id", e.id).getResultList();
        assertEquals(false, actions.isEmpty());
        actions.forEach(x -> assertEquals(deliverable, delivery.deliverable(e, x), x.playbook));
    }

    private static long count(Response evaluation, boolean automated) {
        List<String> channels = evaluation.path("actions.channel");
        return channels.stream().filter(c -> "AUTOMATED".equals(c) == automated).count();
    }

    @Test
    void aBatchRunCountsTheHeldOutAccountsActionsApartFromThoseStarted() {
        String segment = "holdout-batch-" + UUID.randomUUID().toString().substring(0, 8);
        int heldOutAccounts = 0;
        int treatedAccounts = 0;
        for (int i = 0; heldOutAccounts < 3 || treatedAccounts < 3; i++) {
            String id = segment + "-" + i;
            if (holdout.isHeldOut(id)) {
                heldOutAccounts++;
            } else {
                treatedAccounts++;
            }
            given().contentType(ContentType.JSON).body("""
                    {"name": "Holdout batch %d", "plan": "PRO", "seatsLicensed": 5, "arr": 2388,
                     "billingCycleStart": "2026-10-01", "segment": "%s"}""".formatted(i, segment))
                    .put("/api/v1/accounts/" + id).then().statusCode(201);
        }
        String run = given().contentType(ContentType.JSON)
                .body("{\"segment\": \"" + segment + "\", \"asOf\": \"2026-11-24T12:00:00Z\"}")
                .post("/api/v1/evaluations/batch").then().statusCode(202).extract().path("id");
        worker.drain("holdout-batch");
        Response done = given().get("/api/v1/evaluations/batch/" + run);
        done.then().statusCode(200).body("status", equalTo("FINISHED"));
        List<Integer> started = done.path("result.actions.count");
        List<Integer> heldOut = done.path("result.actions.heldOut");
        Object[] stored = (Object[]) em.createNativeQuery("""
                        select count(*) filter (where not a.held_out), count(*) filter (where a.held_out)
                          from expansion_action a join evaluation e on e.id = a.evaluation_id
                         where e.batch_run_id = cast(:run as uuid)""").setParameter("run", run).getSingleResult();
        assertEquals(((Number) stored[0]).longValue(), started.stream().mapToLong(Integer::longValue).sum());
        assertEquals(((Number) stored[1]).longValue(), heldOut.stream().mapToLong(Integer::longValue).sum());
        assertTrue(((Number) stored[0]).longValue() > 0 && ((Number) stored[1]).longValue() > 0,
                "both cohorts have actions: " + done.asString());
    }

    @Test
    void aTreatedAccountActsAsBefore() {
        SampleAccount account = accountIn(false);
        Response evaluation = account.evaluate(SampleAccount.AS_OF);
        evaluation.then().statusCode(201).body("heldOut", equalTo(false)).body("actions.heldOut", everyItem(equalTo(false)));
        given().contentType(ContentType.JSON).body("{\"response\": \"ACCEPTED\", \"respondedAt\": \"2026-11-25T09:00:00Z\", \"helpfulRating\": 4}")
                .post("/api/v1/actions/" + evaluation.path("actions[0].id") + "/outcome")
                .then().statusCode(201).body("helpfulRating", equalTo(4));
        given().get("/api/v1/accounts/" + account.id()).then().statusCode(200).body("cohort", equalTo("TREATED"));

        given().get("/api/v1/accounts/" + account.id() + "/prompts").then().statusCode(200)
                .body("prompts.size()", equalTo((int) count(evaluation, true)));
        given().get("/api/v1/actions?accountId=" + account.id()).then().statusCode(200)
                .body("total", equalTo((int) count(evaluation, false)));
        assertNoneDeliverable(evaluation.path("id"), true);
    }

    @Test
    void sqlDrawsExactlyTheSameHoldoutAsJava() {
        for (int i = 0; i < 300; i++) {
            String id = "acct-" + UUID.randomUUID();
            Object sql = em.createNativeQuery("select " + HoldoutPolicy.sqlHeldOut("cast(:id as text)"))
                    .setParameter("id", id).setParameter("holdoutSalt", HoldoutProfile.SALT)
                    .setParameter("holdoutShare", 0.5).getSingleResult();
            assertEquals(holdout.isHeldOut(id), sql, id);
        }
    }
}
