package com.localizevideos.headroom.rulebase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One worksheet of a decision table turned into DRL, with what is needed to point back at the sheet:
 * the row each generated rule came from, and the text of every cell by row.
 */
record TranslatedSheet(String file, String sheet, String drl, String packageName,
                       NavigableMap<Integer, Integer> rowByRuleLine, Map<String, Integer> rowByRule,
                       Map<Integer, Map<String, String>> cellsByRow) {

    private static final Pattern RULE_VALUES = Pattern.compile("^// rule values at [A-Z]+(\\d+), header at [A-Z]+(\\d+)");
    private static final Pattern RULE_NAME = Pattern.compile("^rule \"(.*)\"");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;?");
    private static final Pattern PARSER_POSITION = Pattern.compile("\\[ERR \\d+] Line \\d+:(\\d+)");
    private static final Pattern NAME_COLUMN = Pattern.compile("A\\d+");
    private static final Pattern QUOTED_EXPRESSION =
            Pattern.compile("Unable to Analyse Expression (.+?):\\s*$|\\[Near : \\{\\.\\.\\. (.+?) \\.\\.\\.\\.\\}\\]", Pattern.MULTILINE);

    /** Reads the generated DRL's "// rule values at A16" comments to map rules and lines back to rows. */
    static TranslatedSheet of(String file, String sheet, String drl, Map<Integer, Map<String, String>> cellsByRow) {
        NavigableMap<Integer, Integer> rowByLine = new java.util.TreeMap<>();
        Map<String, Integer> rowByRule = new java.util.HashMap<>();
        String pkg = "";
        List<String> lines = drl.lines().toList();
        Integer pendingRow = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            Matcher values = RULE_VALUES.matcher(line);
            Matcher name = RULE_NAME.matcher(line);
            Matcher pack = PACKAGE.matcher(line);
            if (values.find()) {
                pendingRow = Integer.valueOf(values.group(1));
                rowByLine.put(i + 1, pendingRow);
            } else if (name.find() && pendingRow != null) {
                rowByRule.put(name.group(1), pendingRow);
            } else if (pack.find()) {
                pkg = pack.group(1);
            }
        }
        return new TranslatedSheet(file, sheet, drl, pkg, rowByLine, rowByRule, cellsByRow);
    }

    /**
     * Locates a compiler error at a line of the generated DRL: the table row, and the cell whose value it quotes.
     * Constraint errors often come without a line ({@code generatedLine <= 0}); then the row is the one whose rule
     * holds the expression the message quotes, and if several do, the message names them. The cell is the data cell
     * named by the quoted expression, else by the generated line (up to a parser error's position), else by the message.
     */
    RuleProblem locate(int generatedLine, String message) {
        String expression = quotedExpression(message);
        int line = generatedLine;
        if (line <= 0) {
            List<Integer> rows = rowsHolding(expression);
            if (rows.size() > 1) {
                return RuleProblem.atCell(file, sheet, null, null, message + "\n(rows " + rows + " hold this expression)");
            }
            line = rows.isEmpty() ? 0 : linesHolding(expression).get(0);
        }
        Map.Entry<Integer, Integer> rule = line > 0 ? rowByRuleLine.floorEntry(line) : null;
        if (rule == null) {
            return RuleProblem.atCell(file, sheet, null, null, message);
        }
        int row = rule.getValue();
        String lineText = drl.lines().skip(line - 1L).findFirst().orElse("");
        String cell = expression == null ? null : cellQuotedIn(row, expression, -1);
        if (cell == null) {
            Matcher position = PARSER_POSITION.matcher(message);
            cell = cellQuotedIn(row, lineText, position.find() ? Integer.parseInt(position.group(1)) : -1);
        }
        return RuleProblem.atCell(file, sheet, row, cell != null ? cell : cellQuotedIn(row, message, -1), message);
    }

    /**
     * The data cell of the row (not the name in column A) one of whose comma-separated values the text quotes; with a
     * column ({@code >= 0}, a parser error's position in the text), the cell quoted last before that position.
     */
    private String cellQuotedIn(int row, String text, int column) {
        String best = null;
        int bestStart = -1;
        for (Map.Entry<String, String> c : cellsByRow.getOrDefault(row, Map.of()).entrySet()) {
            if (NAME_COLUMN.matcher(c.getKey()).matches()) {
                continue;
            }
            for (String value : c.getValue().split(",")) {
                String token = value.trim();
                Matcher quoted = Pattern.compile("(?<!\\w)" + Pattern.quote(token) + "(?!\\w)").matcher(text);
                while (!token.isEmpty() && quoted.find()) {
                    if (column < 0) {
                        return c.getKey();
                    }
                    if (quoted.start() <= column && quoted.start() > bestStart) {
                        best = c.getKey();
                        bestStart = quoted.start();
                    }
                }
            }
        }
        return best;
    }

    /** The 1-based lines of the generated DRL that hold the expression. */
    private List<Integer> linesHolding(String expression) {
        List<Integer> found = new ArrayList<>();
        if (expression != null) {
            List<String> lines = drl.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(expression)) {
                    found.add(i + 1);
                }
            }
        }
        return found;
    }

    /** The table rows whose generated rules hold the expression. */
    private List<Integer> rowsHolding(String expression) {
        return linesHolding(expression).stream().map(rowByRuleLine::floorEntry).filter(Objects::nonNull)
                .map(Map.Entry::getValue).distinct().toList();
    }

    /** The expression a compiler message quotes ("Unable to Analyse Expression tier == Tier.HIGHX:"), or null. */
    static String quotedExpression(String message) {
        Matcher m = QUOTED_EXPRESSION.matcher(message);
        if (!m.find()) {
            return null;
        }
        String expression = (m.group(1) != null ? m.group(1) : m.group(2)).trim();
        return expression.isEmpty() ? null : expression;
    }
}
