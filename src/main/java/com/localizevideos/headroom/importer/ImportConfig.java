package com.localizevideos.headroom.importer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the CSV imports ({@code headroom.imports.*}). */
@ConfigMapping(prefix = "headroom.imports")
public interface ImportConfig {

    /** Rows written per transaction; memory use of an import grows with this, never with the file. */
    @WithDefault("1000")
    int chunkSize();

    /** Rejected rows listed in the answer; {@code rejectedCount} always counts them all. */
    @WithDefault("1000")
    int maxListedRejections();
}
