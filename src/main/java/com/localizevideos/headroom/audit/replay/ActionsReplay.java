package com.localizevideos.headroom.audit.replay;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Actions started, matched by playbook and proposing table row: channel, reason, routing row, owner, content. Ids are the recorded
 * ones (a replay starts nothing).
 */
@ApplicationScoped
public class ActionsReplay implements ReplayedOutput {
    @Override
    public String group() {
        return "actions";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<String> covers() {
        return List.of("actions[].id", "actions[].playbook", "actions[].rule", "actions[].channel", "actions[].reason",
                "actions[].routedBy", "actions[].owner", "actions[].content");
    }

    @Override
    public List<ReplayDifference> compare(ReplayContext c) {
        return new JsonDiff(group()).keyed("actions", c.recordedOutputs().path("actions"),
                c.replayedOutputs().path("actions"),
                a -> a.path("playbook").asText() + "/" + a.path("rule").asText(),
                List.of("channel", "reason", "routedBy", "owner", "content")).differences();
    }
}
