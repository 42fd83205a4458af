package com.localizevideos.headroom.bench;

import java.util.List;

import com.localizevideos.headroom.evaluation.Decision;

/** What two decisions must share to be the same decision, as comparable text. */
public record DecisionDigest(List<String> signals, List<String> factors, String readiness, List<String> actions,
                             List<String> suppressed, List<String> firedRules) {

    /** Fired rules are compared as a sorted multiset: only Drools fixes a firing order. */
    public static DecisionDigest of(Decision d) {
        return new DecisionDigest(
                d.signals().stream().map(s -> s.getCode() + " " + s.getStrength() + " " + s.getEvidence()).toList(),
                d.factors().stream().map(f -> f.getFactor() + " " + f.getPoints() + "/" + f.getWeight()).toList(),
                d.readiness().getScore() + " " + d.readiness().getTier(),
                d.actions().stream().map(a -> a.getPlaybook() + " " + a.getChannel() + " proposed by " + a.getRule()
                        + " routed by " + a.getRoutedBy() + " owned by " + a.getOwner()).toList(),
                d.suppressed().stream().map(s -> s.getPlaybook() + " " + s.getGuardrail() + " " + s.getReason()).toList(),
                d.firedRules().stream().map(f -> f.rulePackage() + "." + f.rule()).sorted().toList());
    }
}
