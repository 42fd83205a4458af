package com.localizevideos.headroom.evaluation;

import java.util.List;

/** The rules kept firing past the configured limit: a loop in the rule set, not bad input. */
public class RuleLoopException extends RuntimeException {
    private final transient List<FiredRule> fired;

    public RuleLoopException(int limit, List<FiredRule> fired) {
        super("rule evaluation stopped after " + limit + " firings; the rule set loops");
        this.fired = fired;
    }

    public List<FiredRule> fired() {
        return fired;
    }
}
