package com.localizevideos.headroom.audit.chain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often queued audit records are sealed into the hash chain and the chain verified, and the page sizes of both. */
@ConfigMapping(prefix = "headroom.audit.chain")
public interface ChainConfig {

    /** How often the sealer runs ({@code 5s}, {@code 1m}; {@code off} disables it, as in tests). */
    @WithDefault("5s")
    String sealEvery();

    /** Records sealed per transaction. */
    @WithDefault("500")
    int sealPageSize();

    /** Chain links checked per page by verify (memory stays bounded by one page). */
    @WithDefault("1000")
    int verifyPageSize();

    /**
     * How often the whole chain is verified and the answer recorded for the audit explorer ({@code 1h}; {@code off}
     * disables it, as in tests). A walk reads every sealed record: about 13 s per 300,000 links on a 2-core machine.
     */
    @WithDefault("1h")
    String verifyEvery();

    /** The longest one walk may take, in seconds (its read transaction's timeout). */
    @WithDefault("3600")
    int verifyTimeoutSeconds();
}
