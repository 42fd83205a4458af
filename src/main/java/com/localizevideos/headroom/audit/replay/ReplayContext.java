package com.localizevideos.headroom.audit.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.localizevideos.headroom.evaluation.Decision;
import com.localizevideos.headroom.evaluation.Evaluation;
import com.localizevideos.headroom.fact.AccountSnapshot;

/**
 * Everything a replay group compares: the stored record (its facts and answer as stored), the facts reconstructed
 * into the fact classes, the decision the recorded rule-set version gave for them now, and that decision as an answer.
 */
public record ReplayContext(Evaluation record, JsonNode recordedFacts, JsonNode recordedOutputs,
                            AccountSnapshot facts, Decision decision, JsonNode replayedOutputs) {
}
