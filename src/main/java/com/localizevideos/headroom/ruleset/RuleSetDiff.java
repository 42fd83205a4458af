package com.localizevideos.headroom.ruleset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.localizevideos.headroom.rulebase.RuleSource;

/** Computes the diff between two versions' files: cell level for workbooks, line level for DRL. */
final class RuleSetDiff {

    private RuleSetDiff() {
    }

    static DiffView between(String from, List<RuleSource> a, String to, List<RuleSource> b) {
        Map<String, RuleSource> before = new TreeMap<>();
        a.forEach(s -> before.put(s.path(), s));
        Map<String, RuleSource> after = new TreeMap<>();
        b.forEach(s -> after.put(s.path(), s));
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<DiffView.FileDiff> files = new ArrayList<>();
        for (String path : new java.util.TreeSet<>(paths)) {
            RuleSource x = before.get(path);
            RuleSource y = after.get(path);
            if (x != null && y != null && x.sha256().equals(y.sha256())) {
                continue;
            }
            String change = x == null ? "ADDED" : y == null ? "REMOVED" : "CHANGED";
            RuleSource any = y != null ? y : x;
            if (any.kind() == RuleSource.Kind.DRL) {
                files.add(new DiffView.FileDiff(path, change, List.of(), lines(x, y)));
            } else {
                files.add(new DiffView.FileDiff(path, change, sheets(x, y), List.of()));
            }
        }
        return new DiffView(from, to, files);
    }

