package com.localizevideos.headroom.audit.replay;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.localizevideos.headroom.evaluation.Decision;
import com.localizevideos.headroom.evaluation.Evaluation;
import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.learning.Calibration;
import com.localizevideos.headroom.learning.CalibrationStore;
import com.localizevideos.headroom.scoring.CatalogRepository;
import com.localizevideos.headroom.scoring.ScoreForecast;
import com.localizevideos.headroom.scoring.Scoring;

/**
 * Probability, revenue potential and forecast, computed in Java after the rules fired: recomputed from the replayed
 * decision with the record's own calibration version (and today's catalog prices), compared with the record. Records
 * older than calibrations have none of these outputs, and nothing is compared for them.
 */
@ApplicationScoped
public class ScoringReplay implements ReplayedOutput {
    @Inject
    CalibrationStore calibrations;

    @Inject
    CatalogRepository catalog;

    @Override
    public String group() {
        return "scoring";
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public List<String> covers() {
        return List.of("readiness.probability", "calibrationVersion", "revenuePotential", "forecast");
    }

    /** The post-processing of a replayed decision, on the record's calibration (the active one for older records). */
    public ScoreForecast rescore(Evaluation record, AccountSnapshot facts, Decision decision) {
        Calibration calibration = record.calibrationVersion == null ? calibrations.active()
                : calibrations.calibration(record.calibrationVersion).orElseThrow(() -> new IllegalStateException(
                        "calibration " + record.calibrationVersion + " is not stored"));
        return Scoring.score(facts, decision, calibration, catalog.catalog());
    }

    @Override
    public List<ReplayDifference> compare(ReplayContext c) {
        if (c.record().calibrationVersion == null) {
            return List.of();
        }
        return new JsonDiff(group())
                .value("readiness.probability", c.recordedOutputs().at("/readiness/probability"),
                        c.replayedOutputs().at("/readiness/probability"))
                .fields("", c.recordedOutputs(), c.replayedOutputs(), List.of("calibrationVersion", "revenuePotential",
                        "forecast"))
                .differences();
    }
}
