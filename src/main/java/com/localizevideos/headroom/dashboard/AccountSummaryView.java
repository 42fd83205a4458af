package com.localizevideos.headroom.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One page of the account directory: each account with its latest readiness. */
public record AccountSummaryView(int page, int size, long total, List<Item> items) {

    /** An account and its latest evaluation (score, tier and when; all null before its first evaluation). */
    public record Item(String id, String name, String plan, BigDecimal arr, String segment, String region, String owner,
                       LocalDate renewalDate, UUID evaluationId, Integer score, String tier, Instant asOf) {
    }
}
