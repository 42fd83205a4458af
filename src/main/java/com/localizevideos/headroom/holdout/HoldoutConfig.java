package com.localizevideos.headroom.holdout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The holdout: which share of accounts is evaluated but never acted on, and the salt that draws them. */
@ConfigMapping(prefix = "headroom.holdout")
public interface HoldoutConfig {

    /** Share of accounts held out, 0 (none) to 1 (all); changing it moves accounts in or out at the margin only. */
    @WithDefault("0.10")
    double share();

    /** Salt of the assignment hash: a new salt draws a new, independent holdout. */
    @WithDefault("headroom-holdout-v1")
    String salt();
}
