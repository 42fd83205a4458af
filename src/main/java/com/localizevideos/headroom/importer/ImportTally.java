package com.localizevideos.headroom.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.localizevideos.headroom.importer.mapping.Mapped;
import com.localizevideos.headroom.importer.store.RowResult;

/** Counts the rows of one import as they go by; keeps at most a fixed number of rejected rows, so memory stays flat. */
final class ImportTally {

    private final String kind;
    private final String source;
    private final int maxListed;
    private final List<RejectedRowView> rejected = new ArrayList<>();
    private final Map<String, Long> stored = new TreeMap<>();
    private long rows;
    private long accepted;
    private long duplicates;
    private long rejectedCount;
    private boolean complete = true;

    ImportTally(String kind, String source, int maxListed) {
        this.kind = kind;
        this.source = source;
        this.maxListed = maxListed;
    }

    void reject(long line, String id, List<String> reasons) {
        rejectedCount++;
        if (rejected.size() < maxListed) {
            rejected.add(new RejectedRowView(line, id, List.copyOf(reasons)));
        }
    }

    /**
     * Reading stopped at the row starting on {@code line}: that row counts as rejected with {@code reason}; the rows
     * after it are not read, so not counted.
     */
    void stop(long line, String reason) {
        complete = false;
        rows++;
        reject(line, null, List.of(reason));
    }

    /**
     * Counts the rows of a chunk in file order: a row the mapping rejected with its reasons, a valid row by the
     * next of {@code written} (the writer's results for the valid rows, in order).
     */
    <T> void record(List<Mapped<T>> chunk, List<RowResult> written) {
        int next = 0;
        for (Mapped<T> row : chunk) {
            rows++;
            if (!row.valid()) {
                reject(row.line(), row.id(), row.reasons());
                continue;
            }
            RowResult result = written.get(next++);
            switch (result.status()) {
                case ACCEPTED -> accepted++;
                case DUPLICATE -> duplicates++;
                case REJECTED -> reject(row.line(), row.id(), result.reasons());
            }
        }
    }

    void store(Map<String, Long> counts) {
        counts.forEach((name, count) -> stored.merge(name, count, Long::sum));
    }

    ImportView view() {
        return new ImportView(kind, source, rows, accepted, duplicates, rejectedCount, List.copyOf(rejected), complete,
                Collections.unmodifiableMap(new TreeMap<>(stored)));
    }
}
