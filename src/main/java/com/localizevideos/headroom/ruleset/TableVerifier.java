package com.localizevideos.headroom.ruleset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks of a decision table beyond compiling: rows that can never fire (unreachable), rows whose conditions can hold
 * at once (overlapping, in tables where one row should decide), and inputs no row covers (gaps in number bands).
 * Tables with conditions the checks cannot read (playbooks' "needs any / unless any" signals) are multi-hit by design
 * and get only the unreachable check.
 */
final class TableVerifier {
    static final String UNREACHABLE = "unreachable-row";
    static final String OVERLAP = "overlapping-rows";
    static final String GAP = "gap";

    private TableVerifier() {
    }

    /** A closed or open interval on the number line; integral intervals are kept as inclusive whole numbers. */
    record Interval(double lo, boolean loIn, double hi, boolean hiIn) {
        static final Interval ALL = new Interval(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

        boolean empty() {
            return lo > hi || (lo == hi && !(loIn && hiIn));
        }

        Interval intersect(Interval o) {
            double l = Math.max(lo, o.lo);
            boolean li = lo == o.lo ? loIn && o.loIn : (lo > o.lo ? loIn : o.loIn);
            double h = Math.min(hi, o.hi);
            boolean hin = hi == o.hi ? hiIn && o.hiIn : (hi < o.hi ? hiIn : o.hiIn);
            return new Interval(l, li, h, hin);
        }

        Interval integral() {
            double l = Double.isInfinite(lo) ? lo : (loIn ? Math.ceil(lo) : Math.floor(lo) + 1);
            double h = Double.isInfinite(hi) ? hi : (hiIn ? Math.floor(hi) : Math.ceil(hi) - 1);
            return new Interval(l, !Double.isInfinite(l), h, !Double.isInfinite(h));
        }

        String say() {
            String from = Double.isInfinite(lo) ? "any amount" : (loIn ? "" : "above ") + num(lo);
            String to = Double.isInfinite(hi) ? "upwards" : (hiIn ? "to " : "up to (not including) ") + num(hi);
            return Double.isInfinite(lo) ? "below " + (hiIn ? "or at " : "") + num(hi) : "from " + from + " " + to;
        }
    }

    /** What one data row requires. */
    private record RowConditions(int row, String name, Map<String, Set<String>> discrete, Map<String, Interval> ranges,
                                 Map<String, Set<String>> needs, Map<String, Set<String>> unless, Map<String, String> cells) {
    }

    static List<Finding> verify(String file, SheetLayout sheet, SheetLayout.Table table, SheetLayout.Table template,
                                SheetLayout templateSheet) {
        List<Finding> findings = new ArrayList<>();
        List<ConditionColumn> conditions = table.columns().stream().filter(SheetLayout.Column::isCondition)
                .map(ConditionColumn::of).toList();
        if (conditions.isEmpty()) {
            return findings;
        }
        List<RowConditions> rows = rows(sheet, table, conditions);
        for (RowConditions r : rows) {
            unreachable(file, sheet, table, conditions, r, findings);
        }
        boolean singleHit = conditions.stream().allMatch(c -> c.kind() == ConditionColumn.Kind.EQUALS
                || c.kind() == ConditionColumn.Kind.IN || c.kind() == ConditionColumn.Kind.RANGE);
        if (!singleHit) {
            return findings;
        }
        for (int j = 0; j < rows.size(); j++) {
            for (int i = 0; i < j; i++) {
                RowConditions a = rows.get(i);
                RowConditions b = rows.get(j);
                if (compatible(a, b, conditions)) {
                    String cell = SheetLayout.address(b.row(), table.nameColumn().map(SheetLayout.Column::col).orElse(0));
                    String message = a.cells().equals(b.cells())
                            ? "row " + b.row() + " (" + b.name() + ") repeats the conditions of row " + a.row() + " (" + a.name()
                              + ") in table " + table.name() + ": both fire on exactly the same inputs"
                            : "rows " + a.row() + " (" + a.name() + ") and " + b.row() + " (" + b.name() + ") of table "
                              + table.name() + " overlap: an input can match both, and both fire";
                    findings.add(Finding.warning(OVERLAP, file, sheet.sheet(), cell, b.row(), message));
                }
            }
        }
        gaps(file, sheet, table, conditions, rows, template == null ? List.of() : rows(templateSheet, template, conditions),
                findings);
        return findings;
    }

    private static List<RowConditions> rows(SheetLayout sheet, SheetLayout.Table table, List<ConditionColumn> conditions) {
        List<RowConditions> rows = new ArrayList<>();
        int nameCol = table.nameColumn().map(SheetLayout.Column::col).orElse(-1);
        for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
            Map<String, Set<String>> discrete = new HashMap<>();
            Map<String, Interval> ranges = new HashMap<>();
            Map<String, Set<String>> needs = new HashMap<>();
            Map<String, Set<String>> unless = new HashMap<>();
            Map<String, String> cells = new TreeMap<>();
            for (ConditionColumn c : conditions) {
                String text = sheet.text(r, c.column().col());
                if (text == null || text.isBlank()) {
                    continue;
                }
                String value = text.strip();
                cells.put(String.valueOf(c.column().col()), value);
                switch (c.kind()) {
                    case EQUALS, IN -> discrete.merge(c.property(), ConditionColumn.values(value), TableVerifier::both);
                    case EXISTS -> needs.merge(c.property(), ConditionColumn.values(value), TableVerifier::both);
                    case NOT -> unless.merge(c.property(), ConditionColumn.values(value), TableVerifier::union);
                    case RANGE -> {
                        Interval bound = bound(c.operator(), value);
                        if (bound != null) {
                            Interval now = ranges.getOrDefault(c.property(), Interval.ALL).intersect(bound);
                            ranges.put(c.property(), c.integral() ? now.integral() : now);
                        }
                    }
                    default -> { }
                }
            }
            String name = nameCol < 0 ? "row " + r : String.valueOf(sheet.text(r, nameCol));
            rows.add(new RowConditions(r, name, discrete, ranges, needs, unless, cells));
        }
        return rows;
    }

    private static void unreachable(String file, SheetLayout sheet, SheetLayout.Table table, List<ConditionColumn> conditions,
                                    RowConditions r, List<Finding> findings) {
        for (Map.Entry<String, Interval> range : r.ranges().entrySet()) {
            if (range.getValue().empty()) {
                findings.add(Finding.error(UNREACHABLE, file, sheet.sheet(), firstCell(conditions, range.getKey(), r), r.row(),
                        "row " + r.row() + " (" + r.name() + ") of table " + table.name() + " can never fire: its "
                                + labels(conditions, range.getKey()) + " leave no value"));
            }
        }
        for (Map.Entry<String, Set<String>> discrete : r.discrete().entrySet()) {
            if (discrete.getValue().isEmpty()) {
                findings.add(Finding.error(UNREACHABLE, file, sheet.sheet(), firstCell(conditions, discrete.getKey(), r), r.row(),
                        "row " + r.row() + " (" + r.name() + ") of table " + table.name() + " can never fire: its "
                                + labels(conditions, discrete.getKey()) + " ask for different values at once"));
            }
        }
        for (Map.Entry<String, Set<String>> need : r.needs().entrySet()) {
            Set<String> excluded = r.unless().getOrDefault(need.getKey(), Set.of());
            if (!need.getValue().isEmpty() && excluded.containsAll(need.getValue())) {
                findings.add(Finding.error(UNREACHABLE, file, sheet.sheet(), firstCell(conditions, need.getKey(), r), r.row(),
                        "row " + r.row() + " (" + r.name() + ") of table " + table.name() + " can never fire: every value it "
                                + "needs (" + String.join(", ", need.getValue()) + ") is also one it excludes"));
            }
        }
    }

    private static boolean compatible(RowConditions a, RowConditions b, List<ConditionColumn> conditions) {
        for (Map.Entry<String, Set<String>> d : a.discrete().entrySet()) {
            Set<String> other = b.discrete().get(d.getKey());
            if (other != null && both(d.getValue(), other).isEmpty()) {
                return false;
            }
        }
        for (Map.Entry<String, Interval> range : a.ranges().entrySet()) {
            Interval other = b.ranges().get(range.getKey());
            if (other != null && range.getValue().intersect(other).empty()) {
                return false;
            }
        }
        return a.ranges().values().stream().noneMatch(Interval::empty) && b.ranges().values().stream().noneMatch(Interval::empty);
    }

    /**
     * For each number property, and each combination of the table's listed values that some row bounds: the parts of
     * the span (from the lowest to the highest bound of this table and of the template's) that no matching row covers.
     */
    private static void gaps(String file, SheetLayout sheet, SheetLayout.Table table, List<ConditionColumn> conditions,
                             List<RowConditions> rows, List<RowConditions> templateRows, List<Finding> findings) {
        Set<String> numeric = new LinkedHashSet<>();
        conditions.stream().filter(c -> c.kind() == ConditionColumn.Kind.RANGE).forEach(c -> numeric.add(c.property()));
        List<String> dims = conditions.stream().filter(c -> c.kind() != ConditionColumn.Kind.RANGE).map(ConditionColumn::property)
                .distinct().toList();
        for (String property : numeric) {
            boolean integral = conditions.stream().anyMatch(c -> property.equals(c.property()) && c.integral());
            Interval span = span(rows, templateRows, property);
            if (span == null) {
                continue;
            }
            Map<String, List<String>> keysByGap = new LinkedHashMap<>();
            for (List<String> key : keys(rows, dims)) {
                List<Interval> covered = new ArrayList<>();
                boolean bounded = false;
                for (RowConditions r : rows) {
                    if (matches(r, dims, key)) {
                        Interval own = r.ranges().get(property);
                        bounded |= own != null;
                        covered.add(own == null ? Interval.ALL : own);
                    }
                }
                if (!bounded) {
                    continue;
                }
                for (Interval gap : uncovered(span, covered, integral)) {
                    keysByGap.computeIfAbsent(gap.say(), g -> new ArrayList<>()).add(describe(dims, key, conditions));
                }
            }
            keysByGap.forEach((gap, keys) -> findings.add(Finding.warning(GAP, file, sheet.sheet(),
                    SheetLayout.address(table.row(), table.firstCol()), null, "no row of table " + table.name() + " covers "
                            + labels(conditions, property) + " " + gap
                            + (keys.get(0).isEmpty() ? "" : " (for " + String.join("; ", keys) + ")"))));
        }
    }

    private static Interval span(List<RowConditions> rows, List<RowConditions> templateRows, String property) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean loIn = false;
        boolean hiIn = false;
        boolean any = false;
        for (List<RowConditions> set : List.of(rows, templateRows)) {
            for (RowConditions r : set) {
                Interval i = r.ranges().get(property);
                if (i == null || i.empty()) {
                    continue;
                }
                any = true;
                if (i.lo() < lo || (i.lo() == lo && i.loIn())) {
                    lo = i.lo();
                    loIn = i.loIn();
                }
                if (i.hi() > hi || (i.hi() == hi && i.hiIn())) {
                    hi = i.hi();
                    hiIn = i.hiIn();
                }
            }
        }
        return any ? new Interval(lo, loIn, hi, hiIn) : null;
    }

    private static List<Interval> uncovered(Interval span, List<Interval> covered, boolean integral) {
        List<Interval> parts = covered.stream().map(c -> c.intersect(span)).filter(c -> !c.empty())
                .sorted(Comparator.comparingDouble(Interval::lo).thenComparing(i -> !i.loIn())).toList();
        List<Interval> gaps = new ArrayList<>();
        double at = span.lo();
        boolean atIn = span.loIn(); // whether 'at' itself still needs covering
        for (Interval p : parts) {
            boolean reaches = integral ? p.lo() <= at : (p.lo() < at || (p.lo() == at && (p.loIn() || !atIn)));
            if (!reaches) {
                gaps.add(integral ? new Interval(at, true, p.lo() - 1, true) : new Interval(at, atIn, p.lo(), !p.loIn()));
            }
            if (p.hi() > at || (p.hi() == at && p.hiIn())) {
                at = integral ? p.hi() + 1 : p.hi();
                atIn = integral || !p.hiIn();
            }
        }
        boolean done = integral ? at > span.hi() : (at > span.hi() || (at == span.hi() && !(atIn && span.hiIn())));
        if (!done && !Double.isInfinite(span.hi())) {
            gaps.add(integral ? new Interval(at, true, span.hi(), true) : new Interval(at, atIn, span.hi(), span.hiIn()));
        }
        return gaps.stream().filter(g -> !g.empty()).toList();
    }

    private static List<List<String>> keys(List<RowConditions> rows, List<String> dims) {
        List<List<String>> keys = new ArrayList<>();
        keys.add(List.of());
        for (String dim : dims) {
            Set<String> values = new LinkedHashSet<>();
            rows.forEach(r -> values.addAll(r.discrete().getOrDefault(dim, Set.of())));
            if (values.isEmpty()) {
                values.add("*");
            }
            List<List<String>> next = new ArrayList<>();
            for (List<String> key : keys) {
                for (String v : values) {
                    List<String> k = new ArrayList<>(key);
                    k.add(v);
                    next.add(k);
                }
            }
            keys = next;
        }
        return keys;
    }

    private static boolean matches(RowConditions r, List<String> dims, List<String> key) {
        for (int i = 0; i < dims.size(); i++) {
            Set<String> wanted = r.discrete().get(dims.get(i));
            if (wanted != null && !key.get(i).equals("*") && !wanted.contains(key.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String describe(List<String> dims, List<String> key, List<ConditionColumn> conditions) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            if (!key.get(i).equals("*")) {
                parts.add(labels(conditions, dims.get(i)) + " " + key.get(i));
            }
        }
        return String.join(", ", parts);
    }

    private static String labels(List<ConditionColumn> conditions, String property) {
        Set<String> labels = new LinkedHashSet<>();
        conditions.stream().filter(c -> property.equals(c.property()))
                .forEach(c -> labels.add(c.column().label().isEmpty() ? property : c.column().label()));
        return String.join(" / ", labels);
    }

    private static String firstCell(List<ConditionColumn> conditions, String property, RowConditions r) {
        return conditions.stream().filter(c -> property.equals(c.property()) && r.cells().containsKey(String.valueOf(c.column().col())))
                .findFirst().map(c -> SheetLayout.address(r.row(), c.column().col())).orElse(null);
    }

    private static Interval bound(String operator, String value) {
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return null;
        }
        return switch (operator) {
            case ">=" -> new Interval(v, true, Double.POSITIVE_INFINITY, false);
            case ">" -> new Interval(v, false, Double.POSITIVE_INFINITY, false);
            case "<=" -> new Interval(Double.NEGATIVE_INFINITY, false, v, true);
            default -> new Interval(Double.NEGATIVE_INFINITY, false, v, false);
        };
    }

    private static Set<String> both(Set<String> a, Set<String> b) {
        Set<String> r = new LinkedHashSet<>(a);
        r.retainAll(b);
        return r;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> r = new LinkedHashSet<>(a);
        r.addAll(b);
        return r;
    }

    static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
