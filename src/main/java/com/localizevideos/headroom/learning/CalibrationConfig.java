package com.localizevideos.headroom.learning;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Fitting calibrations from recorded outcomes. */
@ConfigMapping(prefix = "headroom.calibration")
public interface CalibrationConfig {

    /** How often {@code CalibrationRefit} refits over the latest year (Quarkus {@code @Scheduled} syntax), or {@code off}. */
    @WithDefault("24h")
    String refitEvery();

    /** Days between the past {@code asOf} points at which readiness is recomputed for training. */
    @WithDefault("30")
    int stepDays();

    /** Threads that compute the training points (each a snapshot query and a rule session). */
    @WithDefault("2")
    int threads();

    /** Fewest expanded and fewest not-expanded training points a fit needs; fewer is a 422. */
    @WithDefault("5")
    int minPerLabel();

    /** Share of the latest asOf points held out to compare a new calibration with the active one (Brier score). */
    @WithDefault("0.25")
    double heldOutShare();

    /** How much lower a new calibration's held-out Brier score must be than the active one's to replace it. */
    @WithDefault("0.001")
    double minBrierImprovement();

    /** L2 penalty on the standardised slope (keeps a fit on separable outcomes finite). */
    @WithDefault("0.001")
    double ridge();

    /** How long an instance reuses its read of which calibration is active, in milliseconds (0: read every time). */
    @WithDefault("1000")
    long activeCacheMillis();

    /** A plan's own Kaplan–Meier median is used when at least this many of its accounts had a first HIGH tier. */
    @WithDefault("10")
    int minSimilarAccounts();
}
