package com.localizevideos.headroom.fact;

/** Points one readiness-table row gives a factor; the factor scores the best of its rows, capped at its weight. */
public class FactorPoints {
    private final Factor factor;
    private final int points;
    private final String rule;

    public FactorPoints(Factor factor, int points, String rule) {
        this.factor = factor;
        this.points = points;
        this.rule = rule;
    }

    public Factor getFactor() {
        return factor;
    }

    public int getPoints() {
        return points;
    }

    public String getRule() {
        return rule;
    }
}
