package com.localizevideos.headroom.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.fact.Factor;

/** Backtest figures on a hand-made set of ten scored points, checked against figures computed by hand. */
class BacktestMetricsTest {
    private static final Instant T = Instant.parse("2026-06-01T00:00:00Z");

    private static BacktestMetrics.Scored point(String id, int score, boolean expanded, int humanContacts, double expansionArr) {
        TrainingPoint p = new TrainingPoint(id, "PRO", T, score, null, expanded, Map.of(), Map.of(), 1000, 100,
                humanContacts, expansionArr);
        return new BacktestMetrics.Scored(p, score, 0.4);
    }

    /** Scores 95..5; expanded: 95, 75, 65, 35. */
    private static List<BacktestMetrics.Scored> tenPoints() {
        List<BacktestMetrics.Scored> points = new ArrayList<>();
        points.add(point("p7", 35, true, 1, 900)); // LOW: its contact does not count
        points.add(point("p1", 95, true, 1, 5000));
        points.add(point("p2", 85, false, 2, 0));
        points.add(point("p3", 75, true, 1, 2000));
        points.add(point("p4", 65, true, 1, 3000));
        points.add(point("p5", 55, false, 1, 0));
        points.add(point("p6", 45, false, 1, 0));
        points.add(point("p8", 25, false, 0, 0));
        points.add(point("p9", 15, false, 0, 0));
        points.add(point("p10", 5, false, 0, 0));
        return points;
    }

    @Test
    void figuresMatchTheHandComputedOnes() {
        BacktestView.Figures f = BacktestMetrics.of(tenPoints(), 3);
        assertEquals(10, f.n());
        assertEquals(4, f.expanded());
        // negatives below each positive: 95 -> 6, 75 -> 5, 65 -> 5, 35 -> 3; 19 of 4 x 6 pairs
        assertEquals(0.7917, f.auc());
        // every probability 0.4: (4 x 0.6^2 + 6 x 0.4^2) / 10
        assertEquals(0.24, f.brier());
        // top 3: 95 (yes), 85 (no), 75 (yes)
        assertEquals(3, f.k());
        assertEquals(0.6667, f.precisionAtK());
        // one point per decile; base rate 0.4
        assertEquals(10, f.liftByDecile().size());
        assertEquals(new BacktestView.Decile(1, 1, 1, 1.0, 2.5), f.liftByDecile().get(0));
        assertEquals(new BacktestView.Decile(2, 1, 0, 0.0, 0.0), f.liftByDecile().get(1));
        assertEquals(new BacktestView.Decile(7, 1, 1, 1.0, 2.5), f.liftByDecile().get(6));
        // HIGH (>= 70): 95, 85, 75: expected 3 x 0.4 x 1000, realised 5000 + 2000
        assertEquals(3, f.highPoints());
        assertEquals(1200.0, f.expectedPipeline());
        assertEquals(7000.0, f.realisedPipeline());
        // MEDIUM or HIGH with human contacts: 95 (1), 85 (2), 75 (1), 65 (1), 55 (1), 45 (1) = 7; expanded among them: 3
        assertEquals(7, f.humanContacts());
        assertEquals(3, f.acceptedExpansions());
        assertEquals(2.33, f.contactsPerAcceptedExpansion());
    }

    @Test
    void tiesCountHalfAndOneLabelHasNoAuc() {
        List<BacktestMetrics.Scored> tied = List.of(point("a", 50, true, 0, 0), point("b", 50, false, 0, 0),
                point("c", 10, false, 0, 0));
        // a beats c (1), ties b (0.5): 1.5 of 2 pairs
        assertEquals(0.75, BacktestMetrics.of(tied, 1).auc());
        assertNull(BacktestMetrics.of(List.of(point("a", 50, true, 0, 0)), 1).auc());
        assertEquals(List.of(), BacktestMetrics.of(tied, 1).liftByDecile(), "fewer than ten points have no deciles");
    }

    @Test
    void rescoringWithOtherMaxPointsScalesEachFactorLikeTheTable() {
        Map<Factor, Integer> points = new EnumMap<>(Map.of(Factor.FEATURE_UTILIZATION, 30, Factor.CAPACITY_PRESSURE, 20,
                Factor.ENGAGEMENT_CONSISTENCY, 15, Factor.SUPPORT_STABILITY, 0, Factor.STRATEGIC_VALUE, 4));
        Map<Factor, Integer> shipped = new EnumMap<>(Map.of(Factor.FEATURE_UTILIZATION, 30, Factor.CAPACITY_PRESSURE, 30,
                Factor.ENGAGEMENT_CONSISTENCY, 15, Factor.SUPPORT_STABILITY, 15, Factor.STRATEGIC_VALUE, 10));
        TrainingPoint p = new TrainingPoint("a", "PRO", T, 69, "MEDIUM", false, points, shipped, 0, 0, 0, 0);
        assertEquals(69, Backtest.rescore(p, shipped));
        // 60 + 0 + 15 + 0 + 4 of 100
        assertEquals(79, Backtest.rescore(p, Map.of(Factor.FEATURE_UTILIZATION, 60, Factor.ENGAGEMENT_CONSISTENCY, 15,
                Factor.SUPPORT_STABILITY, 15, Factor.STRATEGIC_VALUE, 10)));
        // 20 x 10/30 = 6.67 -> 7 of 10
        assertEquals(70, Backtest.rescore(p, Map.of(Factor.CAPACITY_PRESSURE, 10)));
    }
}
