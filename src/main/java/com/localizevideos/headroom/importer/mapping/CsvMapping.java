package com.localizevideos.headroom.importer.mapping;

import java.util.List;

/** How the rows of one kind of CSV export become Contract v1 data; pure, so it can be read as the documentation. */
public interface CsvMapping<T> {

    /** The kind of export, as in the import URL ({@code accounts}, {@code feature-usage}, ...). */
    String kind();

    /** Columns the header must name (case-insensitive); other columns are allowed and ignored. */
    List<String> requiredColumns();

    /** The column that names a row in reports: the first required one, the export's own id for the row. */
    default String idColumn() {
        return requiredColumns().get(0);
    }

    /**
     * Maps one row. Never throws for bad data: every problem of the row becomes a reason. {@code source} names the
     * exporting system and prefixes every id derived from the row, so a re-import finds the same ids.
     */
    Mapped<T> map(CsvRow row, String source);
}
