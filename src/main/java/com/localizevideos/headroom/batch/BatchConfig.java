package com.localizevideos.headroom.batch;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Batch evaluation: chunk size and this instance's worker. */
@ConfigMapping(prefix = "headroom.batch")
public interface BatchConfig {

    /** Accounts per chunk; a chunk is the unit one instance claims. */
    @WithDefault("100")
    int chunkSize();

    /**
     * Accounts of a chunk evaluated at once by this instance (threads). Each evaluation is independent (own snapshot
     * read, own rule session, own transaction), so this only overlaps the database's work with the rules' work.
     */
    @WithDefault("2")
    int threads();

    /** Whether this instance's scheduled worker claims chunks. */
    @WithDefault("true")
    boolean workerEnabled();

    /** Name this instance's worker records on the chunks it claims (default: host name and a random suffix). */
    Optional<String> workerName();

    /** A chunk claimed longer ago than this many seconds without finishing is given to another worker. */
    @WithDefault("600")
    int staleClaimSeconds();
}
