package com.localizevideos.headroom.bench;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The application started with {@code headroom.bench.enabled=true}, as {@code bench/run.sh} starts it. */
public class BenchEnabledProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("headroom.bench.enabled", "true");
    }
}
