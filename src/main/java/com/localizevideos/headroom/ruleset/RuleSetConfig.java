package com.localizevideos.headroom.ruleset;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of rule-set uploads and simulations. */
@ConfigMapping(prefix = "headroom.rulesets")
public interface RuleSetConfig {

    /** Largest file of an upload, in bytes (a shipped workbook is about 10 KB). */
    @WithDefault("2097152")
    long maxFileBytes();

    /** Most files in one upload. */
    @WithDefault("10")
    int maxFiles();

    /** Most bytes a workbook's zip entries may expand to, all entries together (zip-bomb guard). */
    @WithDefault("20971520")
    long maxUncompressedBytes();

    /** Smallest compressed ÷ uncompressed ratio of a zip entry POI accepts (POI's ZipSecureFile; 0.01 = 100:1). */
    @WithDefault("0.01")
    double minInflateRatio();

    /** How often each instance checks the activation log to follow an activation made by another instance. */
    @WithDefault("5s")
    java.time.Duration followInterval();

    /** Most stored evaluations one simulation re-runs; a longer period is refused with a problem. */
    @WithDefault("50000")
    int simulationMaxEvaluations();
}
