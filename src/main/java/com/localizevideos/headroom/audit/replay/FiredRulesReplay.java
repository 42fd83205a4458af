package com.localizevideos.headroom.audit.replay;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** The rules fired, in firing order, each with its source (file and line, or workbook, sheet and row). */
@ApplicationScoped
public class FiredRulesReplay implements ReplayedOutput {
    @Override
    public String group() {
        return "firedRules";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<String> covers() {
        return List.of("firedRules");
    }

    @Override
    public List<ReplayDifference> compare(ReplayContext c) {
        return new JsonDiff(group()).ordered("firedRules", c.recordedOutputs().path("firedRules"),
                c.replayedOutputs().path("firedRules")).differences();
    }
}
