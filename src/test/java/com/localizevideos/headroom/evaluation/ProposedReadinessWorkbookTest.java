package com.localizevideos.headroom.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Factor;
import com.localizevideos.headroom.fact.FactorScore;
import com.localizevideos.headroom.learning.Backtest;
import com.localizevideos.headroom.learning.ReadinessWorkbook;
import com.localizevideos.headroom.learning.TrainingPoint;
import com.localizevideos.headroom.rulebase.CompiledRuleBase;
import com.localizevideos.headroom.rulebase.RuleBaseCompiler;
import com.localizevideos.headroom.rulebase.RuleSource;

/** A proposed readiness workbook compiles, scores as the backtest rescored it, and changes only weight and points cells. */
class ProposedReadinessWorkbookTest {
    private static final Path SHIPPED = Path.of("decision-tables", "readiness.drl.xlsx");
    private static final Map<Factor, Integer> PROPOSED = new EnumMap<>(Map.of(Factor.FEATURE_UTILIZATION, 50,
            Factor.CAPACITY_PRESSURE, 10, Factor.ENGAGEMENT_CONSISTENCY, 20, Factor.SUPPORT_STABILITY, 15,
            Factor.STRATEGIC_VALUE, 5));

    @Test
    void theProposedTableScoresAsTheBacktestRescored() throws IOException {
        byte[] shipped = Files.readAllBytes(SHIPPED);
        assertEquals(Map.of(Factor.FEATURE_UTILIZATION, 30, Factor.CAPACITY_PRESSURE, 30, Factor.ENGAGEMENT_CONSISTENCY, 15,
                Factor.SUPPORT_STABILITY, 15, Factor.STRATEGIC_VALUE, 10), ReadinessWorkbook.weights(shipped));
        byte[] proposed = ReadinessWorkbook.propose(shipped, PROPOSED);
        assertEquals(PROPOSED, ReadinessWorkbook.weights(proposed));
        List<RuleSource> sources = new ArrayList<>(ShippedRules.sources().stream()
                .filter(s -> !s.path().endsWith("readiness.drl.xlsx")).toList());
        sources.add(RuleSource.of("decision-tables/readiness.drl.xlsx", RuleSource.Kind.DECISION_TABLE, proposed));
        CompiledRuleBase challenger = RuleBaseCompiler.compile(sources, 1);
        for (AccountSnapshot snapshot : List.of(ShippedRules.highReadinessNearQuota(), ShippedRules.quietProAccount())) {
            Decision champion = ShippedRules.decide(snapshot);
            Map<Factor, Integer> points = new EnumMap<>(Factor.class);
            Map<Factor, Integer> weights = new EnumMap<>(Factor.class);
            for (FactorScore f : champion.factors()) {
                points.put(f.getFactor(), f.getPoints());
                weights.put(f.getFactor(), f.getWeight());
            }
            TrainingPoint p = new TrainingPoint("x", "PRO", null, champion.readiness().getScore(), null, false, points,
                    weights, 0, 0, 0, 0);
            assertEquals(champion.readiness().getScore(), Backtest.rescore(p, weights));
            assertEquals(Backtest.rescore(p, PROPOSED), ShippedRules.decide(challenger, snapshot).readiness().getScore());
        }
        // 30 of 30 -> 50, 30 of 30 -> 10, 15 of 15 -> 20: 80 of 100 (the champion's 75)
        assertEquals(80, ShippedRules.decide(challenger, ShippedRules.highReadinessNearQuota()).readiness().getScore());
    }

    @Test
    void onlyMaxPointsAndPointsCellsChange() throws IOException {
        byte[] shipped = Files.readAllBytes(SHIPPED);
        DataFormatter text = new DataFormatter();
        try (Workbook before = new XSSFWorkbook(new ByteArrayInputStream(shipped));
             Workbook after = new XSSFWorkbook(new ByteArrayInputStream(ReadinessWorkbook.propose(shipped, PROPOSED)))) {
            assertEquals(before.getNumberOfSheets(), after.getNumberOfSheets());
            int changed = 0;
            for (int s = 0; s < before.getNumberOfSheets(); s++) {
                Sheet a = before.getSheetAt(s);
                Sheet b = after.getSheetAt(s);
                assertEquals(a.getSheetName(), b.getSheetName());
                String label = null;
                for (Row row : a) {
                    String first = text.formatCellValue(row.getCell(0));
                    for (Cell cell : row) {
                        String was = text.formatCellValue(cell);
                        String is = text.formatCellValue(b.getRow(row.getRowNum()).getCell(cell.getColumnIndex()));
                        if (!was.equals(is)) {
                            changed++;
                            String column = columnLabel(a, row.getRowNum(), cell.getColumnIndex(), text);
                            assertTrue(column.equals("Max points") || column.equals("Points"),
                                    "row " + first + " column " + column + " changed from " + was + " to " + is);
                        }
                    }
                }
                assertTrue(label == null);
            }
            assertTrue(changed >= 5, "the weights changed: " + changed);
        }
    }

    /** The label ("Rule name" row) above a data cell. */
    private static String columnLabel(Sheet sheet, int rowNum, int column, DataFormatter text) {
        for (int r = rowNum - 1; r >= 0; r--) {
            Row row = sheet.getRow(r);
            if (row != null && text.formatCellValue(row.getCell(0)).equals("Rule name")) {
                return text.formatCellValue(row.getCell(column));
            }
        }
        return "";
    }
}
