package com.localizevideos.headroom.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.FactorScore;
import com.localizevideos.headroom.fact.PriorAction;
import com.localizevideos.headroom.fact.ProposedAction;
import com.localizevideos.headroom.fact.Readiness;
import com.localizevideos.headroom.fact.Signal;
import com.localizevideos.headroom.fact.Suppression;
import com.localizevideos.headroom.rulebase.CompiledRuleBase;
import org.kie.api.runtime.KieSession;

/**
 * Runs one snapshot through a rule base: new pooled session, insert (the snapshot and the actions already started),
 * fire, collect, dispose. No I/O.
 */
public final class DecisionRunner {

    private DecisionRunner() {
    }

    public static Decision decide(CompiledRuleBase base, AccountSnapshot snapshot, int maxFirings) {
        KieSession session = base.newSession();
        FiredRuleRecorder recorder = new FiredRuleRecorder(base);
        try {
            session.insert(snapshot);
            for (PriorAction prior : snapshot.getRecentActions()) {
                session.insert(prior);
            }
            int fired = session.fireAllRules(recorder, maxFirings);
            if (fired >= maxFirings) {
                throw new RuleLoopException(maxFirings, recorder.fired());
            }
            return collect(base, session, recorder);
        } finally {
            session.dispose();
        }
    }

    /** Sorts the session's conclusions out of its facts in one pass; a suppressed action is not started. */
    private static Decision collect(CompiledRuleBase base, KieSession session, FiredRuleRecorder recorder) {
        List<Signal> signals = new ArrayList<>();
        List<FactorScore> factors = new ArrayList<>();
        List<ProposedAction> proposed = new ArrayList<>();
        List<Suppression> suppressed = new ArrayList<>();
        Readiness readiness = null;
        for (Object fact : session.getObjects()) {
            if (fact instanceof Signal s) {
                signals.add(s);
            } else if (fact instanceof FactorScore f) {
                factors.add(f);
            } else if (fact instanceof ProposedAction a) {
                proposed.add(a);
            } else if (fact instanceof Suppression s) {
                suppressed.add(s);
            } else if (fact instanceof Readiness r && readiness == null) {
                readiness = r;
            }
        }
        signals.sort(Comparator.comparing(Signal::getCode));
        factors.sort(Comparator.comparing(FactorScore::getFactor));
        suppressed.sort(Comparator.comparing(Suppression::getPlaybook).thenComparing(Suppression::getGuardrail)
                .thenComparing(Suppression::getReason));
        List<ProposedAction> actions = new ArrayList<>(proposed.size());
        for (ProposedAction a : proposed) {
            if (suppressed.stream().noneMatch(s -> s.getAction() == a)) {
                actions.add(a);
            }
        }
        actions.sort(Comparator.comparing(ProposedAction::getPlaybook).thenComparing(ProposedAction::getRule));
        return new Decision(base.version(), signals, factors, readiness != null ? readiness : new Readiness(0), actions,
                suppressed, recorder.fired());
    }
}
