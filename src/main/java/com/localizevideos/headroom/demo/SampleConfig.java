package com.localizevideos.headroom.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The shipped LocalizeVideos sample: whether to load and evaluate it at start. */
@ConfigMapping(prefix = "headroom.sample")
public interface SampleConfig {

    /** Load the sample accounts and observations, evaluate each account and print a summary at start. */
    @WithDefault("false")
    boolean load();

    /** Classpath resource holding the sample. */
    @WithDefault("sample/localizevideos-sample.json")
    String resource();
}
