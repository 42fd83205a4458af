package com.localizevideos.headroom.fact;

/** The readiness score (0–100) and, once the tier table has run, its tier. */
public class Readiness {
    private final int score;
    private Tier tier;

    public Readiness(int score) {
        this.score = Math.max(0, Math.min(100, score));
    }

    public int getScore() {
        return score;
    }

    public Tier getTier() {
        return tier;
    }

    public void setTier(Tier tier) {
        this.tier = tier;
    }
}