    private static List<DiffView.LineDelta> lines(RuleSource x, RuleSource y) {
        List<String> old = x == null ? List.of() : text(x).lines().toList();
        List<String> neu = y == null ? List.of() : text(y).lines().toList();
        List<DiffView.LineDelta> deltas = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(old, neu).getDeltas()) {
            deltas.add(new DiffView.LineDelta(d.getType().name(), d.getSource().getPosition() + 1, d.getSource().getLines(),
                    d.getTarget().getPosition() + 1, d.getTarget().getLines()));
        }
        return deltas;
    }

    private static String text(RuleSource s) {
        return new String(s.content(), StandardCharsets.UTF_8);
    }

    private static List<DiffView.SheetDiff> sheets(RuleSource x, RuleSource y) {
        Map<String, SheetLayout> before = layouts(x);
        Map<String, SheetLayout> after = layouts(y);
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<DiffView.SheetDiff> sheets = new ArrayList<>();
        for (String name : names) {
            SheetLayout s = before.get(name);
            SheetLayout t = after.get(name);
            List<DiffView.TableDiff> tables = new ArrayList<>();
            Map<String, SheetLayout.Table> tablesBefore = tables(s);
            Map<String, SheetLayout.Table> tablesAfter = tables(t);
            Set<String> tableNames = new LinkedHashSet<>(tablesBefore.keySet());
            tableNames.addAll(tablesAfter.keySet());
            for (String table : tableNames) {
                DiffView.TableDiff diff = table(s, tablesBefore.get(table), t, tablesAfter.get(table), table);
                if (!diff.added().isEmpty() || !diff.removed().isEmpty() || !diff.changed().isEmpty()) {
                    tables.add(diff);
                }
            }
            List<DiffView.CellChange> cells = otherCells(s, t);
            if (!tables.isEmpty() || !cells.isEmpty()) {
                sheets.add(new DiffView.SheetDiff(name, tables, cells));
            }
        }
        return sheets;
    }

    private static DiffView.TableDiff table(SheetLayout s, SheetLayout.Table a, SheetLayout t, SheetLayout.Table b, String name) {
        Map<String, Integer> rowsBefore = rowsByRule(s, a);
        Map<String, Integer> rowsAfter = rowsByRule(t, b);
        List<DiffView.RowView> added = new ArrayList<>();
        List<DiffView.RowView> removed = new ArrayList<>();
        List<DiffView.RowChange> changed = new ArrayList<>();
        for (Map.Entry<String, Integer> r : rowsAfter.entrySet()) {
            Integer old = rowsBefore.get(r.getKey());
            if (old == null) {
                added.add(row(t, b, r.getValue(), r.getKey()));
                continue;
            }
            List<DiffView.CellChange> cells = new ArrayList<>();
            Map<String, Integer> colsBefore = columns(a);
            for (SheetLayout.Column c : b.columns()) {
                Integer oldCol = colsBefore.get(label(c));
                String ov = oldCol == null ? null : s.text(old, oldCol);
                String nv = t.text(r.getValue(), c.col());
                if (!Objects.equals(blankToNull(ov), blankToNull(nv))) {
                    cells.add(new DiffView.CellChange(label(c), oldCol == null ? null : SheetLayout.address(old, oldCol),
                            SheetLayout.address(r.getValue(), c.col()), blankToNull(ov), blankToNull(nv)));
                }
            }
            if (!cells.isEmpty()) {
                changed.add(new DiffView.RowChange(r.getKey(), old, r.getValue(), cells));
            }
        }
        for (Map.Entry<String, Integer> r : rowsBefore.entrySet()) {
            if (!rowsAfter.containsKey(r.getKey())) {
                removed.add(row(s, a, r.getValue(), r.getKey()));
            }
        }
        return new DiffView.TableDiff(name, added, removed, changed);
    }

    private static Map<String, Integer> rowsByRule(SheetLayout sheet, SheetLayout.Table table) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        if (table == null) {
            return rows;
        }
        int nameCol = table.nameColumn().map(SheetLayout.Column::col).orElse(-1);
        for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
            String name = nameCol < 0 ? null : sheet.text(r, nameCol);
            String key = name == null || name.isBlank() ? "(row " + (r - table.firstDataRow() + 1) + " of " + table.name() + ")"
                    : name.strip();
            rows.putIfAbsent(key, r);
        }
        return rows;
    }

    private static DiffView.RowView row(SheetLayout sheet, SheetLayout.Table table, int row, String rule) {
        Map<String, String> values = new LinkedHashMap<>();
        for (SheetLayout.Column c : table.columns()) {
            String v = sheet.text(row, c.col());
            if (v != null && !v.isBlank()) {
                values.put(label(c), v);
            }
        }
        return new DiffView.RowView(row, rule, values);
    }

    private static Map<String, Integer> columns(SheetLayout.Table table) {
        Map<String, Integer> cols = new LinkedHashMap<>();
        if (table != null) {
            table.columns().forEach(c -> cols.putIfAbsent(label(c), c.col()));
        }
        return cols;
    }

    private static String label(SheetLayout.Column c) {
        return c.label().isEmpty() ? c.keyword() + " " + SheetLayout.address(1, c.col()).replaceAll("\\d", "") : c.label();
    }

    /** Cells outside the data rows (settings, headers, other sheets' text), compared by their place. */
    private static List<DiffView.CellChange> otherCells(SheetLayout s, SheetLayout t) {
        Map<String, SheetLayout.Locked> before = s == null ? Map.of() : s.lockedCells();
        Map<String, SheetLayout.Locked> after = t == null ? Map.of() : t.lockedCells();
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<DiffView.CellChange> cells = new ArrayList<>();
        for (String key : keys) {
            SheetLayout.Locked x = before.get(key);
            SheetLayout.Locked y = after.get(key);
            String ov = x == null ? null : x.text();
            String nv = y == null ? null : y.text();
            if (!Objects.equals(ov, nv)) {
                cells.add(new DiffView.CellChange((y != null ? y : x).where(), x == null ? null : x.address(),
                        y == null ? null : y.address(), ov, nv));
            }
        }
        return cells;
    }

    private static Map<String, SheetLayout.Table> tables(SheetLayout sheet) {
        Map<String, SheetLayout.Table> tables = new LinkedHashMap<>();
        if (sheet != null) {
            sheet.tables().forEach(t -> tables.putIfAbsent(t.name(), t));
        }
        return tables;
    }

    private static Map<String, SheetLayout> layouts(RuleSource source) {
        Map<String, SheetLayout> sheets = new LinkedHashMap<>();
        if (source == null) {
            return sheets;
        }
        try {
            WorkbookReader.read(source.content()).forEach(s -> sheets.put(s.sheet(), s));
        } catch (IOException e) {
            throw new IllegalStateException("stored workbook " + source.path() + " unreadable", e);
        }
        return sheets;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
