package com.localizevideos.headroom.evaluation;

import java.util.ArrayList;
import java.util.List;

import com.localizevideos.headroom.rulebase.CompiledRuleBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/** Agenda filter that accepts every match and records each firing in order with where the rule was written. */
final class FiredRuleRecorder implements AgendaFilter {
    private final CompiledRuleBase base;
    private final List<FiredRule> fired = new ArrayList<>(48);

    FiredRuleRecorder(CompiledRuleBase base) {
        this.base = base;
    }

    /** Asked by the engine right before the match fires; unlike an agenda listener it costs no event objects. */
    @Override
    public boolean accept(Match match) {
        Rule rule = match.getRule();
        fired.add(new FiredRule(fired.size() + 1, rule.getName(), rule.getPackageName(),
                base.originOf(rule.getPackageName(), rule.getName())));
        return true;
    }

    List<FiredRule> fired() {
        return List.copyOf(fired);
    }
}
