package com.localizevideos.headroom.audit.replay;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** Why-nots: for each playbook that did not start, the nearest unmet condition and the table row it was read from. */
@ApplicationScoped
public class WhyNotReplay implements ReplayedOutput {
    @Override
    public String group() {
        return "whyNot";
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public List<String> covers() {
        return List.of("whyNot");
    }

    @Override
    public List<ReplayDifference> compare(ReplayContext c) {
        return new JsonDiff(group()).keyed("whyNot", c.recordedOutputs().path("whyNot"),
                c.replayedOutputs().path("whyNot"), w -> w.path("playbook").asText(), List.of("unmet", "rule"))
                .differences();
    }
}
