package com.localizevideos.headroom.scoring;

import java.util.Map;

import com.localizevideos.headroom.learning.Calibration;

/**
 * Everything besides the facts that the probability, revenue potential and forecast were computed from, stored with
 * the evaluation so a replay can reproduce them: the calibration's parameters, the catalog prices used (monthly USD,
 * keyed {@code plan.PRO}, {@code addOn.EXTRA_SEAT}, ...), and the Kaplan–Meier median used, if any.
 */
public record ScoringInputs(String calibrationVersion, String calibrationMethod, Map<String, Double> calibration,
                            Map<String, Double> prices, String timeToExpansionGroup, Calibration.Median timeToExpansion) {
}
