package com.localizevideos.headroom.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The table checks on the shipped tables and on edited copies: overlaps, gaps and unreachable rows, located. */
class TableVerifierTest {

    @Test
    void shippedTablesHaveNoErrorsAndOneKnownOverlap() throws IOException {
        List<Finding> all = new ArrayList<>();
        for (String file : List.of("readiness.drl.xlsx", "playbooks.drl.xlsx", "routing.drl.xlsx")) {
            all.addAll(verify(file, Workbooks.shipped(file)));
        }
        assertTrue(all.stream().noneMatch(Finding::isError), all.toString());
        assertEquals(1, all.size(), all.toString());
        assertEquals("A50", all.get(0).cell());
        assertEquals(TableVerifier.OVERLAP, all.get(0).check());
    }

    @Test
    void routingBandsThatOverlapOrLeaveAGapAreNamed() throws IOException {
        List<Finding> overlap = verify("routing.drl.xlsx", Workbooks.withCell("routing.drl.xlsx", "Routing", "F11", 6000));
        assertEquals(List.of("A12"), overlap.stream().filter(f -> f.check().equals(TableVerifier.OVERLAP)).map(Finding::cell).toList());
        assertTrue(overlap.get(0).message().contains("rows 11 (RouteLowValueInProduct) and 12 (RouteMediumValueToCustomerSuccess)"),
                overlap.toString());

        List<Finding> gap = verify("routing.drl.xlsx", Workbooks.withCell("routing.drl.xlsx", "Routing", "F11", 4000));
        List<Finding> gaps = gap.stream().filter(f -> f.check().equals(TableVerifier.GAP)).toList();
        assertEquals(1, gaps.size(), gap.toString());
        assertTrue(gaps.get(0).message().contains("ARR at least / ARR below from 4000 up to (not including) 5000"), gaps.toString());
        assertTrue(gaps.get(0).message().contains("Strategic account false"), gaps.toString());
        assertEquals("A5", gaps.get(0).cell());
    }

    @Test
    void aScoreBandMovedAwayFromZeroLeavesTheLowScoresUncovered() throws IOException {
        List<Finding> findings = verify("readiness.drl.xlsx", Workbooks.withCell("readiness.drl.xlsx", "Readiness", "B58", 5));
        assertTrue(findings.stream().anyMatch(f -> f.check().equals(TableVerifier.GAP)
                && f.message().contains("from 0 to 4")), findings.toString());
    }

    @Test
    void aPlaybookRowExcludingEverySignalItNeedsCanNeverFire() throws IOException {
        List<Finding> findings = verify("playbooks.drl.xlsx",
                Workbooks.withCell("playbooks.drl.xlsx", "Playbooks", "D11", "CONSISTENT_ACTIVE_USAGE"));
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        assertEquals(1, errors.size(), findings.toString());
        assertEquals(TableVerifier.UNREACHABLE, errors.get(0).check());
        assertEquals(11, errors.get(0).row());
        assertTrue(errors.get(0).message().contains("FeatureDiscoveryForRegularUsers"), errors.toString());
    }

    @Test
    void dataCellsMustBePlainValuesForTheirTemplate() {
        assertEquals(null, DataCellGuard.problemWith("fw.setMaxPoints($param);", "30"));
        assertEquals(null, DataCellGuard.problemWith("fw.setImportance(\"$param\");", "High, really"));
        assertEquals(null, DataCellGuard.problemWith("forall(||){playbook == Playbook.$}", "CUSTOM_PLAN, CONTRACT_EXPANSION"));
        assertTrue(DataCellGuard.problemWith("fw.setMaxPoints($param);", "30); System.exit(1); (") != null);
        assertTrue(DataCellGuard.problemWith("fw.setImportance(\"$param\");", "x\"); System.exit(1); (\"") != null);
        assertTrue(DataCellGuard.problemWith("fw.setImportance(\"$param\");", "\\u0022") != null);
        assertTrue(DataCellGuard.problemWith("forall(||){playbook == Playbook.$}", "CUSTOM_PLAN, X.y()") != null);
    }

    /** Verifies every table of the edited workbook against the shipped one of the same name (the template). */
    private static List<Finding> verify(String file, byte[] content) throws IOException {
        List<Finding> findings = new ArrayList<>();
        List<SheetLayout> template = WorkbookReader.read(Workbooks.shipped(file));
        for (SheetLayout sheet : WorkbookReader.read(content)) {
            for (SheetLayout.Table table : sheet.tables()) {
                SheetLayout templateSheet = template.stream().filter(t -> t.sheet().equals(sheet.sheet())).findFirst().orElseThrow();
                SheetLayout.Table templateTable = templateSheet.tables().stream().filter(t -> t.name().equals(table.name()))
                        .findFirst().orElseThrow();
                findings.addAll(TableVerifier.verify(file, sheet, table, templateTable, templateSheet));
            }
        }
        return findings;
    }
}
