package com.localizevideos.headroom.report;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * Rates with Wilson score intervals, and the difference of two independent rates with Newcombe's hybrid score
 * interval (Newcombe 1998, method 10), built from the two Wilson intervals. 95 % throughout.
 */
public final class Proportions {
    static final double CONFIDENCE = 0.95;

    private Proportions() {
    }

    /** A rate with its interval; all null when there are no trials. */
    public record Rate(long trials, long successes, Double rate, Double low, Double high) {
    }

    /** A difference of rates (first minus second) with its interval; null when either side has no trials. */
    public record Difference(Double difference, Double low, Double high) {
    }

    static Rate rate(long trials, long successes) {
        if (trials == 0) {
            return new Rate(0, 0, null, null, null);
        }
        ConfidenceInterval ci = new WilsonScoreInterval().createInterval((int) trials, (int) successes, CONFIDENCE);
        return new Rate(trials, successes, (double) successes / trials, clamp(ci.getLowerBound()),
                clamp(ci.getUpperBound()));
    }

    static Difference difference(Rate first, Rate second) {
        if (first.rate() == null || second.rate() == null) {
            return new Difference(null, null, null);
        }
        double p1 = first.rate();
        double p2 = second.rate();
        double d = p1 - p2;
        double low = d - Math.sqrt(sq(p1 - first.low()) + sq(second.high() - p2));
        double high = d + Math.sqrt(sq(first.high() - p1) + sq(p2 - second.low()));
        return new Difference(d, low, high);
    }

    /** {@code numerator / denominator}, or null when the denominator is 0. */
    static Double ratio(double numerator, double denominator) {
        return denominator == 0 ? null : numerator / denominator;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double sq(double v) {
        return v * v;
    }
}
