package com.localizevideos.headroom.batch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Progress and result of a batch run. */
public record BatchRunView(UUID id, String status, String segment, String plan, Instant asOf, int total, int done,
                           int failed, double ratePerSecond, Long etaSeconds, Instant createdAt, Instant finishedAt,
                           Result result) {

    /** What the run decided so far: accounts per tier and actions per playbook and channel. */
    public record Result(Map<String, Long> tiers, List<ActionCount> actions, long suppressed) {
    }

    /**
     * Actions of one playbook through one channel: {@code count} started, {@code heldOut} recorded for held-out
     * accounts as "would have acted" and never started.
     */
    public record ActionCount(String playbook, String channel, long count, long heldOut) {
    }
}
