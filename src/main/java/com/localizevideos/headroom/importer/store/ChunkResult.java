package com.localizevideos.headroom.importer.store;

import java.util.List;
import java.util.Map;

/** The result of writing one chunk: one {@link RowResult} per row, in order, and how many records of each kind it stored. */
public record ChunkResult(List<RowResult> rows, Map<String, Long> stored) {

    public ChunkResult {
        rows = List.copyOf(rows);
        stored = Map.copyOf(stored);
    }
}
