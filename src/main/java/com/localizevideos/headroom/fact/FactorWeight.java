package com.localizevideos.headroom.fact;

/** How much one readiness factor can contribute to the 0–100 score (from the readiness table). */
public class FactorWeight {
    private final Factor factor;
    private final String importance;
    private final int maxPoints;

    public FactorWeight(Factor factor, String importance, int maxPoints) {
        this.factor = factor;
        this.importance = importance;
        this.maxPoints = maxPoints;
    }

    public Factor getFactor() {
        return factor;
    }

    public String getImportance() {
        return importance;
    }

    public int getMaxPoints() {
        return maxPoints;
    }
}
