package com.localizevideos.headroom.rulebase;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many rule-set versions compiled from their stored files (for replay) are kept compiled. */
@ConfigMapping(prefix = "headroom.rules.replay")
public interface ReplayCacheConfig {

    /** Versions kept; the least recently used is disposed beyond this. */
    @WithDefault("3")
    int cacheSize();
}
