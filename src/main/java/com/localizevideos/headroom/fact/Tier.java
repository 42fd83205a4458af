package com.localizevideos.headroom.fact;

/** Readiness tier, ordered from least to most ready. */
public enum Tier {
    LOW, MEDIUM, HIGH;

    public boolean isBelow(Tier other) {
        return ordinal() < other.ordinal();
    }
}
