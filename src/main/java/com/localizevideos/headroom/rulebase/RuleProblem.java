package com.localizevideos.headroom.rulebase;

/** A located rule-set error: the file, and the line (DRL) or sheet, row and cell (decision table). */
public record RuleProblem(String file, String sheet, Integer row, String cell, Integer line, String message) {

    static RuleProblem inFile(String file, String message) {
        return new RuleProblem(file, null, null, null, null, message);
    }

    static RuleProblem atLine(String file, Integer line, String message) {
        return new RuleProblem(file, null, null, null, line, message);
    }

    static RuleProblem atCell(String file, String sheet, Integer row, String cell, String message) {
        return new RuleProblem(file, sheet, row, cell, null, message);
    }

    /** "decision-tables/playbooks.drl.xlsx, sheet Playbooks, cell B12: message". */
    public String located() {
        StringBuilder where = new StringBuilder(file == null ? "?" : file);
        if (sheet != null) {
            where.append(", sheet ").append(sheet);
        }
        if (cell != null) {
            where.append(", cell ").append(cell);
        } else if (row != null) {
            where.append(", row ").append(row);
        }
        if (line != null) {
            where.append(", line ").append(line);
        }
        return where + ": " + message;
    }
}
