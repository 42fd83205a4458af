package com.localizevideos.headroom.learning;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored calibration as answered by {@code /api/v1/calibrations}: its parameters, training window and figures, the
 * held-out comparison with the calibration active when it was fitted, and whether it is the active one now.
 */
public record CalibrationView(String version, String method, boolean active, Map<String, Double> parameters,
                              Instant fittedAt, String fittedBy, Instant trainingFrom, Instant trainingTo, String segment,
                              int n, int positives, Double brier, Integer heldOutN, Double heldOutBrier,
                              String comparedVersion, Double comparedBrier, List<Fitted.ReliabilityBin> reliability,
                              Calibration.TimeToExpansion timeToExpansion, String notes, Activation activation) {

    /** The latest activation of this version: when, by whom, why. */
    public record Activation(Instant activatedAt, String activatedBy, String reason) {
    }
}
