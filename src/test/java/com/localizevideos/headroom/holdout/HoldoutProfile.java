package com.localizevideos.headroom.holdout;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Half of all accounts held out, with a salt of the tests' own. */
public class HoldoutProfile implements QuarkusTestProfile {
    public static final String SALT = "holdout-test-salt";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("headroom.holdout.share", "0.5", "headroom.holdout.salt", SALT);
    }
}
