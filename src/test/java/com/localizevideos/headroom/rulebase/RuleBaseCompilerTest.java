package com.localizevideos.headroom.rulebase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A copy of the shipped rules/ and decision-tables/ in a temp folder, broken one way per test. */
class RuleBaseCompilerTest {

    @TempDir
    Path root;

    private Path rules;
    private Path tables;

    @BeforeEach
    void copyShippedRules() throws IOException {
        rules = copy(Path.of("rules"), root.resolve("rules"));
        tables = copy(Path.of("decision-tables"), root.resolve("decision-tables"));
    }

    @Test
    void shippedCopyCompiles() {
        CompiledRuleBase base = RuleBaseCompiler.compile(read(), 1);

        assertTrue(base.ruleCount() > 40, "rules: " + base.ruleCount());
    }

    @Test
    void brokenDrlLineIsRefusedNamingFileAndLine() throws IOException {
        Path signals = rules.resolve("signals.drl");
        List<String> lines = new ArrayList<>(Files.readAllLines(signals));
        int index = indexOf(lines, "projectedQuotaRatio >= 0.9 )");
        lines.set(index, lines.get(index).replace("projectedQuotaRatio >= 0.9 )", "projectedQuotaRatio >= )"));
        Files.write(signals, lines);

        List<RuleProblem> problems = refused();

        assertTrue(problems.stream().anyMatch(p -> p.file().equals("rules/signals.drl") && Integer.valueOf(index + 1).equals(p.line())),
                () -> "expected rules/signals.drl line " + (index + 1) + " in " + problems);
    }

    @Test
    void unknownTierCodeInPlaybookTableIsRefusedNamingFileSheetRowAndCell() throws IOException {
        setCell(tables.resolve("playbooks.drl.xlsx"), "Playbooks", "B12", "HIGHX");

        List<RuleProblem> problems = refused();

        RuleProblem problem = problems.get(0);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("decision-tables/playbooks.drl.xlsx", problem.file());
        assertEquals("Playbooks", problem.sheet());
        assertEquals(12, problem.row());
        assertEquals("B12", problem.cell());
        assertTrue(problem.message().contains("HIGHX"), problem.message());
    }

    @Test
    void unknownSignalCodeInAListCellIsRefusedAtThatCell() throws IOException {
        setCell(tables.resolve("playbooks.drl.xlsx"), "Playbooks", "C16", "APPROACHING_QUOTA, FEATURE_SATURATIONX");

        RuleProblem problem = refused().get(0);

        assertEquals(16, problem.row());
        assertEquals("C16", problem.cell());
    }

    @Test
    void unknownPlaybookCodeInAnActionCellIsRefusedAtThatCell() throws IOException {
        setCell(tables.resolve("playbooks.drl.xlsx"), "Playbooks", "E12", "VALUE_REINFORCEMENTX");

        RuleProblem problem = refused().get(0);

        assertEquals("decision-tables/playbooks.drl.xlsx", problem.file());
        assertEquals(12, problem.row());
        assertEquals("E12", problem.cell());
    }

    @Test
    void malformedThresholdInReadinessTableIsRefusedAtItsCell() throws IOException {
        // D21 and C21 end up on one generated line; the parser's column tells them apart
        setCell(tables.resolve("readiness.drl.xlsx"), "Readiness", "D21", "0.75)");

        List<RuleProblem> problems = refused();

        assertTrue(problems.stream().anyMatch(p -> "decision-tables/readiness.drl.xlsx".equals(p.file())
                        && "Readiness".equals(p.sheet()) && Integer.valueOf(21).equals(p.row()) && "D21".equals(p.cell())),
                problems::toString);
    }

    @Test
    void fileNamedLikeAWorkbookThatIsNotOneIsRefusedNamingTheFile() throws IOException {
        Files.writeString(tables.resolve("plans.drl.xlsx"), "plan,price\nPRO,199\n");

        List<RuleProblem> problems = refused();

        assertEquals(1, problems.size(), problems::toString);
        assertEquals("decision-tables/plans.drl.xlsx", problems.get(0).file());
        assertTrue(problems.get(0).message().contains("not a readable .xlsx workbook"), problems.get(0).message());
    }

    @Test
    void spreadsheetNotNamedDrlXlsxIsReportedNotSkipped() throws IOException {
        Files.copy(tables.resolve("routing.drl.xlsx"), tables.resolve("routing-draft.xlsx"));
        List<RuleProblem> problems = new ArrayList<>();

        List<RuleSource> sources = RuleSourceReader.read(rules, tables, problems);

        assertEquals(1, problems.size(), problems::toString);
        assertEquals("decision-tables/routing-draft.xlsx", problems.get(0).file());
        assertTrue(sources.stream().noneMatch(s -> s.path().endsWith("routing-draft.xlsx")));
    }

    @Test
    void sameFilesGiveTheSameVersion() {
        String first = RuleBaseCompiler.versionOf(read());
        String second = RuleBaseCompiler.versionOf(read());

        assertEquals(first, second);
        assertEquals(64, first.length());
    }

    @Test
    void oneChangedByteChangesTheVersion() throws IOException {
        String before = RuleBaseCompiler.versionOf(read());
        Path guardrails = rules.resolve("guardrails.drl");
        byte[] bytes = Files.readAllBytes(guardrails);
        int at = new String(bytes, StandardCharsets.US_ASCII).indexOf("60 days");
        bytes[at + 1] = '1'; // "61 days" in a comment: same rules, different file
        Files.write(guardrails, bytes);

        String after = RuleBaseCompiler.versionOf(read());

        assertNotEquals(before, after);
    }

    private List<RuleSource> read() {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleSource> sources = RuleSourceReader.read(rules, tables, problems);
        assertEquals(List.of(), problems);
        return sources;
    }

    private List<RuleProblem> refused() {
        List<RuleSource> sources = read();
        RuleBaseRejectedException e = assertThrows(RuleBaseRejectedException.class, () -> RuleBaseCompiler.compile(sources, 1));
        return e.problems();
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not found");
    }

    private static void setCell(Path workbook, String sheet, String ref, String value) throws IOException {
        Workbook wb;
        try (InputStream in = Files.newInputStream(workbook)) {
            wb = WorkbookFactory.create(in);
        }
        CellReference cell = new CellReference(ref);
        wb.getSheet(sheet).getRow(cell.getRow()).getCell(cell.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                .setCellValue(value);
        try (OutputStream out = Files.newOutputStream(workbook)) {
            wb.write(out);
        }
        wb.close();
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
