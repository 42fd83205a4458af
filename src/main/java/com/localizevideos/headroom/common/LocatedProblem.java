package com.localizevideos.headroom.common;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem and where it is: a request field (JSON path such as {@code observations[2].value}), or a place in a
 * rule file (file + line/column) or decision table (file + sheet + cell/row). Absent locations are omitted from JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocatedProblem(String field, String file, String sheet, String cell, Integer row, Integer line,
                             Integer column, String message) {

    /** A problem with no particular location. */
    public static LocatedProblem of(String message) {
        return new LocatedProblem(null, null, null, null, null, null, null, message);
    }

    /** A problem with a request field, named by its JSON path. */
    public static LocatedProblem atField(String field, String message) {
        return new LocatedProblem(field, null, null, null, null, null, null, message);
    }

    /** A problem in a text file (DRL); {@code line} and {@code column} are 1-based and may be null. */
    public static LocatedProblem atLine(String file, Integer line, Integer column, String message) {
        return new LocatedProblem(null, file, null, null, null, line, column, message);
    }

    /** A problem in a workbook cell (A1 notation) or row (1-based); either may be null. */
    public static LocatedProblem atCell(String file, String sheet, String cell, Integer row, String message) {
        return new LocatedProblem(null, file, sheet, cell, row, null, null, message);
    }
}
