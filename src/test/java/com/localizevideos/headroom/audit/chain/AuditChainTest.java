package com.localizevideos.headroom.audit.chain;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.batch.BatchWorker;
import com.localizevideos.headroom.evaluation.SampleAccount;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The hash chain covers evaluations and rule-set events and verifies; a row changed or deleted directly in PostgreSQL
 * (append-only triggers disabled, as a DBA could) is found at its link; putting the row back makes the chain verify
 * again.
 */
@QuarkusTest
class AuditChainTest {
    @Inject
    ChainSealer sealer;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BatchWorker worker;

    @Test
    void chainCoversSingleAndBatchEvaluationsAndVerifies() throws Exception {
        SampleAccount account = SampleAccount.nearQuota();
        String single = account.evaluate(SampleAccount.AS_OF).path("id");
        String run = given().contentType(ContentType.JSON)
                .body("{\"segment\": \"mid-market\", \"asOf\": \"" + SampleAccount.AS_OF + "\"}")
                .post("/api/v1/evaluations/batch").then().statusCode(202).extract().path("id");
        worker.drain("chain-test");
        List<String> batchMade = strings("select id::text from evaluation where batch_run_id = '" + run + "'");
        assertTrue(batchMade.size() >= 1, "the batch run evaluated the account");

        given().get("/api/v1/audit/verify").then().statusCode(200)
                .body("unsealed", greaterThanOrEqualTo(batchMade.size() + 1));
        sealer.sealAll();
        assertEquals(1, strings("select seq::text from audit_chain where record_id = '" + single + "'").size());
        for (String id : batchMade) {
            assertEquals(1, strings("select seq::text from audit_chain where record_id = '" + id + "'").size(),
                    "batch-made evaluation " + id + " is sealed");
        }
        Response verified = given().get("/api/v1/audit/verify");
        verified.then().statusCode(200)
                .body("ok", equalTo(true))
                .body("unsealed", equalTo(0))
                .body("unchained.EVALUATION", equalTo(0));
        long sealed = ((Number) verified.path("sealed")).longValue();
        assertEquals(sealed, ((Number) verified.path("verified")).longValue());
        assertEquals(sealed, ((Number) verified.path("head.seq")).longValue());
        assertEquals(strings("select chain_hash from audit_chain order by seq desc limit 1").get(0),
                verified.path("head.chainHash"));
    }

    @Test
    void factChangedInPostgresqlIsFoundAtItsLink() throws Exception {
        String id = sealedEvaluation();
        long seq = seqOf(id);
        String original = strings("select facts::text from evaluation where id = '" + id + "'").get(0);
        try {
            tamper("evaluation", "evaluation_append_only",
                    "update evaluation set facts = jsonb_set(facts, '{minutesUsed}', '1500') where id = '" + id + "'");
            given().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("ok", equalTo(false))
                    .body("firstBroken.seq", equalTo((int) seq))
                    .body("firstBroken.kind", equalTo("EVALUATION"))
                    .body("firstBroken.recordId", equalTo(id))
                    .body("firstBroken.problem", equalTo("RECORD_ALTERED"))
                    .body("firstBroken.changedParts", equalTo(List.of("facts")))
                    .body("firstBroken.expected", equalTo(strings(
                            "select record_hash from audit_chain where seq = " + seq).get(0)))
                    .body("verified", equalTo((int) seq - 1));
        } finally {
            tamper("evaluation", "evaluation_append_only",
                    "update evaluation set facts = '" + original.replace("'", "''") + "'::jsonb where id = '" + id + "'");
        }
        given().get("/api/v1/audit/verify").then().statusCode(200).body("ok", equalTo(true));
    }

    @Test
    void eachVerificationIsRecordedAndTheLatestIsReadBackWithoutAWalk() throws Exception {
        execute("truncate audit_verification");
        given().get("/api/v1/audit/verify/latest").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("not been verified yet"));
        String id = sealedEvaluation();
        long seq = seqOf(id);
        Instant before = Instant.now();
        Response fresh = given().get("/api/v1/audit/verify");
        fresh.then().statusCode(200).body("ok", equalTo(true));
        Response latest = given().get("/api/v1/audit/verify/latest");
        latest.then().statusCode(200)
                .body("principal", equalTo("admin"))
                .body("tookMs", greaterThanOrEqualTo(0))
                .body("result.ok", equalTo(true))
                .body("result.sealed", equalTo(fresh.path("sealed")))
                .body("result.head.seq", equalTo(fresh.path("head.seq")))
                .body("result.head.chainHash", equalTo(fresh.path("head.chainHash")));
        Instant verifiedAt = Instant.parse(latest.path("verifiedAt"));
        assertTrue(!verifiedAt.isBefore(before.minusSeconds(1)), "recorded when it ran: " + verifiedAt);

