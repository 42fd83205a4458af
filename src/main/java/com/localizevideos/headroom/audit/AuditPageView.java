package com.localizevideos.headroom.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One page of audit records, newest first. */
public record AuditPageView(int page, int size, long total, List<Item> items) {

    /** Summary of one stored evaluation. */
    public record Item(UUID id, String accountId, Instant asOf, Instant createdAt, String rulesetVersion, int score,
                       String tier, String principal) {
    }
}
