package com.localizevideos.headroom.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A delivery with its state, the body it sends, and every attempt so far (oldest first); {@code nextAttemptAt} only
 * while it is PENDING.
 */
public record DeliveryView(UUID id, UUID actionId, UUID evaluationId, String accountId, String status, int attemptCount,
                           Instant nextAttemptAt, Integer lastStatusCode, String lastError, Instant createdAt,
                           Instant deliveredAt, Instant deadAt, Instant retriedAt, String retriedBy, JsonNode payload,
                           List<AttemptView> attempts) {

    /** One attempt: when, the receiver's HTTP status or the error, and the worker that made it. */
    public record AttemptView(int attempt, Instant startedAt, Instant finishedAt, Integer statusCode, String error,
                              String worker) {
    }
}
