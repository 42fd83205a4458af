package com.localizevideos.headroom.learning;

import java.time.Instant;

/** One account's readiness at a past {@code asOf} and whether it expanded within 90 days after it. */
public record TrainingPoint(String accountId, String plan, Instant asOf, int score, String tier, boolean expanded90d) {
}
