package com.localizevideos.headroom.evaluation;

import java.util.List;

import com.localizevideos.headroom.fact.FactorScore;
import com.localizevideos.headroom.fact.ProposedAction;
import com.localizevideos.headroom.fact.Readiness;
import com.localizevideos.headroom.fact.Signal;
import com.localizevideos.headroom.fact.Suppression;

/** What one session concluded: signals, readiness, actions to start, suppressed actions, and the rules that fired. */
public record Decision(String rulesetVersion, List<Signal> signals, List<FactorScore> factors, Readiness readiness,
                       List<ProposedAction> actions, List<Suppression> suppressed, List<FiredRule> firedRules) {
}
