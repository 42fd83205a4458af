package com.localizevideos.headroom.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the public REST API ({@code headroom.api.*}). */
@ConfigMapping(prefix = "headroom.api")
public interface ApiConfig {

    /** Most observations accepted in one {@code POST /api/v1/observations}; larger batches get 413. */
    @WithDefault("5000")
    int maxBatchSize();
}
