package com.localizevideos.headroom.rulebase;

/** Where a rule was written: a DRL file and line, or a workbook, sheet and row. */
public record RuleOrigin(String file, String sheet, Integer row, Integer line) {

    static RuleOrigin drl(String file, int line) {
        return new RuleOrigin(file, null, null, line);
    }

    static RuleOrigin tableRow(String file, String sheet, int row) {
        return new RuleOrigin(file, sheet, row, null);
    }
}
