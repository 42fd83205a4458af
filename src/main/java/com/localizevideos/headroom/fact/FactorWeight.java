package com.localizevideos.headroom.fact;

/** How much one readiness factor can contribute to the 0–100 score (a row of the readiness weights table). */
public class FactorWeight {
    private final Factor factor;
    private String importance;
    private int maxPoints;

    public FactorWeight(Factor factor) {
        this.factor = factor;
    }

    public Factor getFactor() {
        return factor;
    }

    /** High, Medium or Contextual, as the seed names the weights. */
    public String getImportance() {
        return importance;
    }

    public void setImportance(String importance) {
        this.importance = importance;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    public void setMaxPoints(int maxPoints) {
        this.maxPoints = maxPoints;
    }
}
