package com.localizevideos.headroom.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * The figures of one model on point-in-time snapshots: AUC (Mann–Whitney), Brier score, precision at k, lift by decile,
 * expected and realised pipeline of the points it ranks HIGH, and human contacts per accepted expansion. No I/O.
 */
public final class BacktestMetrics {
    /** The score from which a point is HIGH (the readiness tier table's band). */
    public static final int HIGH_FROM = 70;
    /** The score from which a point is MEDIUM; below it LOW-tier playbooks only run in the product. */
    public static final int MEDIUM_FROM = 40;

    private BacktestMetrics() {
    }

    /** One snapshot as a model scored it: its score 0–100 and calibrated probability of expanding within 90 days. */
    public record Scored(TrainingPoint point, int score, double probability) {
        boolean high() {
            return score >= HIGH_FROM;
        }
    }

    /** Ranked best first: higher score, then higher probability, then account id and asOf (a stable order for ties). */
    static List<Scored> ranked(List<Scored> points) {
        return points.stream().sorted(Comparator.comparingInt(Scored::score).reversed()
                .thenComparing(Comparator.comparingDouble(Scored::probability).reversed())
                .thenComparing(s -> s.point().accountId()).thenComparing(s -> s.point().asOf())).toList();
    }

    public static BacktestView.Figures of(List<Scored> points, int k) {
        List<Scored> ranked = ranked(points);
        int n = ranked.size();
        int positives = (int) ranked.stream().filter(s -> s.point().expanded90d()).count();
        double base = n == 0 ? 0 : (double) positives / n;
        int kk = Math.min(k, n);
        int hitsAtK = (int) ranked.subList(0, kk).stream().filter(s -> s.point().expanded90d()).count();
        List<BacktestView.Decile> deciles = new ArrayList<>();
        for (int d = 0; d < 10 && n >= 10; d++) {
            int fromIndex = d * n / 10;
            int toIndex = (d + 1) * n / 10;
            List<Scored> slice = ranked.subList(fromIndex, toIndex);
            int expanded = (int) slice.stream().filter(s -> s.point().expanded90d()).count();
            double rate = slice.isEmpty() ? 0 : (double) expanded / slice.size();
            deciles.add(new BacktestView.Decile(d + 1, slice.size(), expanded, round(rate),
                    base == 0 ? null : round(rate / base)));
        }
        double brier = 0;
        for (Scored s : ranked) {
            double e = s.probability() - (s.point().expanded90d() ? 1 : 0);
            brier += e * e;
        }
        List<Scored> high = ranked.stream().filter(Scored::high).toList();
        double expected = high.stream().mapToDouble(s -> s.probability() * s.point().arrDeltaIfHigh()).sum();
        double realised = high.stream().mapToDouble(s -> s.point().expansionArr90d()).sum();
        int contacts = 0;
        int accepted = 0;
        for (Scored s : ranked) {
            if (s.score() >= MEDIUM_FROM && s.point().humanContacts() > 0) {
                contacts += s.point().humanContacts();
                accepted += s.point().expanded90d() ? 1 : 0;
            }
        }
        return new BacktestView.Figures(n, positives, auc(ranked), n == 0 ? null : round(brier / n), kk,
                kk == 0 ? null : round((double) hitsAtK / kk), deciles, high.size(), round2(expected), round2(realised),
                contacts, accepted, accepted == 0 ? null : round2((double) contacts / accepted));
    }

    /** Mann–Whitney AUC: the chance a random expanded point outscores a random other one, ties counting half. */
    static Double auc(List<Scored> points) {
        long positives = points.stream().filter(s -> s.point().expanded90d()).count();
        long negatives = points.size() - positives;
        if (positives == 0 || negatives == 0) {
            return null;
        }
        double[] scores = points.stream().mapToDouble(Scored::score).toArray();
        double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(scores);
        double rankSum = 0;
        for (int i = 0; i < ranks.length; i++) {
            if (points.get(i).point().expanded90d()) {
                rankSum += ranks[i];
            }
        }
        return round((rankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives));
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
