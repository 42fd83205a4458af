package com.localizevideos.headroom.worklist;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One page of started actions, newest first. */
public record WorklistPageView(int page, int size, long total, List<Item> items) {

    /**
     * An action to work: what to do (playbook), how (channel), who (owner), why (reason), for which account, when it was
     * started, and its status with the time of the response that set it.
     */
    public record Item(UUID id, String accountId, String accountName, String playbook, String channel, String owner,
                       String reason, String rule, UUID evaluationId, Instant createdAt, String status,
                       Instant respondedAt) {
    }
}
