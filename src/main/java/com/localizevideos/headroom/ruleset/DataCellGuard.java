package com.localizevideos.headroom.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Data cells are pasted into the code templates as text, so a data cell could carry code too
 * ({@code 30); System.exit(1); (}). Each data cell must be a plain value for its place in the template: a number,
 * true/false or a code (a list of codes where the template takes a list), or, inside quotes, text without quotes or
 * backslashes. Also: no formulas, a readable rule name on every row, no smart quotes, no cells that only look empty.
 */
final class DataCellGuard {
    static final String CHECK = "data-cells";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(param|\\d)?");
    private static final Pattern LITERAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE]-?\\d+)?|true|false|[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern SMART = Pattern.compile("[\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A]");

    private DataCellGuard() {
    }

    static List<Finding> check(String file, SheetLayout sheet) {
        List<Finding> findings = new ArrayList<>();
        for (SheetLayout.Table table : sheet.tables()) {
            for (int row = table.firstDataRow(); row <= table.lastDataRow(); row++) {
                for (SheetLayout.Column column : table.columns()) {
                    check(file, sheet, table, row, column, findings);
                }
            }
        }
        return findings;
    }

    private static void check(String file, SheetLayout sheet, SheetLayout.Table table, int row, SheetLayout.Column column,
                              List<Finding> findings) {
        String at = SheetLayout.address(row, column.col());
        SheetLayout.CellText cell = sheet.cell(row, column.col());
        String what = "cell " + at + " (" + (column.label().isEmpty() ? column.keyword() : column.label()) + ", table "
                + table.name() + ")";
        boolean name = column.keyword().equalsIgnoreCase("NAME");
        if (cell == null || cell.text().isEmpty()) {
            if (name) {
                findings.add(Finding.error(CHECK, file, sheet.sheet(), at, row, "row " + row + " of table " + table.name()
                        + " has no rule name; give it a unique, readable name (the audit log shows it)"));
            }
            return;
        }
        String text = cell.text();
        if (cell.formula()) {
            findings.add(Finding.error(CHECK, file, sheet.sheet(), at, row, what + " holds a formula (" + text
                    + "); type the value itself, so what is reviewed is what runs"));
            return;
        }
        if (SMART.matcher(text).find()) {
            findings.add(Finding.error(CHECK, file, sheet.sheet(), at, row, what + " holds a curly (smart) quote in '" + text
                    + "'; type plain quotes or none (spreadsheet programs replace quotes as you type)"));
            return;
        }
        if (text.isBlank()) {
            findings.add(Finding.warning(CHECK, file, sheet.sheet(), at, row, what + " looks empty but holds spaces; it counts "
                    + "as empty (the condition does not apply) — clear the cell if that is meant"));
            return;
        }
        if (text.indexOf('\u00A0') >= 0 || !text.equals(text.strip())) {
            findings.add(Finding.warning(CHECK, file, sheet.sheet(), at, row, what + " has spaces before or after '"
                    + text.strip() + "'"));
        }
        String value = text.replace('\u00A0', ' ').strip();
        if (name) {
            if (value.matches(".*[\"\\\\\\r\\n].*")) {
                findings.add(Finding.error(CHECK, file, sheet.sheet(), at, row, what + ": a rule name may not contain quotes, "
                        + "backslashes or line breaks"));
            }
            return;
        }
        if (!column.isCondition() && !column.isAction()) {
            return;
        }
        String problem = problemWith(column.template(), value);
        if (problem != null) {
            findings.add(Finding.error(CHECK, file, sheet.sheet(), at, row, what + ": " + problem));
        }
    }

    /** Why the value cannot stand in the template's placeholder, or null when it is a plain value. */
    static String problemWith(String template, String value) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        if (!placeholder.find()) {
            return null;
        }
        boolean quoted = insideQuotes(template, placeholder.start());
        if (quoted) {
            return value.matches("[^\"\\\\\\r\\n]*") ? null
                    : "'" + value + "' may not contain quotes, backslashes or line breaks (text here is placed inside code)";
        }
        boolean list = template.contains("forall(") || placeholder.group(1) != null && Character.isDigit(placeholder.group(1).charAt(0));
        String[] parts = list ? value.split(",") : new String[] {value};
        for (String part : parts) {
            if (!LITERAL.matcher(part.strip()).matches()) {
                return "'" + value + "' is not " + (list ? "a comma-separated list of codes or numbers" : "a number, true/false or a code")
                        + "; only plain values may be typed in data cells (anything else would run as code)";
            }
        }
        return null;
    }

    private static boolean insideQuotes(String template, int position) {
        boolean inside = false;
        for (int i = 0; i < position; i++) {
            char c = template.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                inside = !inside;
            }
        }
        return inside;
    }
}
