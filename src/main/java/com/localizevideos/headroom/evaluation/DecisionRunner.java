package com.localizevideos.headroom.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.FactorScore;
import com.localizevideos.headroom.fact.ProposedAction;
import com.localizevideos.headroom.fact.Readiness;
import com.localizevideos.headroom.fact.Signal;
import com.localizevideos.headroom.fact.Suppression;
import com.localizevideos.headroom.rulebase.CompiledRuleBase;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/** Runs one snapshot through a rule base: new pooled session, insert, fire, collect, dispose. No I/O. */
public final class DecisionRunner {

    private DecisionRunner() {
    }

    public static Decision decide(CompiledRuleBase base, AccountSnapshot snapshot, int maxFirings) {
        KieSession session = base.newSession();
        FiredRuleRecorder recorder = new FiredRuleRecorder(base);
        session.addEventListener(recorder);
        try {
            session.insert(snapshot);
            int fired = session.fireAllRules(maxFirings);
            if (fired >= maxFirings) {
                throw new RuleLoopException(maxFirings, recorder.fired());
            }
            List<Signal> signals = objects(session, Signal.class);
            signals.sort(Comparator.comparing(Signal::getCode));
            List<FactorScore> factors = objects(session, FactorScore.class);
            factors.sort(Comparator.comparing(FactorScore::getFactor));
            Readiness readiness = objects(session, Readiness.class).stream().findFirst().orElseGet(() -> new Readiness(0));
            List<Suppression> suppressed = objects(session, Suppression.class);
            suppressed.sort(Comparator.comparing(Suppression::getPlaybook).thenComparing(Suppression::getGuardrail));
            Set<ProposedAction> held = suppressed.stream().map(Suppression::getAction).collect(Collectors.toSet());
            List<ProposedAction> actions = new ArrayList<>(objects(session, ProposedAction.class).stream()
                    .filter(a -> !held.contains(a)).toList());
            actions.sort(Comparator.comparing(ProposedAction::getPlaybook).thenComparing(ProposedAction::getRule));
            return new Decision(base.version(), signals, factors, readiness, actions, suppressed, recorder.fired());
        } finally {
            session.removeEventListener(recorder);
            session.dispose();
        }
    }

    private static <T> List<T> objects(KieSession session, Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Object o : session.getObjects(new ClassObjectFilter(type))) {
            result.add(type.cast(o));
        }
        return result;
    }
}
