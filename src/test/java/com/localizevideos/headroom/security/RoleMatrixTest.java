package com.localizevideos.headroom.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.localizevideos.headroom.delivery.DeadLetters;
import com.localizevideos.headroom.evaluation.SampleAccount;
import com.localizevideos.headroom.learning.OutcomeFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who may call what: every shipped endpoint of the OpenAPI document × every built-in user (one per role) and an
 * anonymous caller. Allowed callers get a 2xx on a well-formed request; others a 403, anonymous a 401, both
 * problem+json. {@link #everyEndpointHasARule()} fails when an endpoint is added without a row in {@link #MATRIX}, and
 * {@link #call} fails for a row without a request, so a new endpoint comes with its rule and its test.
 */
@QuarkusTest
class RoleMatrixTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String ANONYMOUS = "anonymous";
    /** Built-in user per role (README, Roles); each password is {@code <user>-local}. */
    private static final Map<String, String> USER_OF_ROLE = Map.of(Roles.APP, "app", Roles.GROWTH_OPS, "growth",
            Roles.CS, "cs", Roles.GOVERNANCE, "governance", Roles.EXEC, "exec", Roles.ADMIN, "admin",
            Roles.MONITORING, "monitoring");

    /** The rule of every endpoint: "METHOD path" as the OpenAPI document spells it → the roles allowed. */
    static final Map<String, Set<String>> MATRIX = new LinkedHashMap<>();

    /** The report endpoints under /api/v1/reports/. */
    private static final List<String> REPORTS = List.of("conversion-by-signal", "conversion-by-rule",
            "time-to-expansion", "uplift-by-cohort", "churn-impact", "nrr", "growth-efficiency", "pipeline",
            "forecast-accuracy");

    static {
        MATRIX.put("PUT /api/v1/accounts/{accountId}", Set.of(Roles.APP, Roles.ADMIN));
        MATRIX.put("GET /api/v1/accounts/{accountId}",
                Set.of(Roles.APP, Roles.CS, Roles.GOVERNANCE, Roles.EXEC, Roles.ADMIN));
        MATRIX.put("POST /api/v1/observations", Set.of(Roles.APP, Roles.ADMIN));
        MATRIX.put("POST /api/v1/evaluations", Set.of(Roles.APP, Roles.ADMIN));
        MATRIX.put("POST /api/v1/actions/{id}/outcome", Set.of(Roles.CS, Roles.APP, Roles.ADMIN));
        MATRIX.put("GET /api/v1/audit/evaluations", Set.of(Roles.GOVERNANCE, Roles.ADMIN));
        MATRIX.put("GET /api/v1/audit/evaluations/{id}", Set.of(Roles.GOVERNANCE, Roles.ADMIN));
        MATRIX.put("POST /api/v1/evaluations/batch", Set.of(Roles.APP, Roles.ADMIN));
        MATRIX.put("GET /api/v1/accounts/{accountId}/events",
                Set.of(Roles.APP, Roles.CS, Roles.GOVERNANCE, Roles.EXEC, Roles.ADMIN));
        for (String kind : List.of("accounts", "subscriptions", "feature-usage", "support-tickets", "churn-events")) {
            MATRIX.put("POST /api/v1/imports/" + kind, Set.of(Roles.APP, Roles.ADMIN));
        }
        MATRIX.put("GET /api/v1/evaluations/batch/{id}", Set.of(Roles.APP, Roles.ADMIN));
        for (String report : REPORTS) {
            MATRIX.put("GET /api/v1/reports/" + report, Set.of(Roles.EXEC, Roles.GOVERNANCE, Roles.ADMIN));
        }
        MATRIX.put("POST /api/v1/calibrations", Set.of(Roles.GROWTH_OPS, Roles.ADMIN));
        MATRIX.put("GET /api/v1/calibrations", Set.of(Roles.GOVERNANCE, Roles.GROWTH_OPS, Roles.EXEC, Roles.ADMIN));
        MATRIX.put("GET /api/v1/calibrations/{version}",
                Set.of(Roles.GOVERNANCE, Roles.GROWTH_OPS, Roles.EXEC, Roles.ADMIN));
        MATRIX.put("POST /api/v1/audit/evaluations/{id}/replay", Set.of(Roles.GOVERNANCE, Roles.ADMIN));
        MATRIX.put("GET /api/v1/audit/verify", Set.of(Roles.GOVERNANCE, Roles.ADMIN));
        MATRIX.put("GET /api/v1/audit/verify/latest", Set.of(Roles.GOVERNANCE, Roles.ADMIN));
        MATRIX.put("GET /api/v1/actions", Set.of(Roles.CS, Roles.GROWTH_OPS, Roles.GOVERNANCE, Roles.ADMIN));
        MATRIX.put("GET /api/v1/deliveries", Set.of(Roles.CS, Roles.ADMIN));
        MATRIX.put("POST /api/v1/deliveries/{id}/retry", Set.of(Roles.ADMIN));
        Set<String> ruleSetReaders = Set.of(Roles.GROWTH_OPS, Roles.GOVERNANCE, Roles.ADMIN);
        MATRIX.put("POST /api/v1/rulesets", Set.of(Roles.GROWTH_OPS, Roles.ADMIN));
        MATRIX.put("GET /api/v1/rulesets", ruleSetReaders);
        MATRIX.put("GET /api/v1/rulesets/{version}", ruleSetReaders);
        MATRIX.put("GET /api/v1/rulesets/{from}/diff/{to}", ruleSetReaders);
        MATRIX.put("POST /api/v1/rulesets/{version}/simulate", ruleSetReaders);
        MATRIX.put("POST /api/v1/rulesets/{version}/approve", Set.of(Roles.GOVERNANCE, Roles.ADMIN));
        MATRIX.put("POST /api/v1/rulesets/{version}/reject", Set.of(Roles.GOVERNANCE, Roles.ADMIN));
        MATRIX.put("POST /api/v1/rulesets/{version}/activate", Set.of(Roles.GROWTH_OPS, Roles.ADMIN));
        MATRIX.put("POST /api/v1/rulesets/{version}/rollback", Set.of(Roles.GROWTH_OPS, Roles.ADMIN));
        MATRIX.put("POST /api/v1/rulesets/reload", Set.of(Roles.ADMIN));
        MATRIX.put("GET /api/v1/audit/rulesets", Set.of(Roles.GOVERNANCE, Roles.ADMIN));
        MATRIX.put("GET /api/v1/accounts/{accountId}/prompts", Set.of(Roles.APP, Roles.ADMIN));
        // Dashboards: the session (every role) and the account pages' reads.
        MATRIX.put("GET /api/v1/session", Set.copyOf(Roles.ALL));
        MATRIX.put("DELETE /api/v1/session", Set.copyOf(Roles.ALL));
        Set<String> accountReaders = Set.of(Roles.CS, Roles.GOVERNANCE, Roles.EXEC, Roles.ADMIN);
        MATRIX.put("GET /api/v1/account-directory", accountReaders);
        MATRIX.put("GET /api/v1/accounts/{accountId}/evaluations", accountReaders);
        MATRIX.put("GET /api/v1/accounts/{accountId}/outcomes", accountReaders);
        MATRIX.put("POST /api/v1/backtests", Set.of(Roles.GROWTH_OPS, Roles.GOVERNANCE, Roles.EXEC, Roles.ADMIN));
        MATRIX.put("POST /api/v1/challengers", Set.of(Roles.GROWTH_OPS, Roles.GOVERNANCE, Roles.ADMIN));
        MATRIX.put("GET /api/v1/challengers/{id}/workbook",
                Set.of(Roles.GROWTH_OPS, Roles.GOVERNANCE, Roles.EXEC, Roles.ADMIN));
    }

    /** Endpoints that tests add to the application under test; they are not shipped. */
    private static final String TEST_ONLY = "/test-only/";

    /** Made once, as admin: an account with usage, an evaluation of it and one of its actions. */
    private static Fixture fixture;

    /** Made once: a segment with recorded outcomes that a calibration can be fitted on. */
    private static String calibrationSegment;

    @Inject
    OutcomeFixture outcomes;

    @BeforeEach
    void outcomesToFitOn() {
        synchronized (RoleMatrixTest.class) {
            if (calibrationSegment == null) {
                calibrationSegment = outcomes.create();
            }
        }
    }

    record Fixture(String accountId, String evaluationId, String actionId, String batchRunId) {
    }

    static Stream<Arguments> endpointsByCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (String endpoint : MATRIX.keySet()) {
            cases.add(Arguments.of(endpoint, ANONYMOUS));
            for (String role : Roles.ALL) {
                cases.add(Arguments.of(endpoint, role));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("endpointsByCaller")
    void callerGetsWhatTheMatrixSays(String endpoint, String role) {
        Response response = call(endpoint, role);
        if (role.equals(ANONYMOUS)) {
            response.then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", containsString("basic"))
                    .body("status", equalTo(401));
        } else if (MATRIX.get(endpoint).contains(role)) {
            int status = response.statusCode();
            assertTrue(status >= 200 && status < 300, endpoint + " as " + role + " answered " + status + ": "
                    + response.asString());
        } else {
            response.then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403))
                    .body("detail", containsString("'" + USER_OF_ROLE.get(role) + "'"));
        }
    }

    @Test
    void everyEndpointHasARule() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().auth().none().queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().asString()).path("paths");
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace").contains(method)
                        && !path.getKey().startsWith(TEST_ONLY)) {
                    documented.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        Set<String> withoutRule = new TreeSet<>(documented);
        withoutRule.removeAll(MATRIX.keySet());
        Set<String> stale = new TreeSet<>(MATRIX.keySet());
        stale.removeAll(documented);
        assertEquals(Set.of(), withoutRule, "endpoints without a row in RoleMatrixTest.MATRIX: add @RolesAllowed and a row");
        assertEquals(Set.of(), stale, "rows in RoleMatrixTest.MATRIX for endpoints that no longer exist");
    }

    @Test
    void anEndpointWithoutARuleIsRefusedToEveryone() {
        given().auth().none().get("/test-only/unannotated").then().statusCode(401).contentType(PROBLEM);
        for (String role : Roles.ALL) {
            as(role).get("/test-only/unannotated").then().statusCode(403).contentType(PROBLEM);
        }
    }

    @Test
    void wrongPasswordIsAProblem401() {
        given().auth().preemptive().basic("admin", "not-the-password").get("/api/v1/audit/evaluations")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", containsString("basic"))
                .body("title", equalTo("Unauthorized"))
                .body("detail", containsString("not accepted"));
        given().auth().preemptive().basic("nobody", "nobody-local").get("/api/v1/audit/evaluations")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void healthAndOpenApiAnswerWithoutLogin() {
        for (String path : List.of("/q/health", "/q/health/live", "/q/health/ready", "/q/openapi", "/q/swagger-ui/")) {
            given().auth().none().get(path).then().statusCode(200);
        }
    }

    @Test
    void metricsNeedMonitoringOrAdmin() {
        given().auth().none().get("/q/metrics").then().statusCode(401).contentType(PROBLEM);
        for (String role : Roles.ALL) {
            int expected = role.equals(Roles.MONITORING) || role.equals(Roles.ADMIN) ? 200 : 403;
            as(role).get("/q/metrics").then().statusCode(expected);
        }
    }

    @Test
    void anyOtherPathNeedsALoginBeforeItIsEvenLookedUp() {
        given().auth().none().get("/no/such/page").then().statusCode(401).contentType(PROBLEM);
        given().auth().none().delete("/api/v1/audit/evaluations").then().statusCode(401).contentType(PROBLEM);
        as(Roles.EXEC).get("/no/such/page").then().statusCode(404).contentType(PROBLEM);
    }

    private static Response call(String endpoint, String role) {
        Fixture f = fixture();
        RequestSpecification request = as(role).contentType(ContentType.JSON);
        return switch (endpoint) {
            case "PUT /api/v1/accounts/{accountId}" -> request.body(accountBody()).put("/api/v1/accounts/" + f.accountId());
            case "GET /api/v1/accounts/{accountId}" -> request.get("/api/v1/accounts/" + f.accountId());
            case "POST /api/v1/observations" -> request.body("""
                    {"observations": [{"id": "%s", "accountId": "%s", "metric": "video_minutes", "value": 1,
                                       "observedAt": "2026-11-20T10:00:00Z"}]}
                    """.formatted(UUID.randomUUID(), f.accountId())).post("/api/v1/observations");
            case "POST /api/v1/evaluations" -> request.body("""
                    {"accountId": "%s", "asOf": "%s"}""".formatted(f.accountId(), SampleAccount.AS_OF))
                    .post("/api/v1/evaluations");
            case "POST /api/v1/actions/{id}/outcome" -> request.body("""
                    {"response": "DEFERRED", "respondedAt": "2026-11-25T09:00:00Z"}""")
                    .post("/api/v1/actions/" + f.actionId() + "/outcome");
            case "GET /api/v1/audit/evaluations" -> request.get("/api/v1/audit/evaluations");
            case "GET /api/v1/audit/evaluations/{id}" -> request.get("/api/v1/audit/evaluations/" + f.evaluationId());
            case "POST /api/v1/evaluations/batch" -> request.body("""
                    {"segment": "nobody-%s"}""".formatted(UUID.randomUUID())).post("/api/v1/evaluations/batch");
            case "GET /api/v1/evaluations/batch/{id}" -> request.get("/api/v1/evaluations/batch/" + f.batchRunId());
            case "POST /api/v1/audit/evaluations/{id}/replay" ->
                    request.post("/api/v1/audit/evaluations/" + f.evaluationId() + "/replay");
            case "GET /api/v1/audit/verify" -> request.get("/api/v1/audit/verify");
            case "GET /api/v1/audit/verify/latest" -> {
                as(Roles.ADMIN).get("/api/v1/audit/verify"); // a recorded verification to read back
                yield request.get("/api/v1/audit/verify/latest");
            }
            case "GET /api/v1/accounts/{accountId}/events" -> request.get("/api/v1/accounts/" + f.accountId() + "/events");
            case "POST /api/v1/calibrations" -> request.body("""
                    {"from": "%s", "to": "%s", "segment": "%s"}""".formatted(OutcomeFixture.FROM, OutcomeFixture.TO,
                    calibrationSegment)).post("/api/v1/calibrations");
            case "GET /api/v1/calibrations" -> request.get("/api/v1/calibrations");
            case "GET /api/v1/calibrations/{version}" -> request.get("/api/v1/calibrations/prior-v1");
            case "GET /api/v1/actions" -> request.get("/api/v1/actions?status=OPEN&size=5");
            case "GET /api/v1/deliveries" -> request.get("/api/v1/deliveries?status=DEAD");
            case "POST /api/v1/deliveries/{id}/retry" -> request.post("/api/v1/deliveries/"
                    + DeadLetters.insert(UUID.fromString(f.evaluationId())) + "/retry");
            case "POST /api/v1/rulesets" -> as(role).multiPart("file", "readiness.drl.xlsx", draftWorkbook()).post("/api/v1/rulesets");
            case "GET /api/v1/rulesets" -> request.get("/api/v1/rulesets");
            case "GET /api/v1/rulesets/{version}" -> request.get("/api/v1/rulesets/" + activeVersion());
            case "GET /api/v1/rulesets/{from}/diff/{to}" -> request.get("/api/v1/rulesets/" + activeVersion() + "/diff/" + activeVersion());
            case "POST /api/v1/rulesets/{version}/simulate" -> request.body("""
                    {"from": "2026-11-24T00:00:00Z", "to": "2026-11-24T00:00:01Z"}""")
                    .post("/api/v1/rulesets/" + activeVersion() + "/simulate");
            case "POST /api/v1/rulesets/{version}/approve" -> request.body("{\"comment\": \"reviewed\"}")
                    .post("/api/v1/rulesets/" + (allowed(endpoint, role) ? checkedDraft() : activeVersion()) + "/approve");
            case "POST /api/v1/rulesets/{version}/reject" -> request.body("{\"comment\": \"not now\"}")
                    .post("/api/v1/rulesets/" + (allowed(endpoint, role) ? draft() : activeVersion()) + "/reject");
            case "POST /api/v1/rulesets/{version}/activate" -> request.body("{}").post("/api/v1/rulesets/" + activeVersion() + "/activate");
            case "POST /api/v1/rulesets/{version}/rollback" -> request.body("{}").post("/api/v1/rulesets/" + activeVersion() + "/rollback");
            case "POST /api/v1/rulesets/reload" -> request.body("{}").post("/api/v1/rulesets/reload");
            case "GET /api/v1/audit/rulesets" -> request.get("/api/v1/audit/rulesets");
            case "GET /api/v1/accounts/{accountId}/prompts" -> request.get("/api/v1/accounts/" + f.accountId() + "/prompts");
            case "GET /api/v1/session" -> request.get("/api/v1/session");
            case "DELETE /api/v1/session" -> request.delete("/api/v1/session");
            case "GET /api/v1/account-directory" -> request.get("/api/v1/account-directory");
            case "GET /api/v1/accounts/{accountId}/evaluations" ->
                    request.get("/api/v1/accounts/" + f.accountId() + "/evaluations");
            case "GET /api/v1/accounts/{accountId}/outcomes" -> request.get("/api/v1/accounts/" + f.accountId() + "/outcomes");
            case "POST /api/v1/backtests" -> request.body("""
                    {"from": "%s", "to": "%s", "segment": "%s"}""".formatted(OutcomeFixture.FROM, OutcomeFixture.TO,
                    calibrationSegment)).post("/api/v1/backtests");
            case "POST /api/v1/challengers" -> request.body(challengerBody()).post("/api/v1/challengers");
            case "GET /api/v1/challengers/{id}/workbook" -> request.get(challengerWorkbook());
            default -> endpoint.startsWith("POST /api/v1/imports/") ? importCsv(role, endpoint.substring(5))
                    : endpoint.startsWith("GET /api/v1/reports/") ? request.get(endpoint.substring(4) + "?from=2026-01-01")
                    : fail("no request for " + endpoint + ": add one to call()");
        };
    }

    private static String challengerWorkbook;

    private static String challengerBody() {
        return """
                {"from": "%s", "to": "%s", "heldOutFrom": "2026-06-01T00:00:00Z", "segment": "%s"}"""
                .formatted(OutcomeFixture.FROM, OutcomeFixture.TO, calibrationSegment);
    }

    /** A challenger proposed once, as admin, to download. */
    private static synchronized String challengerWorkbook() {
        if (challengerWorkbook == null) {
            challengerWorkbook = as(Roles.ADMIN).contentType(ContentType.JSON).body(challengerBody())
                    .post("/api/v1/challengers").then().statusCode(201).extract().path("workbook");
        }
        return challengerWorkbook;
    }

    /** An import of a header-only CSV (no rows: authorisation is what is tested, nothing is stored). */
    private static Response importCsv(String role, String path) {
        String header = switch (path.substring(path.lastIndexOf('/') + 1)) {
            case "accounts" -> "account_id,account_name,industry,country,signup_date,referral_source,plan_tier,seats,is_trial,churn_flag";
            case "subscriptions" -> "subscription_id,account_id,start_date,end_date,plan_tier,seats,mrr_amount,arr_amount,"
                    + "is_trial,upgrade_flag,downgrade_flag,churn_flag,billing_frequency,auto_renew_flag";
            case "feature-usage" -> "usage_id,subscription_id,usage_date,feature_name,usage_count,usage_duration_secs,"
                    + "error_count,is_beta_feature";
            case "support-tickets" -> "ticket_id,account_id,submitted_at,closed_at,resolution_time_hours,priority,"
                    + "first_response_time_minutes,satisfaction_score,escalation_flag";
            default -> "churn_event_id,account_id,churn_date,reason_code,refund_amount_usd,preceding_upgrade_flag,"
                    + "preceding_downgrade_flag,is_reactivation,feedback_text";
        };
        return as(role).contentType("text/csv").body(header + "\n").post(path);
    }

    private static boolean allowed(String endpoint, String role) {
        return MATRIX.get(endpoint).contains(role);
    }

    /** The active rule-set version (activating or rolling back to it changes nothing: a well-formed no-op). */
    private static String activeVersion() {
        return given().get("/q/health/ready").then().extract().path("checks.find { it.name == 'rule-base' }.data.version");
    }

    /** The shipped readiness workbook with one text data cell made unique, so each upload is a new version. */
    private static byte[] draftWorkbook() {
        try (org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                new java.io.ByteArrayInputStream(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("decision-tables/readiness.drl.xlsx"))))) {
            wb.getSheet("Readiness").getRow(9).getCell(2).setCellValue("High " + UUID.randomUUID().toString().substring(0, 8));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A fresh draft uploaded by growth ops. */
    private static String draft() {
        return as(Roles.GROWTH_OPS).multiPart("file", "readiness.drl.xlsx", draftWorkbook()).post("/api/v1/rulesets")
                .then().statusCode(201).extract().path("version");
    }

    /** A fresh draft uploaded and simulated by growth ops: ready for another person's approval. */
    private static String checkedDraft() {
        String version = draft();
        as(Roles.GROWTH_OPS).contentType(ContentType.JSON).body("""
                {"from": "2026-11-24T00:00:00Z", "to": "2026-11-24T00:00:01Z"}""")
                .post("/api/v1/rulesets/" + version + "/simulate").then().statusCode(200);
        return version;
    }

    private static Response fail(String message) {
        throw new IllegalArgumentException(message);
    }

    /** A request as the built-in user of {@code role}, or without credentials. */
    private static RequestSpecification as(String role) {
        return role.equals(ANONYMOUS) ? given().auth().none()
                : given().auth().preemptive().basic(USER_OF_ROLE.get(role), USER_OF_ROLE.get(role) + "-local");
    }

    private static synchronized Fixture fixture() {
        if (fixture == null) {
            SampleAccount account = SampleAccount.nearQuota(false);
            Response evaluation = account.evaluate(SampleAccount.AS_OF);
            String run = given().contentType(ContentType.JSON).body("{\"segment\": \"nobody-at-all\"}")
                    .post("/api/v1/evaluations/batch").then().statusCode(202).extract().path("id");
            fixture = new Fixture(account.id(), evaluation.path("id"), evaluation.path("actions[0].id"), run);
        }
        return fixture;
    }

    private static String accountBody() {
        return """
                {"name": "Northwind Media", "plan": "BUSINESS", "seatsLicensed": 20, "arr": 9588,
                 "billingCycleStart": "2026-10-01", "renewalDate": "2027-09-30", "region": "EMEA",
                 "segment": "mid-market", "strategic": false, "doNotContact": false, "inDunning": false,
                 "owner": "csm.anna"}
                """;
    }
}
