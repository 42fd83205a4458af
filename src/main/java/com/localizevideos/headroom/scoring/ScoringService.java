package com.localizevideos.headroom.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.localizevideos.headroom.evaluation.Decision;
import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.learning.CalibrationStore;

/** Scores a decision with the active calibration and the catalog (one small read for the active version). */
@ApplicationScoped
public class ScoringService {
    @Inject
    CalibrationStore calibrations;

    @Inject
    CatalogRepository catalog;

    public ScoreForecast score(AccountSnapshot snapshot, Decision decision) {
        return Scoring.score(snapshot, decision, calibrations.active(), catalog.catalog());
    }
}
