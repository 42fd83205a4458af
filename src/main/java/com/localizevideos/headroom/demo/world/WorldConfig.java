package com.localizevideos.headroom.demo.world;

import java.time.Instant;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The generated LocalizeVideos demo world: size, history, seed, and whether the main job loads it. */
@ConfigMapping(prefix = "headroom.world")
public interface WorldConfig {

    /** Load the world, evaluate every account and print the summary at start (the README's main job). */
    @WithDefault("false")
    boolean load();

    /** Number of customer accounts. */
    @WithDefault("500")
    int accounts();

    /** Days of daily observations before {@link #end()}. */
    @WithDefault("365")
    int days();

    /** Seed: the same seed gives the same world, observation for observation. */
    @WithDefault("20261130")
    long seed();

    /**
     * Past decision points, every 90 days before {@link #end()}, each followed by the treated customers' responses:
     * the history the reports read. 0 evaluates the end only.
     */
    @WithDefault("3")
    int historyCheckpoints();

    /** The world's "now": the last observation is before it and the main job evaluates as of it. */
    @WithDefault("2026-11-30T00:00:00Z")
    Instant end();
}
