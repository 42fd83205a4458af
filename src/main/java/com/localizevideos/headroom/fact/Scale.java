package com.localizevideos.headroom.fact;

import java.util.Locale;

/** Small numeric and text helpers that rules call: strengths in 0..1 and evidence in readable English. */
public final class Scale {
    private Scale() {
    }

    /** Clamps to 0..1 and rounds to two decimals so that decisions replay identically. */
    public static double clamp(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        double bounded = Math.max(0, Math.min(1, value));
        return Math.round(bounded * 100) / 100.0;
    }

    /** Maps value linearly so that {@code atHalf} gives 0.5 and {@code atFull} gives 1.0, clamped to 0..1. */
    public static double strength(double value, double atHalf, double atFull) {
        return clamp(0.5 + 0.5 * (value - atHalf) / (atFull - atHalf));
    }

    /** String.format in English (thousands separators as "1,425"). */
    public static String say(String pattern, Object... args) {
        return String.format(Locale.US, pattern, args);
    }
}
