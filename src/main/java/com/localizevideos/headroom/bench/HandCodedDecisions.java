package com.localizevideos.headroom.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.localizevideos.headroom.evaluation.Decision;
import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.FactorScore;
import com.localizevideos.headroom.fact.ProposedAction;
import com.localizevideos.headroom.fact.Readiness;
import com.localizevideos.headroom.fact.Signal;
import com.localizevideos.headroom.fact.SignalCode;
import com.localizevideos.headroom.fact.Suppression;

/** The shipped rules and decision tables hand-coded in plain Java: the baseline the rule engine is measured against. */
public final class HandCodedDecisions {
    /** Stands in for the rule-set version in a hand-coded decision. */
    public static final String VERSION = "hand-coded";
    private static final int CODES = SignalCode.values().length;

    private HandCodedDecisions() {
    }

    public static Decision decide(AccountSnapshot snapshot) {
        FiringLog log = new FiringLog();
        List<Signal> signals = new ArrayList<>(8);
        HandCodedSignals.derive(snapshot, signals, log);
        Signal[] byCode = new Signal[CODES];
        for (Signal signal : signals) {
            byCode[signal.getCode().ordinal()] = signal;
        }
        List<FactorScore> factors = new ArrayList<>(5);
        Readiness readiness = HandCodedReadiness.score(snapshot, byCode, factors, log);
        HandCodedGuardrails.settings(log);
        List<ProposedAction> proposed = new ArrayList<>(3);
        HandCodedActions.propose(snapshot, readiness, byCode, proposed, log);
        ProposedAction retention = HandCodedGuardrails.retention(snapshot, log);
        if (retention != null) {
            HandCodedActions.route(snapshot, retention, log);
            HandCodedActions.own(snapshot, retention, log);
            HandCodedActions.content(retention, log);
            proposed.add(retention);
        }
        List<Suppression> suppressed = new ArrayList<>(2);
        List<ProposedAction> unheld = new ArrayList<>(proposed.size());
        for (ProposedAction action : proposed) {
            int before = suppressed.size();
            HandCodedGuardrails.judge(snapshot, readiness, signals.size(), action, suppressed, log);
            if (suppressed.size() == before) {
                unheld.add(action);
            }
        }
        List<ProposedAction> actions = new ArrayList<>(HandCodedGuardrails.caps(snapshot, unheld, suppressed, log));
        actions.sort(Comparator.comparing(ProposedAction::getPlaybook).thenComparing(ProposedAction::getRule));
        suppressed.sort(Comparator.comparing(Suppression::getPlaybook).thenComparing(Suppression::getGuardrail)
                .thenComparing(Suppression::getReason));
        return new Decision(VERSION, signals, factors, readiness, actions, suppressed, log.fired());
    }
}
