package com.localizevideos.headroom.scoring;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.localizevideos.headroom.evaluation.Decision;
import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.learning.CalibrationStore;

/**
 * Scores a decision with the calibration in force at its {@code asOf} (the active one, unless it was trained on outcomes
 * after {@code asOf}) and the catalog.
 */
@ApplicationScoped
public class ScoringService {
    @Inject
    CalibrationStore calibrations;

    @Inject
    CatalogRepository catalog;

    public ScoreForecast score(AccountSnapshot snapshot, Decision decision, Instant asOf) {
        return Scoring.score(snapshot, decision, calibrations.activeAt(asOf), catalog.catalog());
    }
}
