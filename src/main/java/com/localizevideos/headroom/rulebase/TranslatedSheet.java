package com.localizevideos.headroom.rulebase;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
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

    /** Locates a compiler error at a line of the generated DRL: the table row, and the cell whose value it quotes. */
    RuleProblem locate(int generatedLine, String message) {
        Map.Entry<Integer, Integer> rule = rowByRuleLine.floorEntry(generatedLine);
        if (rule == null) {
            return RuleProblem.atCell(file, sheet, null, null, message);
        }
        int row = rule.getValue();
        String lineText = generatedLine <= drl.lines().count()
                ? drl.lines().skip(generatedLine - 1L).findFirst().orElse("") : "";
        String cell = null;
        for (Map.Entry<String, String> c : cellsByRow.getOrDefault(row, Map.of()).entrySet()) {
            String value = c.getValue().trim();
            if (!value.isEmpty() && !c.getKey().startsWith("A") && lineText.contains(firstToken(value))) {
                cell = c.getKey();
                break;
            }
        }
        return RuleProblem.atCell(file, sheet, row, cell, message);
    }

    private static String firstToken(String value) {
        int comma = value.indexOf(',');
        return (comma > 0 ? value.substring(0, comma) : value).trim();
    }
}
