package com.localizevideos.headroom.evaluation;

import java.util.ArrayList;
import java.util.List;

import com.localizevideos.headroom.rulebase.CompiledRuleBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Agenda listener that records every firing in order with the rule's file (and sheet and row for table rows). */
final class FiredRuleRecorder extends DefaultAgendaEventListener {
    private final CompiledRuleBase base;
    private final List<FiredRule> fired = new ArrayList<>();

    FiredRuleRecorder(CompiledRuleBase base) {
        this.base = base;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        fired.add(new FiredRule(fired.size() + 1, rule.getName(), rule.getPackageName(),
                base.originOf(rule.getPackageName(), rule.getName())));
    }

    List<FiredRule> fired() {
        return List.copyOf(fired);
    }
}
