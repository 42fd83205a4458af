package com.localizevideos.headroom.audit.replay;

import java.util.List;

/**
 * One group of an evaluation's outputs that a replay recomputes and compares (a CDI bean per group). Outputs computed
 * in Java after the rules fired (e.g. a probability from a calibration version) plug in as another implementation:
 * recompute from {@link ReplayContext#decision()} and the record's inputs, compare with the recorded answer.
 */
public interface ReplayedOutput {

    /** Name of the group in the answer, e.g. {@code signals}. */
    String group();

    /** Position of the group in the answer. */
    int order();

    /**
     * Paths of the recorded answer this group checks ({@code readiness.score}, {@code actions[].channel}); recorded
     * fields outside every group's paths are listed as {@code notReplayed}.
     */
    List<String> covers();

    /** The differences between the recorded and the replayed outputs of this group; empty when identical. */
    List<ReplayDifference> compare(ReplayContext context);
}
