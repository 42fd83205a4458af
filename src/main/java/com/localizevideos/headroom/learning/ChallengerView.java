package com.localizevideos.headroom.learning;

import java.time.Instant;
import java.util.Map;

import com.localizevideos.headroom.fact.Factor;

/**
 * A challenger proposal: the logistic coefficients fitted on training time (intercept and per factor, on the share of
 * the factor's max points reached), the proposed max points (0–100 in total), the backtest of champion vs challenger on
 * held-out time, where to download the proposed workbook, and what happens next.
 */
public record ChallengerView(String id, Instant createdAt, String createdBy, String basedOnRulesetVersion,
                             Map<String, Double> coefficients, Map<Factor, Integer> proposedWeights, BacktestView backtest,
                             String workbook, String draftRulesetVersion, String notes) {
}
