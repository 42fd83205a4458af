package com.localizevideos.headroom.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.localizevideos.headroom.common.LocatedProblem;

/** One check result: an error (the upload is refused) or a warning, with the check that found it and its place. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(Severity severity, String check, String file, String sheet, String cell, Integer row, Integer line,
                      String message) {

    /** Errors refuse an upload; warnings are shown with the draft for the reviewer. */
    public enum Severity { ERROR, WARNING }

    static Finding error(String check, String file, String sheet, String cell, Integer row, String message) {
        return new Finding(Severity.ERROR, check, file, sheet, cell, row, null, message);
    }

    static Finding warning(String check, String file, String sheet, String cell, Integer row, String message) {
        return new Finding(Severity.WARNING, check, file, sheet, cell, row, null, message);
    }

    static Finding inFile(String check, String file, String message) {
        return new Finding(Severity.ERROR, check, file, null, null, null, null, message);
    }

    boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The finding as a located problem of a problem+json answer. */
    LocatedProblem toProblem() {
        if (line != null || (sheet == null && cell == null && row == null)) {
            return new LocatedProblem(null, file, null, null, null, line, null, message);
        }
        return LocatedProblem.atCell(file, sheet, cell, row, message);
    }
}
