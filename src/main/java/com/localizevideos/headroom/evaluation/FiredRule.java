package com.localizevideos.headroom.evaluation;

import com.localizevideos.headroom.rulebase.RuleOrigin;

/** One rule firing, in order, with where the rule was written. */
public record FiredRule(int order, String rule, String rulePackage, RuleOrigin source) {
}
