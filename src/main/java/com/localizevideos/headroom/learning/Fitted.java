package com.localizevideos.headroom.learning;

import java.util.List;

/**
 * A calibration fitted on a training set, with its figures: in-sample Brier score and reliability bins, and on the
 * held-out latest period the Brier score of the same method fitted without it ({@code heldOutBrier}) and of the
 * calibration active at fit time ({@code activeHeldOutBrier}); both null when there is no held-out period.
 */
public record Fitted(Calibration calibration, int n, int positives, double brier, List<ReliabilityBin> reliability,
                     Integer heldOutN, Double heldOutBrier, Double activeHeldOutBrier) {

    /** Points whose predicted probability fell in [from, to): their mean prediction and the share that expanded. */
    public record ReliabilityBin(double from, double to, int n, double meanPredicted, double observedRate) {
    }
}
