package com.localizevideos.headroom.ruleset;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What changed from one version to another, file by file: workbook rows and cells, DRL lines. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DiffView(String from, String to, List<FileDiff> files) {

    /** A file that differs: ADDED, REMOVED or CHANGED; workbooks by sheet, DRL files by line. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FileDiff(String path, String change, List<SheetDiff> sheets, List<LineDelta> lines) {
    }

    /** A sheet: its tables' data-row changes, and other cells that changed (settings, headers, help text). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record SheetDiff(String sheet, List<TableDiff> tables, List<CellChange> cells) {
    }

    /** A table's rows added, removed and changed (rows are matched by rule name). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record TableDiff(String table, List<RowView> added, List<RowView> removed, List<RowChange> changed) {
    }

    /** A data row: where it is, its rule name, and its values by column label. */
    public record RowView(int row, String rule, Map<String, String> values) {
    }

    /** A row present in both versions whose cells differ. */
    public record RowChange(String rule, int oldRow, int newRow, List<CellChange> cells) {
    }

    /** One cell: its column label (or place), address in each version, old and new value. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CellChange(String column, String oldCell, String newCell, String oldValue, String newValue) {
    }

    /** A block of DRL lines: CHANGE, DELETE or INSERT, with 1-based positions in each version. */
    public record LineDelta(String type, int oldLine, List<String> oldLines, int newLine, List<String> newLines) {
    }
}
