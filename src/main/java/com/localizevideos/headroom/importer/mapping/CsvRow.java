package com.localizevideos.headroom.importer.mapping;

import org.apache.commons.csv.CSVRecord;

/** One data row of an uploaded CSV: the line it starts on (the header is line 1) and its cells by column name. */
public record CsvRow(long line, CSVRecord record) {

    /** The cell of {@code column} without surrounding blanks, or null when it is empty or the column is absent. */
    public String get(String column) {
        if (!record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
