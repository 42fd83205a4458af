package com.localizevideos.headroom.audit.replay;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** Suppressions by playbook and guardrail, with their reasons. */
@ApplicationScoped
public class SuppressionsReplay implements ReplayedOutput {
    @Override
    public String group() {
        return "suppressed";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<String> covers() {
        return List.of("suppressed");
    }

    @Override
    public List<ReplayDifference> compare(ReplayContext c) {
        return new JsonDiff(group()).keyed("suppressed", c.recordedOutputs().path("suppressed"),
                c.replayedOutputs().path("suppressed"),
                s -> s.path("playbook").asText() + "/" + s.path("guardrail").asText(), List.of("reason"))
                .differences();
    }
}
