package com.localizevideos.headroom.learning;

import java.time.Instant;
import java.util.Map;

import com.localizevideos.headroom.fact.Factor;

/**
 * One account's readiness at a past {@code asOf} and whether it expanded within 90 days after it, with what a backtest
 * needs besides: each factor's points and max points in that decision, the ARR delta the catalog prices if the tier is
 * HIGH and if it is not, the human-contact actions the decision started, and the ARR of the expansions in the 90 days.
 */
public record TrainingPoint(String accountId, String plan, Instant asOf, int score, String tier, boolean expanded90d,
                            Map<Factor, Integer> factorPoints, Map<Factor, Integer> factorWeights, double arrDeltaIfHigh,
                            double arrDeltaOtherwise, int humanContacts, double expansionArr90d) {

    /** A point with the score and label only (calibration fits need nothing else). */
    public TrainingPoint(String accountId, String plan, Instant asOf, int score, String tier, boolean expanded90d) {
        this(accountId, plan, asOf, score, tier, expanded90d, Map.of(), Map.of(), 0, 0, 0, 0);
    }
}
