package com.localizevideos.headroom.ruleset;

import static com.localizevideos.headroom.ruleset.Workbooks.as;
import static com.localizevideos.headroom.ruleset.Workbooks.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.evaluation.SampleAccount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Uploads: a data-row change becomes a draft; code in template or data cells is refused before anything is compiled. */
@QuarkusTest
class RuleSetUploadTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String READINESS = "readiness.drl.xlsx";

    @Test
    void dataRowChangeBecomesADraftWithItsChecks() {
        String importance = "High " + UUID.randomUUID().toString().substring(0, 6);
        Response r = upload("growth", READINESS, Workbooks.withCell(READINESS, "Readiness", "C10", importance));
        r.then().statusCode(201).header("Location", containsString("/api/v1/rulesets/"))
                .body("status", equalTo("DRAFT"))
                .body("origin", equalTo("UPLOAD"))
                .body("uploadedBy", equalTo("growth"))
                .body("checks.compiled", equalTo(true))
                .body("checks.errors", hasSize(0))
                .body("files.find { it.path == 'decision-tables/readiness.drl.xlsx' }.changed", equalTo(true))
                .body("files.find { it.path == 'rules/signals.drl' }.changed", equalTo(false));
        String version = r.path("version");
        as("governance").get("/api/v1/rulesets").then().statusCode(200)
                .body("find { it.version == '" + version + "' }.status", equalTo("DRAFT"));
        as("governance").get("/api/v1/audit/rulesets?version=" + version).then().statusCode(200)
                .body("items.kind", equalTo(List.of("CHECKED", "UPLOADED")))
                .body("items[1].principal", equalTo("growth"))
                .body("items[1].event.detail.files[0].name", equalTo(READINESS));
    }

    @Test
    void systemExitInATemplateCellIsRefusedNamingTheCell() {
        int versionsBefore = versionCount();
        byte[] workbook = Workbooks.withCell(READINESS, "Readiness", "D8", "System.exit(1); fw.setMaxPoints($param);");
        upload("growth", READINESS, workbook).then().statusCode(422).contentType(PROBLEM)
                .body("problems", hasSize(1))
                .body("problems[0].file", equalTo("decision-tables/readiness.drl.xlsx"))
                .body("problems[0].sheet", equalTo("Readiness"))
                .body("problems[0].cell", equalTo("D8"))
                .body("problems[0].message", containsString(
                        "Readiness!D8 'fw.setMaxPoints($param);' → 'System.exit(1); fw.setMaxPoints($param);'"))
                .body("problems[0].message", containsString("code-template row of ReadinessWeights"));
        assertEquals(versionsBefore, versionCount());
        assertServiceStillEvaluates();
    }

    @Test
    void fileWriteInATemplateCellIsRefusedAndNothingIsWritten() throws Exception {
        Path target = Files.createTempDirectory("headroom-inject").resolve("pwned.txt");
        String write = "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + target.toString().replace("\\", "/")
                + "\"), \"pwned\"); insert(new FactorPoints($w.getFactor(), $param, drools.getRule().getName()));";
        byte[] workbook = Workbooks.withCell(READINESS, "Readiness", "F19", write);
        int versionsBefore = versionCount();
        upload("admin", READINESS, workbook).then().statusCode(422).contentType(PROBLEM)
                .body("problems.cell", hasItem("F19"))
                .body("problems[0].message", containsString("Files.writeString"));
        assertEquals(versionsBefore, versionCount());
        // The stored facts of past evaluations are re-run by simulations: had the template been accepted, this would write it.
        assertServiceStillEvaluates();
        assertFalse(Files.exists(target), "the injected file write ran");
        as("governance").get("/api/v1/audit/rulesets?kind=UPLOAD_REFUSED&principal=admin").then().statusCode(200)
                .body("items[0].event.detail.errors[0].check", equalTo("template-lock"));
    }

    @Test
    void codeInADataCellIsRefused() throws Exception {
        Path target = Files.createTempDirectory("headroom-inject").resolve("data.txt");
        String value = "30); java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + target + "\"), \"x\"); fw.setMaxPoints(30";
        upload("growth", READINESS, Workbooks.withCell(READINESS, "Readiness", "D10", value)).then().statusCode(422)
                .body("problems[0].cell", equalTo("D10"))
                .body("problems[0].message", containsString("Max points, table ReadinessWeights"))
                .body("problems[0].message", containsString("anything else would run as code"));
        assertFalse(Files.exists(target));
    }

    @Test
    void settingsBelowTheTablesAreRefused() {
        byte[] workbook = Workbooks.edit(READINESS, wb -> {
            Workbooks.set(wb.getSheet("Readiness"), "A70", "Functions");
            Workbooks.set(wb.getSheet("Readiness"), "B70", "function void boom() { System.exit(1); }");
        });
        upload("growth", READINESS, workbook).then().statusCode(422)
                .body("problems.cell", hasItem("A70"))
                .body("problems.find { it.cell == 'A70' }.message", containsString("rows below table ReadinessTiers"));
    }

    @Test
    void aBlankRowInsideATableIsRefusedBecauseDroolsWouldDropTheRowsBelowIt() {
        byte[] workbook = Workbooks.edit(READINESS, wb -> wb.getSheet("Readiness").removeRow(wb.getSheet("Readiness").getRow(11)));
        upload("growth", READINESS, workbook).then().statusCode(422)
                .body("problems.cell", hasItem("A13"))
                .body("problems.find { it.cell == 'A13' }.message", containsString("a blank row ends a table"));
    }

    @Test
    void unknownWorkbookAndDrlFromGrowthOpsAreRefused() {
        upload("growth", "pricing.drl.xlsx", Workbooks.shipped(READINESS)).then().statusCode(422)
                .body("problems[0].file", equalTo("pricing.drl.xlsx"))
                .body("problems[0].message", containsString("has no file named pricing.drl.xlsx"));
        as("growth").multiPart("file", "guardrails.drl", "rule X when then end".getBytes(), "text/plain")
                .post("/api/v1/rulesets").then().statusCode(403).contentType(PROBLEM)
                .body("problems[0].file", equalTo("guardrails.drl"))
                .body("problems[0].message", containsString("only an admin"));
    }

    @Test
    void drlUploadedByAnAdminIsCompiledAndLocatedByLine() throws Exception {
        String signals = Files.readString(Path.of("rules/signals.drl"));
        String broken = signals.replaceFirst("salience 100", "salience 100\n    no-loop trueX");
        as("admin").multiPart("file", "signals.drl", broken.getBytes(), "text/plain").post("/api/v1/rulesets")
                .then().statusCode(422)
                .body("problems[0].file", equalTo("rules/signals.drl"))
                .body("problems[0].line", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void drlChangeByAnAdminIsALineDiff() throws Exception {
        String signals = Files.readString(Path.of("rules/signals.drl"));
        String note = "// reviewed " + UUID.randomUUID();
        String changed = signals.replaceFirst("\n", "\n" + note + "\n");
        Response r = as("admin").multiPart("file", "signals.drl", changed.getBytes(), "text/plain").post("/api/v1/rulesets");
        r.then().statusCode(201).body("files.find { it.path == 'rules/signals.drl' }.changed", equalTo(true));
        String active = as("admin").get("/api/v1/rulesets").then().extract()
                .path("find { it.status == 'ACTIVE' }.version");
        as("growth").get("/api/v1/rulesets/" + active + "/diff/" + r.path("version")).then().statusCode(200)
                .body("files[0].path", equalTo("rules/signals.drl"))
                .body("files[0].lines[0].type", equalTo("INSERT"))
                .body("files[0].lines[0].newLine", equalTo(2))
                .body("files[0].lines[0].newLines[0]", equalTo(note));
    }

    @Test
    void retriedUploadWithTheSameKeyReturnsTheFirstAnswerAndCreatesNothingNew() {
        byte[] workbook = Workbooks.withCell(READINESS, "Readiness", "C11", "High " + UUID.randomUUID().toString().substring(0, 6));
        String key = UUID.randomUUID().toString();
        Response first = as("growth").header("Idempotency-Key", key)
                .multiPart("file", READINESS, workbook).post("/api/v1/rulesets");
        first.then().statusCode(201);
        int versions = versionCount();
        Response again = as("growth").header("Idempotency-Key", key)
                .multiPart("file", READINESS, workbook).post("/api/v1/rulesets");
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.asString(), again.asString());
        assertEquals(versions, versionCount());
        as("governance").get("/api/v1/audit/rulesets?version=" + first.path("version") + "&kind=UPLOADED").then()
                .body("total", equalTo(1));
    }

    @Test
    void warningsAreLocatedAndDoNotRefuse() {
        byte[] workbook = Workbooks.edit(READINESS, wb -> {
            Workbooks.set(wb.getSheet("Readiness"), "C59", 59);  // MEDIUM up to 59, HIGH from 70: 60–69 uncovered
            Workbooks.set(wb.getSheet("Readiness"), "E21", "   ");
            Workbooks.set(wb.getSheet("Readiness"), "C12", "Medium " + UUID.randomUUID().toString().substring(0, 4));
        });
        Response r = upload("growth", READINESS, workbook);
        r.then().statusCode(201)
                .body("checks.warnings.find { it.check == 'gap' }.message",
                        containsString("no row of table ReadinessTiers covers Score from / Score to from 60 to 69"))
                .body("checks.warnings.find { it.check == 'gap' }.cell", equalTo("A53"))
                .body("checks.warnings.find { it.cell == 'E21' }.message", containsString("looks empty but holds spaces"));
        List<Map<String, Object>> warnings = r.path("checks.warnings");
        assertTrue(warnings.stream().noneMatch(w -> "unreachable-row".equals(w.get("check"))), warnings.toString());
    }

    @Test
    void errorsOfTheTableChecksRefuseWithTheirCells() {
        byte[] workbook = Workbooks.edit(READINESS, wb -> {
            Workbooks.set(wb.getSheet("Readiness"), "D22", 0.8);                        // at least 0.8 and below 0.75
            Workbooks.set(wb.getSheet("Readiness"), "A23", "FeatureUtilizationSaturated"); // name used on row 21
            Workbooks.set(wb.getSheet("Readiness"), "C13", "\u201CMedium\u201D");
        });
        upload("growth", READINESS, workbook).then().statusCode(422)
                .body("problems.find { it.cell == 'D22' }.message", containsString("can never fire"))
                .body("problems.find { it.cell == 'A23' }.message", containsString("rule name FeatureUtilizationSaturated is used twice"))
                .body("problems.find { it.cell == 'C13' }.message", containsString("smart"));
    }

    private static int versionCount() {
        return as("governance").get("/api/v1/rulesets").then().statusCode(200).extract().path("size()");
    }

    private static void assertServiceStillEvaluates() {
        SampleAccount.nearQuota(false).evaluate(SampleAccount.AS_OF);
    }
}
