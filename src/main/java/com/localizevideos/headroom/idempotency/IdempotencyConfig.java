package com.localizevideos.headroom.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long {@code Idempotency-Key} answers are kept ({@code headroom.idempotency.*}). */
@ConfigMapping(prefix = "headroom.idempotency")
public interface IdempotencyConfig {

    /** A key older than this is forgotten: a retry with it after that runs as a new request. */
    @WithDefault("P1D")
    Duration ttl();

    /** How often the clean-up runs (a Quarkus scheduler interval such as {@code 15m}; {@code off} disables it). */
    @WithDefault("15m")
    String cleanupEvery();
}
