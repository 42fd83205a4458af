package com.localizevideos.headroom.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.evaluation.Decision;
import com.localizevideos.headroom.evaluation.DecisionRunner;
import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Channel;
import com.localizevideos.headroom.fact.Guardrail;
import com.localizevideos.headroom.fact.Playbook;
import com.localizevideos.headroom.fact.SignalCode;
import com.localizevideos.headroom.fact.Tier;
import com.localizevideos.headroom.rulebase.CompiledRuleBase;
import com.localizevideos.headroom.rulebase.RuleBaseCompiler;
import com.localizevideos.headroom.rulebase.RuleProblem;
import com.localizevideos.headroom.rulebase.RuleSourceReader;

class HandCodedDecisionsTest {
    private static final int SNAPSHOTS = 500;
    private static CompiledRuleBase base;
    private static List<AccountSnapshot> snapshots;
    private static List<Decision> byRules;

    @BeforeAll
    static void compileShippedRules() {
        List<RuleProblem> problems = new ArrayList<>();
        var sources = RuleSourceReader.read(Path.of("rules"), Path.of("decision-tables"), problems);
        assertTrue(problems.isEmpty(), problems::toString);
        base = RuleBaseCompiler.compile(sources, 2);
        snapshots = BenchSnapshots.varied(20_261_124L, SNAPSHOTS);
        byRules = snapshots.stream().map(s -> DecisionRunner.decide(base, s, 10_000)).toList();
    }

    @Test
    void handCodedDecisionsEqualTheShippedRulesOnVariedSnapshots() {
        for (int i = 0; i < SNAPSHOTS; i++) {
            AccountSnapshot snapshot = snapshots.get(i);
            DecisionDigest rules = DecisionDigest.of(byRules.get(i));
            DecisionDigest hand = DecisionDigest.of(HandCodedDecisions.decide(snapshot));
            String which = "snapshot " + snapshot.getAccountId();
            assertEquals(rules.signals(), hand.signals(), which + ": signals");
            assertEquals(rules.factors(), hand.factors(), which + ": factor points");
            assertEquals(rules.readiness(), hand.readiness(), which + ": score and tier");
            assertEquals(rules.actions(), hand.actions(), which + ": actions and channels");
            assertEquals(rules.suppressed(), hand.suppressed(), which + ": suppressions");
            assertEquals(rules.firedRules(), hand.firedRules(), which + ": fired rules");
        }
    }

    /** Agreement only means something if the snapshots reach every branch the rules have. */
    @Test
    void variedSnapshotsReachEverySignalTierPlaybookChannelAndGuardrail() {
        Set<SignalCode> signals = EnumSet.noneOf(SignalCode.class);
        Set<Tier> tiers = EnumSet.noneOf(Tier.class);
        Set<Playbook> playbooks = EnumSet.noneOf(Playbook.class);
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        Set<Guardrail> guardrails = EnumSet.noneOf(Guardrail.class);
        for (Decision d : byRules) {
            d.signals().forEach(s -> signals.add(s.getCode()));
            tiers.add(d.readiness().getTier());
            d.actions().forEach(a -> {
                playbooks.add(a.getPlaybook());
                channels.add(a.getChannel());
            });
            d.suppressed().forEach(s -> guardrails.add(s.getGuardrail()));
        }
        assertEquals(EnumSet.of(SignalCode.FEATURE_SATURATION, SignalCode.APPROACHING_QUOTA, SignalCode.SEAT_GROWTH,
                SignalCode.API_RATE_LIMIT_PRESSURE, SignalCode.CONSISTENT_ACTIVE_USAGE,
                SignalCode.REDUCED_SUPPORT_DEPENDENCY, SignalCode.RENEWAL_APPROACHING), signals);
        assertEquals(EnumSet.allOf(Tier.class), tiers);
        assertEquals(EnumSet.allOf(Playbook.class), playbooks);
        assertEquals(EnumSet.allOf(Channel.class), channels);
        // The playbook table proposes only playbooks of the account's own tier, so BELOW_TIER_THRESHOLD never holds one.
        assertEquals(EnumSet.complementOf(EnumSet.of(Guardrail.BELOW_TIER_THRESHOLD)), guardrails);
        assertTrue(byRules.stream().anyMatch(d -> d.actions().stream().anyMatch(a -> a.isRetention())),
                "a retention conversation is started somewhere");
    }

    /**
     * The account of EvaluationResourceTest, whose decision through the API is known: 83, HIGH, two CS-led offers of
     * which one starts (at most one sales offer in 60 days) and the other is held by contact fatigue.
     */
    @Test
    void handCodedNearQuotaAccountGetsTheDecisionTheApiGives() {
        AccountSnapshot s = new AccountSnapshot();
        s.setAccountId("northwind");
        s.setPlan("BUSINESS");
        s.setSeatsLicensed(20);
        s.setArr(9588);
        s.setAsOf(LocalDate.of(2026, 11, 24));
        s.setCycleDay(24);
        s.setCycleDays(30);
        s.setMinutesUsed(1425);
        s.setMinutesQuota(1500);
        s.setLanguagesUsed(12);
        s.setLanguagesLimit(30);
        s.setSeatsUsed(16);
        s.setSeatsUsed90dAgo(10);
        s.setDaysToRenewal(310);
        s.setWeeksObserved(5);
        s.setActiveDaysPerWeek(7);
        s.setActiveDaysStdDev(0);

        Decision hand = HandCodedDecisions.decide(s);

        assertEquals(83, hand.readiness().getScore());
        assertEquals(Tier.HIGH, hand.readiness().getTier());
        assertEquals("1,425 of 1,500 minutes used on day 24 of 30; projected 1,781 (119% of quota)",
                hand.signals().stream().filter(x -> x.getCode() == SignalCode.APPROACHING_QUOTA).findFirst()
                        .orElseThrow().getEvidence());
        assertEquals(List.of("SALES_ASSISTED_UPSELL CS_LED"),
                hand.actions().stream().map(a -> a.getPlaybook() + " " + a.getChannel()).toList());
        assertEquals(List.of("CONTRACT_EXPANSION CONTACT_FATIGUE"),
                hand.suppressed().stream().map(x -> x.getPlaybook() + " " + x.getGuardrail()).toList());
        assertEquals(DecisionDigest.of(DecisionRunner.decide(base, s, 10_000)), DecisionDigest.of(hand));
    }
}
