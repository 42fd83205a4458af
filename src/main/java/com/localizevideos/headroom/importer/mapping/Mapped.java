package com.localizevideos.headroom.importer.mapping;

import java.util.List;
import java.util.function.Supplier;

/**
 * One row mapped to what it will store ({@code value}), or the reasons it cannot be stored. {@code id} is the row's
 * own id column (null when the row has none), used to name the row in the report.
 */
public record Mapped<T>(long line, String id, T value, List<String> reasons) {

    private static final int MAX_ID = 100;

    public Mapped {
        reasons = List.copyOf(reasons);
    }

    /**
     * The row's value when {@code cells} collected no reason against it, otherwise the reasons; the row is named by
     * its cell in {@code idColumn}.
     */
    static <T> Mapped<T> of(CsvRow row, String idColumn, Cells cells, Supplier<T> value) {
        String raw = row.get(idColumn);
        String id = raw == null || raw.length() <= MAX_ID ? raw : raw.substring(0, MAX_ID) + "…";
        return cells.reasons().isEmpty()
                ? new Mapped<>(row.line(), id, value.get(), List.of())
                : new Mapped<>(row.line(), id, null, cells.reasons());
    }

    public boolean valid() {
        return reasons.isEmpty();
    }
}
