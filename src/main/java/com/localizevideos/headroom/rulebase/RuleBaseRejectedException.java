package com.localizevideos.headroom.rulebase;

import java.util.List;

/** A rule set that does not compile, with every problem located. */
public class RuleBaseRejectedException extends RuntimeException {
    private final List<RuleProblem> problems;

    public RuleBaseRejectedException(List<RuleProblem> problems) {
        super(problems.size() + " problem(s) in the rule set:\n  "
                + String.join("\n  ", problems.stream().map(RuleProblem::located).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
