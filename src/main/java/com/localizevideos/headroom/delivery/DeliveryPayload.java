package com.localizevideos.headroom.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * The JSON body of a webhook delivery: the action as started, with its account and the decision behind it. Fields are
 * only ever added; {@code deliveryId} (also in the {@code webhook-id} header) is the receiver's deduplication key.
 */
public record DeliveryPayload(String type, UUID deliveryId, String accountId, UUID evaluationId, Instant asOf,
                              String rulesetVersion, Readiness readiness, Action action, Instant createdAt) {

    /** The event type of a started action. */
    public static final String ACTION_STARTED = "expansion.action.started";

    /** The decision's readiness score (0–100) and tier. */
    public record Readiness(int score, String tier) {
    }

    /** The action: playbook, channel, who works it (null for automated prompts), why, and the rule that proposed it. */
    public record Action(UUID id, String playbook, String channel, String owner, String reason, String rule) {
    }
}
