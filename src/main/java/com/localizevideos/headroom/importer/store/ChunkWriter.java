package com.localizevideos.headroom.importer.store;

import java.util.List;
import java.util.Map;

/**
 * Writes the mapped rows of one import chunk through the services the API uses. Implementations run each
 * {@link #write} in a transaction of its own, so a chunk is stored whole or not at all and a long import never
 * holds one transaction open.
 */
public interface ChunkWriter<T> {

    /** Writes {@code rows} and answers one result per row, in the same order. */
    ChunkResult write(List<T> rows);

    /** Runs once after the last chunk (also when reading stopped early); answers what it stored, by kind. */
    default Map<String, Long> finish(String source) {
        return Map.of();
    }
}
