package com.localizevideos.headroom.common;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Produces the one {@link Clock} (system, UTC) that services use instead of {@code Instant.now()}. */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
