package com.localizevideos.headroom.learning;

import java.util.Map;

/**
 * A stored calibration of the readiness score: P(expands within 90 days) = 1 / (1 + exp(-(intercept + slope × score)))
 * with the score in points 0–100, and (for calibrations fitted on outcomes) the Kaplan–Meier medians of the time from a
 * first HIGH tier to expansion. Immutable once stored; evaluations name the version they used.
 */
public record Calibration(String version, String method, double intercept, double slope, TimeToExpansion timeToExpansion) {

    /** The prior's version, active until a calibration fitted on outcomes is. */
    public static final String PRIOR_VERSION = "prior-v1";

    /** P(the account expands within 90 days) at this readiness score. */
    public double probability(int score) {
        return LogisticFit.probability(new double[] {intercept, slope}, new double[] {score});
    }

    /** Parameters as stored and answered. */
    public Map<String, Double> parameters() {
        return Map.of("intercept", intercept, "slope", slope);
    }

    /** Kaplan–Meier medians of days from a first HIGH tier to expansion: over all accounts and per plan. */
    public record TimeToExpansion(Median all, Map<String, Median> byPlan) {
    }

    /**
     * One Kaplan–Meier curve's median ({@code null} while more than half have not expanded), with the accounts it was
     * fitted on and how many of them expanded.
     */
    public record Median(Double medianDays, int subjects, int events) {
    }
}