        String original = strings("select facts::text from evaluation where id = '" + id + "'").get(0);
        try {
            tamper("evaluation", "evaluation_append_only",
                    "update evaluation set facts = jsonb_set(facts, '{minutesUsed}', '1500') where id = '" + id + "'");
            // reading the latest does not walk: it still says what the last walk found
            given().get("/api/v1/audit/verify/latest").then().statusCode(200).body("result.ok", equalTo(true));
            given().auth().preemptive().basic("governance", "governance-local").get("/api/v1/audit/verify").then()
                    .statusCode(200).body("ok", equalTo(false));
            given().get("/api/v1/audit/verify/latest").then().statusCode(200)
                    .body("principal", equalTo("governance"))
                    .body("result.ok", equalTo(false))
                    .body("result.firstBroken.seq", equalTo((int) seq))
                    .body("result.firstBroken.changedParts", equalTo(List.of("facts")));
        } finally {
            tamper("evaluation", "evaluation_append_only",
                    "update evaluation set facts = '" + original.replace("'", "''") + "'::jsonb where id = '" + id + "'");
        }
        assertEquals(List.of("true", "false"), strings("select ok::text from audit_verification order by id"));
        try {
            execute("update audit_verification set ok = true");
            throw new AssertionError("a recorded verification was changed");
        } catch (SQLException refused) {
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
    }

    @Test
    void deletedFiredRuleIsFoundAtItsLink() throws Exception {
        String id = sealedEvaluation();
        long seq = seqOf(id);
        String keep = "create table fired_rule_kept as select * from fired_rule where evaluation_id = '" + id
                + "' and ordinal = 2";
        execute(keep);
        try {
            tamper("fired_rule", "fired_rule_append_only",
                    "delete from fired_rule where evaluation_id = '" + id + "' and ordinal = 2");
            given().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("ok", equalTo(false))
                    .body("firstBroken.seq", equalTo((int) seq))
                    .body("firstBroken.recordId", equalTo(id))
                    .body("firstBroken.problem", equalTo("RECORD_ALTERED"))
                    .body("firstBroken.changedParts", equalTo(List.of("firedRules")));
        } finally {
            execute("insert into fired_rule select * from fired_rule_kept");
            execute("drop table fired_rule_kept");
        }
        given().get("/api/v1/audit/verify").then().statusCode(200).body("ok", equalTo(true));
    }

    @Test
    void deletedEvaluationIsAMissingRecord() throws Exception {
        String id = sealedEvaluation();
        long seq = seqOf(id);
        String where = " where evaluation_id = '" + id + "'";
        execute("create table evaluation_kept as select * from evaluation where id = '" + id + "'");
        execute("create table fired_rule_kept as select * from fired_rule" + where);
        execute("create table expansion_action_kept as select * from expansion_action" + where);
        execute("create table evaluation_signal_kept as select * from evaluation_signal" + where);
        try {
            tamper("evaluation_signal", "evaluation_signal_append_only", "delete from evaluation_signal" + where);
            tamper("fired_rule", "fired_rule_append_only", "delete from fired_rule" + where);
            execute("delete from expansion_action" + where);
            tamper("evaluation", "evaluation_append_only", "delete from evaluation where id = '" + id + "'");
            given().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("ok", equalTo(false))
                    .body("firstBroken.seq", equalTo((int) seq))
                    .body("firstBroken.problem", equalTo("RECORD_MISSING"));
        } finally {
            // Put back without queueing it again (the record is already in the chain).
            tamper("evaluation", "evaluation_chain", "insert into evaluation select * from evaluation_kept");
            execute("insert into fired_rule select * from fired_rule_kept");
            execute("insert into expansion_action select * from expansion_action_kept");
            execute("insert into evaluation_signal select * from evaluation_signal_kept");
            execute("drop table evaluation_kept, fired_rule_kept, expansion_action_kept, evaluation_signal_kept");
        }
        given().get("/api/v1/audit/verify").then().statusCode(200).body("ok", equalTo(true));
    }

    @Test
    void changedLinkIsALinkAlteredAndTheNextLinkStillChecksItsPredecessor() throws Exception {
        String id = sealedEvaluation();
        long seq = seqOf(id);
        String hash = strings("select record_hash from audit_chain where seq = " + seq).get(0);
        String forged = "f".repeat(64);
        try {
            tamper("audit_chain", "audit_chain_append_only",
                    "update audit_chain set record_hash = '" + forged + "' where seq = " + seq);
            given().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("ok", equalTo(false))
                    .body("firstBroken.seq", equalTo((int) seq))
                    .body("firstBroken.problem", equalTo("LINK_ALTERED"))
                    .body("firstBroken.field", equalTo("chainHash"));
        } finally {
            tamper("audit_chain", "audit_chain_append_only",
                    "update audit_chain set record_hash = '" + hash + "' where seq = " + seq);
        }
        given().get("/api/v1/audit/verify").then().statusCode(200).body("ok", equalTo(true));
    }

    @Test
    void recordWrittenWithTheQueueTriggerDisabledIsUnchained() throws Exception {
        String id = sealedEvaluation();
        UUID copy = UUID.randomUUID();
        try {
            tamper("evaluation", "evaluation_chain", "insert into evaluation select '" + copy + "', account_id, as_of,"
                    + " ruleset_version, created_at, score, tier, facts, decision, batch_run_id, principal"
                    + " from evaluation where id = '" + id + "'");
            given().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("ok", equalTo(false))
                    .body("unchained.EVALUATION", equalTo(1));
        } finally {
            // Queue it the ordinary way, so the chain covers it from now on.
            execute("insert into audit_pending (kind, record_id) values ('EVALUATION', '" + copy + "')");
        }
        sealer.sealAll();
        given().get("/api/v1/audit/verify").then().statusCode(200).body("ok", equalTo(true));
    }

