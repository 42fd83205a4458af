package com.localizevideos.headroom.fact;

/** The points a factor contributes to the readiness score, after capping at its weight. */
public class FactorScore {
    private final Factor factor;
    private final int weight;
    private final int points;

    public FactorScore(Factor factor, int weight, int points) {
        this.factor = factor;
        this.weight = weight;
        this.points = points;
    }

    public Factor getFactor() {
        return factor;
    }

    public int getWeight() {
        return weight;
    }

    public int getPoints() {
        return points;
    }
}
