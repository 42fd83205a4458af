package com.localizevideos.headroom.bench;

import java.util.ArrayList;
import java.util.List;

import com.localizevideos.headroom.evaluation.FiredRule;
import com.localizevideos.headroom.rulebase.RuleOrigin;

/** The rules the hand-coded decisions stand in for, recorded in the order the Java applies them. */
final class FiringLog {
    static final String SIGNALS = "com.localizevideos.headroom.rules.signals";
    static final String READINESS = "com.localizevideos.headroom.rules.readiness";
    static final String ROUTING = "com.localizevideos.headroom.rules.routing";
    static final String GUARDRAILS = "com.localizevideos.headroom.rules.guardrails";
    static final String READINESS_TABLE = "com.localizevideos.headroom.tables.readiness";
    static final String PLAYBOOKS_TABLE = "com.localizevideos.headroom.tables.playbooks";
    static final String ROUTING_TABLE = "com.localizevideos.headroom.tables.routing";
    static final String OWNERS_TABLE = "com.localizevideos.headroom.tables.owners";
    static final String CONTENT_TABLE = "com.localizevideos.headroom.tables.content";
    static final String GUARDRAILS_TABLE = "com.localizevideos.headroom.tables.guardrails";

    private static final RuleOrigin HAND_CODED = new RuleOrigin("(hand-coded)", null, null, null);

    private final List<FiredRule> fired = new ArrayList<>(40);

    void fired(String rulePackage, String rule) {
        fired.add(new FiredRule(fired.size() + 1, rule, rulePackage, HAND_CODED));
    }

    List<FiredRule> fired() {
        return fired;
    }
}
