package com.localizevideos.headroom.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Platt scaling on a hand-made training set; the prior; the activation rule. */
class CalibrationFitterTest {
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-01T00:00:00Z");
    private static final Calibration PRIOR = new Calibration(Calibration.PRIOR_VERSION, "PRIOR_LOGISTIC", -3.9, 0.043, null);

    /** Six asOf points; at each, accounts at scores 10..90; the higher the score, the more of them expanded. */
    static TrainingSet fixture() {
        List<Instant> asOf = new ArrayList<>();
        List<TrainingPoint> points = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            Instant t = FROM.plus(Duration.ofDays(30L * k));
            asOf.add(t);
            for (int score = 10; score <= 90; score += 10) {
                for (int i = 0; i < 10; i++) {
                    boolean expanded = i < score / 10 - (k % 2);
                    points.add(new TrainingPoint("acct-" + score + "-" + i, "PRO", t, score,
                            score >= 70 ? "HIGH" : score >= 40 ? "MEDIUM" : "LOW", expanded));
                }
            }
        }
        List<TrainingSet.HighToExpansion> durations = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            durations.add(new TrainingSet.HighToExpansion("acct-" + i, i < 6 ? "PRO" : "BUSINESS", 20 + 10 * i, i % 3 != 2));
        }
        return new TrainingSet(FROM, TO, null, asOf, points, durations);
    }

    @Test
    void fittedProbabilitiesRiseWithTheScoreAndMatchTheObservedRates() {
        Fitted f = CalibrationFitter.fit(fixture(), PRIOR, 0.25, 0.001, 5, TO);
        Calibration c = f.calibration();
        assertEquals(CalibrationFitter.METHOD, c.method());
        assertTrue(c.slope() > 0, "slope " + c.slope());
        for (int score = 1; score <= 100; score++) {
            assertTrue(c.probability(score) > c.probability(score - 1), "not monotone at " + score);
        }
        // At score 50 the fixture's observed rate is (5 + 4) / 20 = 45%.
        assertEquals(0.45, c.probability(50), 0.06);
        assertEquals(540, f.n());
        assertTrue(f.brier() < 0.25, "Brier " + f.brier());
        assertEquals(c.version().startsWith("platt-20261101-000000-"), true, c.version());
        assertTrue(f.reliability().stream().mapToInt(Fitted.ReliabilityBin::n).sum() == 540);
        // Two of six asOf points held out: the candidate is compared with the prior on the same points.
        assertEquals(180, f.heldOutN());
        assertNotNull(f.heldOutBrier());
        assertNotNull(f.activeHeldOutBrier());
    }

    @Test
    void theSameTrainingSetGivesTheSameCalibration() {
        Fitted a = CalibrationFitter.fit(fixture(), PRIOR, 0.25, 0.001, 5, TO);
        Fitted b = CalibrationFitter.fit(fixture(), PRIOR, 0.25, 0.001, 5, TO);
        assertEquals(a.calibration(), b.calibration());
    }

    @Test
    void kaplanMeierMediansPerPlanAndOverall() {
        Calibration.TimeToExpansion t = CalibrationFitter.fit(fixture(), PRIOR, 0.25, 0.001, 5, TO)
                .calibration().timeToExpansion();
        assertEquals(12, t.all().subjects());
        assertEquals(8, t.all().events());
        assertNotNull(t.all().medianDays());
        assertEquals(6, t.byPlan().get("PRO").subjects());
        // PRO: 20, 30, (40 censored), 50, 60, (70 censored): survival 5/6, 4/6, 4/6, 4/6·2/3=0.44 at 50.
        assertEquals(50.0, t.byPlan().get("PRO").medianDays());
        Calibration.TimeToExpansion strict = CalibrationFitter.timeToExpansion(fixture().durations(), 7);
        assertNull(strict.byPlan().get("PRO"), "a plan with fewer accounts than the minimum gets no median of its own");
    }

    @Test
    void thePriorIsTheDocumentedOne() {
        assertEquals(0.02, PRIOR.probability(0), 0.001);
        assertEquals(0.30, PRIOR.probability(70), 0.01);
        assertEquals(0.60, PRIOR.probability(100), 0.01);
    }

    @Test
    void aFitReplacesThePriorButAnOutcomeFittedOneOnlyWhenBetterOnHeldOutTime() {
        Fitted first = CalibrationFitter.fit(fixture(), PRIOR, 0.25, 0.001, 5, TO);
        assertNotNull(CalibrationService.activationReason(first, PRIOR, 0.001));
        Fitted again = CalibrationFitter.fit(fixture(), first.calibration(), 0.25, 0.001, 5, TO);
        // The same data refitted is not materially better (by 0.001) than the active fit on the same held-out points.
        assertNull(CalibrationService.activationReason(again, first.calibration(), 0.001), again.heldOutBrier() + " vs "
                + again.activeHeldOutBrier());
        Calibration flat = new Calibration("platt-flat", CalibrationFitter.METHOD, -1.0, 0.0, null);
        Fitted better = CalibrationFitter.fit(fixture(), flat, 0.25, 0.001, 5, TO);
        assertNotNull(CalibrationService.activationReason(better, flat, 0.001));
    }
}
