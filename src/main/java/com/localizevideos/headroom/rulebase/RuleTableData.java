package com.localizevideos.headroom.rulebase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision table's data as written in its workbook: the code template and label of each column and the cells of each
 * data row, so that features can read a table's conditions as data (why-not) without re-implementing Drools.
 */
public record RuleTableData(String name, String file, String sheet, Map<String, String> codeByColumn,
                            Map<String, String> labelByColumn, List<Row> rows) {

    private static final Pattern REF = Pattern.compile("([A-Z]+)(\\d+)");

    /** One data row: its 1-based row number, rule name (NAME column) and cell texts by column letter. */
    public record Row(int row, String rule, Map<String, String> cells) {
        public String cell(String column) {
            return column == null ? null : cells.get(column);
        }
    }

    /** The column whose code template contains {@code fragment}, if any. */
    public Optional<String> columnWithCode(String fragment) {
        return codeByColumn.entrySet().stream().filter(e -> e.getValue().contains(fragment)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** Every RuleTable of a translated sheet: name row, keywords, object types, code, labels, then data rows. */
    static List<RuleTableData> of(TranslatedSheet sheet) {
        List<RuleTableData> tables = new ArrayList<>();
        Map<Integer, Map<String, String>> cells = sheet.cellsByRow();
        for (Map.Entry<Integer, Map<String, String>> row : cells.entrySet()) {
            String first = row.getValue().getOrDefault("A" + row.getKey(), "");
            if (!first.startsWith("RuleTable ")) {
                continue;
            }
            int at = row.getKey();
            Map<String, String> code = byColumn(cells.get(at + 3));
            Map<String, String> labels = byColumn(cells.get(at + 4));
            List<Row> rows = new ArrayList<>();
            for (int r = at + 5; cells.containsKey(r) && cells.get(r).containsKey("A" + r); r++) {
                Map<String, String> values = byColumn(cells.get(r));
                rows.add(new Row(r, values.get("A"), values));
            }
            tables.add(new RuleTableData(first.substring("RuleTable ".length()).trim(), sheet.file(), sheet.sheet(), code,
                    labels, List.copyOf(rows)));
        }
        return tables;
    }

    private static Map<String, String> byColumn(Map<String, String> byRef) {
        Map<String, String> out = new LinkedHashMap<>();
        if (byRef != null) {
            byRef.forEach((ref, value) -> {
                Matcher m = REF.matcher(ref);
                if (m.matches()) {
                    out.put(m.group(1), value.trim());
                }
            });
        }
        return out;
    }
}
