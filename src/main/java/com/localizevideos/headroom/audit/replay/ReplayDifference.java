package com.localizevideos.headroom.audit.replay;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One output (or reconstructed fact) that came out differently: where ({@code path}, e.g. {@code readiness.score},
 * {@code signals[APPROACHING_QUOTA].strength}, {@code firedRules[7]}), what was recorded and what the replay gave
 * ({@code null} when absent on that side).
 */
public record ReplayDifference(String group, String path, JsonNode recorded, JsonNode replayed) {
}
