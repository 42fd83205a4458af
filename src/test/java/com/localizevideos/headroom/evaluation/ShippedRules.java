package com.localizevideos.headroom.evaluation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.rulebase.CompiledRuleBase;
import com.localizevideos.headroom.rulebase.RuleBaseCompiler;
import com.localizevideos.headroom.rulebase.RuleProblem;
import com.localizevideos.headroom.rulebase.RuleSourceReader;

/** The real rules/ and decision-tables/ folders compiled once for rule tests, and a quiet baseline snapshot. */
final class ShippedRules {
    private static CompiledRuleBase base;

    private ShippedRules() {
    }

    static synchronized CompiledRuleBase base() {
        if (base == null) {
            List<RuleProblem> problems = new ArrayList<>();
            var sources = RuleSourceReader.read(Path.of("rules"), Path.of("decision-tables"), problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(problems.toString());
            }
            base = RuleBaseCompiler.compile(sources, 2);
        }
        return base;
    }

    static Decision decide(AccountSnapshot snapshot) {
        return DecisionRunner.decide(base(), snapshot, 10_000);
    }

    /** A mid-cycle PRO account with nothing remarkable going on: no signal fires. */
    static AccountSnapshot quietProAccount() {
        AccountSnapshot s = new AccountSnapshot();
        s.setAccountId("acme");
        s.setName("Acme Studios");
        s.setPlan("PRO");
        s.setSeatsLicensed(5);
        s.setArr(2388);
        s.setAsOf(LocalDate.of(2026, 11, 24));
        s.setCycleDay(24);
        s.setCycleDays(30);
        s.setMinutesUsed(120);
        s.setMinutesQuota(300);
        s.setLanguagesUsed(3);
        s.setLanguagesLimit(10);
        s.setSeatsUsed(2);
        s.setSeatsUsed90dAgo(2);
        s.setApiCalls7d(0);
        s.setApiThrottled7d(0);
        s.setDaysToRenewal(200);
        s.setWeeksObserved(8);
        s.setActiveDaysPerWeek(1.5);
        s.setActiveDaysStdDev(1.0);
        s.setTicketsLast90d(5);
        s.setTicketsFirst45d(2);
        s.setTicketsLast45d(3);
        return s;
    }
}
