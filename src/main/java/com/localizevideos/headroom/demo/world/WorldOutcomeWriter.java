package com.localizevideos.headroom.demo.world;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** Persists the world's realised outcomes as commercial events. */
@ApplicationScoped
public class WorldOutcomeWriter {

    /** Writes the outcomes (idempotent by id) and answers how many were new. */
    int write(List<WorldOutcome> outcomes) {
        return 0;
    }
}
