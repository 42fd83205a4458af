package com.localizevideos.headroom.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A recorded outcome, linked to the action, its evaluation and the rule-set version and table row behind it, and naming
 * the principal who recorded it; {@code calibrationVersion} is the evaluation's (null when it had none).
 */
public record OutcomeView(UUID id, UUID actionId, UUID evaluationId, String accountId, String playbook, String response,
                          BigDecimal arrDelta, String reason, Instant respondedAt, Instant recordedAt,
                          String rulesetVersion, String rule, String ruleFile, String ruleSheet, Integer ruleRow,
                          String principal, Integer helpfulRating, String calibrationVersion) {
}
