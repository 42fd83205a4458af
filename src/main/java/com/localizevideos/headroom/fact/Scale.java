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

    /** "1 ticket", "3 tickets": the count and the noun, in the plural when the count is not one. */
    public static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** "January" for 1. */
    public static String month(int month) {
        return java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, Locale.US);
    }

    /** "today", "tomorrow" or "in 12 days". */
    public static String inDays(int days) {
        return days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
    }

    /** String.format in English (thousands separators as "1,425"). */
    public static String say(String pattern, Object... args) {
        return String.format(Locale.US, pattern, args);
    }
}
