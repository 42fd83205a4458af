package com.localizevideos.headroom.audit.chain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often queued audit records are sealed into the hash chain, and page sizes of sealing and verifying. */
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
}