    @Test
    void ruleSetEventIsSealedAndAChangedEventIsFoundAtItsLink() throws Exception {
        String id = refusedUploadEvent("chain covers governance");
        assertEquals(List.of(id), strings("select record_id from audit_pending where kind = 'RULESET_EVENT'"
                + " and record_id = '" + id + "'"), "the insert queued the event for sealing");
        sealer.sealAll();
        long seq = seqOf("RULESET_EVENT", id);
        given().get("/api/v1/audit/verify").then().statusCode(200)
                .body("ok", equalTo(true))
                .body("unchained.RULESET_EVENT", equalTo(0));
        String principal = strings("select principal from ruleset_event where id = " + id).get(0);
        String content = strings("select content from ruleset_event where id = " + id).get(0);
        try {
            // Someone else's name on the event: the row part changed, the content did not.
            tamper("ruleset_event", "ruleset_event_append_only",
                    "update ruleset_event set principal = 'governance' where id = " + id);
            given().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("ok", equalTo(false))
                    .body("firstBroken.seq", equalTo((int) seq))
                    .body("firstBroken.kind", equalTo("RULESET_EVENT"))
                    .body("firstBroken.recordId", equalTo(id))
                    .body("firstBroken.problem", equalTo("RECORD_ALTERED"))
                    .body("firstBroken.changedParts", equalTo(List.of("event")))
                    .body("verified", equalTo((int) seq - 1));
            // A softer comment in the canonical content, the row put back.
            tamper("ruleset_event", "ruleset_event_append_only", "update ruleset_event set principal = '"
                    + principal + "', content = replace(content, 'chain covers governance', 'nothing to see')"
                    + " where id = " + id);
            given().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("ok", equalTo(false))
                    .body("firstBroken.seq", equalTo((int) seq))
                    .body("firstBroken.changedParts", equalTo(List.of("content")));
        } finally {
            tamper("ruleset_event", "ruleset_event_append_only", "update ruleset_event set principal = '"
                    + principal + "', content = '" + content.replace("'", "''") + "' where id = " + id);
        }
        given().get("/api/v1/audit/verify").then().statusCode(200).body("ok", equalTo(true));
    }

    @Test
    void deletedRuleSetEventIsAMissingRecord() throws Exception {
        String id = refusedUploadEvent("to be deleted");
        sealer.sealAll();
        long seq = seqOf("RULESET_EVENT", id);
        execute("create table ruleset_event_kept as select * from ruleset_event where id = " + id);
        try {
            tamper("ruleset_event", "ruleset_event_append_only", "delete from ruleset_event where id = " + id);
            given().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("ok", equalTo(false))
                    .body("firstBroken.seq", equalTo((int) seq))
                    .body("firstBroken.kind", equalTo("RULESET_EVENT"))
                    .body("firstBroken.recordId", equalTo(id))
                    .body("firstBroken.problem", equalTo("RECORD_MISSING"));
        } finally {
            // Put back without queueing it again (the event is already in the chain).
            tamper("ruleset_event", "ruleset_event_chain", "insert into ruleset_event select * from ruleset_event_kept");
            execute("drop table ruleset_event_kept");
        }
        given().get("/api/v1/audit/verify").then().statusCode(200).body("ok", equalTo(true));
    }

    /** Uploads a file that is not a workbook (refused, recorded as UPLOAD_REFUSED); answers the event's id. */
    private String refusedUploadEvent(String comment) throws SQLException {
        given().multiPart("file", "readiness.drl.xlsx", "not a workbook".getBytes(),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .multiPart("comment", comment).post("/api/v1/rulesets").then().statusCode(422);
        List<String> event = strings("select id::text from ruleset_event where kind = 'UPLOAD_REFUSED'"
                + " and content like '%" + comment + "%' order by id desc limit 1");
        assertEquals(1, event.size(), "the refused upload was recorded");
        return event.get(0);
    }

    /** A new evaluation, sealed (with everything queued before it). */
    private String sealedEvaluation() {
        String id = SampleAccount.nearQuota().evaluate(SampleAccount.AS_OF).path("id");
        sealer.sealAll();
        return id;
    }

    private long seqOf(String id) throws SQLException {
        return seqOf("EVALUATION", id);
    }

    private long seqOf(String kind, String id) throws SQLException {
        return Long.parseLong(strings("select seq::text from audit_chain where kind = '" + kind + "' and record_id = '"
                + id + "'").get(0));
    }

    /** Runs {@code sql} with {@code trigger} of {@code table} disabled, in one transaction, as the superuser. */
    private void tamper(String table, String trigger, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("alter table " + table + " disable trigger " + trigger);
            s.execute(sql);
            s.execute("alter table " + table + " enable trigger " + trigger);
            c.commit();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            List<String> out = new java.util.ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        }
    }

}
