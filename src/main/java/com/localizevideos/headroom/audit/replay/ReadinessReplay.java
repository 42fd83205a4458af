package com.localizevideos.headroom.audit.replay;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

/** Readiness score, tier, and each factor's weight and points. */
@ApplicationScoped
public class ReadinessReplay implements ReplayedOutput {
    @Override
    public String group() {
        return "readiness";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<String> covers() {
        return List.of("readiness.score", "readiness.tier", "readiness.factors");
    }

    @Override
    public List<ReplayDifference> compare(ReplayContext c) {
        JsonNode recorded = c.recordedOutputs().path("readiness");
        JsonNode replayed = c.replayedOutputs().path("readiness");
        return new JsonDiff(group())
                .fields("readiness", recorded, replayed, List.of("score", "tier"))
                .keyed("readiness.factors", recorded.path("factors"), replayed.path("factors"),
                        f -> f.path("factor").asText(), List.of("weight", "points"))
                .differences();
    }
}
