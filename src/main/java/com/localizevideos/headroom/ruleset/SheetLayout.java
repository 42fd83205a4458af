package com.localizevideos.headroom.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

import org.apache.poi.ss.util.CellReference;

/**
 * One worksheet read the way Drools reads a decision table: the RuleSet area above the first table, and each
 * RuleTable with its keyword, object-type, code-template and label rows, then its data rows up to the first blank row.
 * Rows are 1-based, columns 0-based.
 */
record SheetLayout(String sheet, boolean ruleSet, NavigableMap<Integer, Map<Integer, CellText>> rows, List<Table> tables,
                   Map<String, String> mergedSource) {

    /** A non-blank cell's text as a spreadsheet program shows it, and whether it holds a formula. */
    record CellText(String text, boolean formula) {
    }

    /** A RuleTable: its name, the row of its "RuleTable" cell, its columns and its data rows. */
    record Table(String name, int row, int firstCol, List<Column> columns, int firstDataRow, int lastDataRow) {

        int lastCol() {
            return columns.isEmpty() ? firstCol : columns.get(columns.size() - 1).col();
        }

        Optional<Column> nameColumn() {
            return columns.stream().filter(c -> c.keyword().equalsIgnoreCase("NAME")).findFirst();
        }

        boolean hasData() {
            return lastDataRow >= firstDataRow;
        }
    }

    /** A column of a table: its keyword (CONDITION, ACTION, NAME, ...), object type, code template and label. */
    record Column(int col, String keyword, String objectType, String template, String label) {

        boolean isCondition() {
            return keyword.toUpperCase().startsWith("CONDITION");
        }

        boolean isAction() {
            return keyword.toUpperCase().startsWith("ACTION");
        }
    }

    static String address(int row, int col) {
        return new CellReference(row - 1, col).formatAsString(false);
    }

    String text(int row, int col) {
        CellText cell = rows.getOrDefault(row, Map.of()).get(col);
        return cell == null ? null : cell.text();
    }

    CellText cell(int row, int col) {
        return rows.getOrDefault(row, Map.of()).get(col);
    }

    /** Builds the layout from the sheet's non-blank cells; {@code mergedSource} maps a merged cell to its first cell. */
    static SheetLayout of(String sheet, NavigableMap<Integer, Map<Integer, CellText>> rows, Map<String, String> mergedSource) {
        boolean ruleSet = rows.values().stream().flatMap(r -> r.values().stream())
                .anyMatch(c -> "RuleSet".equalsIgnoreCase(c.text().trim()));
        List<Table> tables = new ArrayList<>();
        SheetLayout partial = new SheetLayout(sheet, ruleSet, rows, tables, mergedSource);
        for (Map.Entry<Integer, Map<Integer, CellText>> row : rows.entrySet()) {
            for (Map.Entry<Integer, CellText> cell : row.getValue().entrySet()) {
                String text = cell.getValue().text().trim();
                if (text.regionMatches(true, 0, "RuleTable", 0, 9)) {
                    tables.add(partial.table(text.substring(9).trim(), row.getKey(), cell.getKey()));
                }
            }
        }
        return new SheetLayout(sheet, ruleSet, rows, List.copyOf(tables), mergedSource);
    }

    private Table table(String name, int row, int firstCol) {
        List<Column> columns = new ArrayList<>();
        Map<Integer, CellText> keywords = rows.getOrDefault(row + 1, Map.of());
        for (Map.Entry<Integer, CellText> k : new java.util.TreeMap<>(keywords).entrySet()) {
            if (k.getKey() >= firstCol && !k.getValue().text().isBlank()) {
                int col = k.getKey();
                columns.add(new Column(col, k.getValue().text().trim(), objectType(row + 2, col), orEmpty(text(row + 3, col)),
                        orEmpty(text(row + 4, col))));
            }
        }
        int lastCol = columns.isEmpty() ? firstCol : columns.get(columns.size() - 1).col();
        int first = row + 5;
        int last = first - 1;
        for (int r = first; hasCellIn(r, firstCol, lastCol); r++) {
            last = r;
        }
        return new Table(name, row, firstCol, List.copyOf(columns), first, last);
    }

    /** The object type over a column: its own cell, or the first cell of the merged region it lies in. */
    private String objectType(int row, int col) {
        String own = text(row, col);
        if (own != null && !own.isBlank()) {
            return own.trim();
        }
        String source = mergedSource.get(address(row, col));
        if (source != null) {
            CellReference ref = new CellReference(source);
            String merged = text(ref.getRow() + 1, ref.getCol());
            return merged == null ? "" : merged.trim();
        }
        return "";
    }

    private boolean hasCellIn(int row, int fromCol, int toCol) {
        Map<Integer, CellText> cells = rows.get(row);
        return cells != null && cells.entrySet().stream()
                .anyMatch(c -> c.getKey() >= fromCol && c.getKey() <= toCol && !c.getValue().text().isBlank());
    }

    /**
     * Every non-blank cell Drools reads as code or settings, i.e. all but the data cells of the tables, keyed by
     * position relative to its part of the sheet (so added or removed data rows do not shift the comparison).
     */
    Map<String, Locked> lockedCells() {
        Map<String, Locked> locked = new LinkedHashMap<>();
        for (Map.Entry<Integer, Map<Integer, CellText>> row : rows.entrySet()) {
            int r = row.getKey();
            for (Map.Entry<Integer, CellText> cell : row.getValue().entrySet()) {
                int c = cell.getKey();
                String key = keyOf(r, c);
                if (key != null) {
                    locked.put(key, new Locked(address(r, c), cell.getValue().text(), describe(key)));
                }
            }
        }
        return locked;
    }

    /** A locked cell: its address in this sheet, its text, and where it is in words. */
    record Locked(String address, String text, String where) {
    }

    private String keyOf(int r, int c) {
        Table before = null;
        int index = -1;
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).row() <= r) {
                before = tables.get(i);
                index = i;
            }
        }
        if (before == null) {
            return "settings:" + r + ":" + c;
        }
        if (r < before.firstDataRow()) {
            return "table" + index + ":header" + (r - before.row()) + ":" + c;
        }
        if (r <= before.lastDataRow()) {
            boolean dataCell = before.columns().stream().anyMatch(col -> col.col() == c);
            return dataCell ? null : "table" + index + ":beside" + (r - before.firstDataRow()) + ":" + c;
        }
        return "table" + index + ":after" + (r - before.lastDataRow() - 1) + ":" + c;
    }

    private String describe(String key) {
        String[] parts = key.split(":");
        if (parts[0].equals("settings")) {
            return ruleSet ? "the RuleSet settings" : "text of sheet " + sheet;
        }
        Table t = tables.get(Integer.parseInt(parts[0].substring(5)));
        if (parts[1].startsWith("header")) {
            return switch (parts[1]) {
                case "header0" -> "the RuleTable " + t.name() + " header";
                case "header1" -> "the CONDITION/ACTION row of " + t.name();
                case "header2" -> "the object-type row of " + t.name();
                case "header3" -> "the code-template row of " + t.name();
                default -> "the label row of " + t.name();
            };
        }
        if (parts[1].startsWith("beside")) {
            return "a data row of " + t.name() + " outside its columns";
        }
        return "the rows below table " + t.name() + " (a blank row ends a table; Drools reads cells below it as settings)";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.trim();
    }
}
