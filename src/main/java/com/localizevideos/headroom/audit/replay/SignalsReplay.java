package com.localizevideos.headroom.audit.replay;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** Signals by code: family, strength and evidence. */
@ApplicationScoped
public class SignalsReplay implements ReplayedOutput {
    @Override
    public String group() {
        return "signals";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<String> covers() {
        return List.of("signals");
    }

    @Override
    public List<ReplayDifference> compare(ReplayContext c) {
        return new JsonDiff(group()).keyed("signals", c.recordedOutputs().path("signals"),
                c.replayedOutputs().path("signals"), s -> s.path("code").asText(),
                List.of("family", "strength", "evidence")).differences();
    }
}
