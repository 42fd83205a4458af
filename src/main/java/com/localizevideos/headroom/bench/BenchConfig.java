package com.localizevideos.headroom.bench;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether the {@code /bench} endpoints exist, and the size of the in-process run. */
@ConfigMapping(prefix = "headroom.bench")
public interface BenchConfig {

    /** The {@code /bench} endpoints answer 404 unless this is {@code true}; read at start, not at build. */
    @WithDefault("false")
    boolean enabled();

    /** Distinct snapshots the in-process run cycles through. */
    @WithDefault("64")
    int snapshots();

    /** Timed evaluations per implementation when the request does not say. */
    @WithDefault("100000")
    int evaluations();

    /** Untimed evaluations per implementation before timing, so both are JIT-compiled. */
    @WithDefault("30000")
    int warmup();
}
