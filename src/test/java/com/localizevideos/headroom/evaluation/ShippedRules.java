package com.localizevideos.headroom.evaluation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.rulebase.CompiledRuleBase;
import com.localizevideos.headroom.rulebase.RuleBaseCompiler;
import com.localizevideos.headroom.rulebase.RuleProblem;
import com.localizevideos.headroom.rulebase.RuleSource;
import com.localizevideos.headroom.rulebase.RuleSourceReader;

/** The real rules/ and decision-tables/ folders compiled once for rule tests, and baseline snapshots. */
final class ShippedRules {
    private static CompiledRuleBase base;

    private ShippedRules() {
    }

    static synchronized CompiledRuleBase base() {
        if (base == null) {
            base = RuleBaseCompiler.compile(sources(), 2);
        }
        return base;
    }

    /** The shipped rule files as the service reads them. */
    static List<RuleSource> sources() {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleSource> sources = RuleSourceReader.read(Path.of("rules"), Path.of("decision-tables"), problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
        return sources;
    }

    /** The shipped rules plus one extra DRL file, for scenarios the shipped tables cannot produce on their own. */
    static CompiledRuleBase withExtraDrl(String fileName, String drl) {
        List<RuleSource> sources = new ArrayList<>(sources());
        sources.add(RuleSource.of("rules/" + fileName, RuleSource.Kind.DRL, drl.getBytes(StandardCharsets.UTF_8)));
        return RuleBaseCompiler.compile(sources, 1);
    }

    static Decision decide(AccountSnapshot snapshot) {
        return DecisionRunner.decide(base(), snapshot, 10_000);
    }

    static Decision decide(CompiledRuleBase rules, AccountSnapshot snapshot) {
        return DecisionRunner.decide(rules, snapshot, 10_000);
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

    /**
     * A PRO account at ARR 10,000 that has outgrown its plan: readiness 75, HIGH, three signals.
     * FEATURE_SATURATION 10 of 10 languages (strength 1.0 -> 30), APPROACHING_QUOTA 165 of 300 minutes on day 15
     * (projected 330 = 110% -> strength 0.83 -> 30), CONSISTENT_ACTIVE_USAGE 4.0 days a week (0.75 -> 15): 30+30+15 = 75.
     */
    static AccountSnapshot highReadinessNearQuota() {
        AccountSnapshot s = quietProAccount();
        s.setArr(10_000);
        s.setCycleDay(15);
        s.setMinutesUsed(165);
        s.setLanguagesUsed(10);
        s.setActiveDaysPerWeek(4.0);
        return s;
    }
}
