package com.localizevideos.headroom.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** What the account page shows over time: its evaluations (newest first, one page) and the recorded outcomes. */
public final class AccountHistoryView {

    private AccountHistoryView() {
    }

    /** A page of evaluations; {@code decision} is the evaluation body as answered (Contract v1, with later fields). */
    public record Evaluations(String accountId, int page, int size, long total, List<EvaluationItem> items) {
    }

    /** One stored evaluation of the account. */
    public record EvaluationItem(UUID id, Instant asOf, Instant createdAt, String rulesetVersion, int score, String tier,
                                 JsonNode decision) {
    }

    /** The customer's response to one of the account's actions, with the action it answers. */
    public record Outcome(UUID id, UUID actionId, UUID evaluationId, String playbook, String channel, String rule,
                         String response, BigDecimal arrDelta, String reason, Instant respondedAt, Instant recordedAt,
                         String principal) {
    }
}
