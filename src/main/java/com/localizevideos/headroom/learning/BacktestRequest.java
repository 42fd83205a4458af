package com.localizevideos.headroom.learning;

import java.time.Instant;
import java.util.Map;

/**
 * Body of {@code POST /api/v1/backtests}: the window (default the year up to now), where held-out time starts (optional;
 * without it the figures are in-sample), an optional segment, k for precision at k (default 10% of the evaluation
 * points) and an optional challenger: max points per readiness factor.
 */
public record BacktestRequest(Instant from, Instant to, Instant heldOutFrom, String segment, Integer k,
                              Map<String, Integer> challenger) {
}
