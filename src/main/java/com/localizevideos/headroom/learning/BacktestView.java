package com.localizevideos.headroom.learning;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.localizevideos.headroom.fact.Factor;

/**
 * A backtest over past asOf points: the window, which points were held out, and the champion's (and a challenger's)
 * figures on the evaluation points.
 */
public record BacktestView(Instant from, Instant to, Instant heldOutFrom, String segment, boolean inSample,
                           List<Instant> asOfPoints, int trainingPoints, int evaluationPoints,
                           double realisedPipelineAll, Model champion, Model challenger) {

    /** A model: the rule-set version it came from (the challenger has none yet), its factor weights and figures. */
    public record Model(String name, String rulesetVersion, Map<Factor, Integer> weights, double calibrationIntercept,
                        double calibrationSlope, Figures figures) {
    }

    /**
     * Figures on the evaluation points. Pipeline figures cover the points the model ranks HIGH; contacts count the
     * champion decision's human-contact actions at points the model ranks MEDIUM or HIGH.
     */
    public record Figures(int n, int expanded, Double auc, Double brier, int k, Double precisionAtK, List<Decile> liftByDecile,
                          int highPoints, double expectedPipeline, double realisedPipeline, int humanContacts,
                          int acceptedExpansions, Double contactsPerAcceptedExpansion) {
    }

    /** One tenth of the points ranked best first: how many, how many expanded, the rate and its lift over the base rate. */
    public record Decile(int decile, int n, int expanded, double rate, Double lift) {
    }
}
