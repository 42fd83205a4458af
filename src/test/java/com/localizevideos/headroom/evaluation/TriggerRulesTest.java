package com.localizevideos.headroom.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.localizevideos.headroom.evaluation.EvaluationView.ActionView;
import com.localizevideos.headroom.evaluation.EvaluationView.WhyNotView;
import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Tier;
import org.junit.jupiter.api.Test;

/**
 * The trigger step without HTTP: each of the nine playbooks starts from the playbook table with content from the
 * Content sheet filled from the account, each routed action gets its owner from the Owners sheet, and why-not reads
 * the playbook table's rows. Accounts start from ShippedRules' baselines.
 */
class TriggerRulesTest {

    @Test
    void educationalPromptNamesTheNextOnboardingStep() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setOnboardingMilestones(List.of("first_video", "first_language"));

        ActionView a = only(view(s), "EDUCATIONAL_PROMPT");

        assertEquals("AUTOMATED", a.channel());
        assertEquals("team_invited", a.content().milestone());
        assertEquals("Next step: invite your team", a.content().headline());
    }

    @Test
    void featureDiscoveryNudgeNamesAFeatureNotYetAdopted() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setActiveDaysPerWeek(3.2);                     // CONSISTENT_ACTIVE_USAGE: LOW, a regular user
        s.setAdvancedFeatures30d(List.of("voice_cloning"));

        ActionView a = only(view(s), "FEATURE_DISCOVERY_NUDGE");

        assertEquals("lip_sync", a.content().feature());
        assertEquals("Try lip-sync", a.content().headline());
    }

    @Test
    void valueReinforcementBeforeRenewalQuotesTheCycleSoFar() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setDaysToRenewal(60);                          // RENEWAL_APPROACHING, still LOW

        ActionView a = only(view(s), "VALUE_REINFORCEMENT");

        assertEquals("Your team localised 120 minutes this cycle", a.content().headline());
        assertTrue(a.content().body().startsWith("So far this cycle: 120 minutes in 3 languages on your Pro plan. Renewal in 60 days"),
                a.content().body());
    }

    @Test
    void tierComparisonNamesTheNextPlanAndTheLimitThatIsClose() {
        EvaluationView v = view(mediumNearQuota());

        ActionView a = only(v, "TIER_COMPARISON_INSIGHT");

        assertEquals("BUSINESS", a.content().comparePlan());
        assertEquals("minutes", a.content().limit().name());
        assertEquals(165, a.content().limit().used());
        assertEquals(300, a.content().limit().max());
        assertEquals(1500, a.content().limit().nextPlanMax());
        assertEquals("Compare Pro and Business", a.content().headline());
        assertEquals("You have used 165 of 300 minutes (55%) on Pro; Business includes 1,500 minutes.", a.content().body());
    }

    @Test
    void successConversationOnSteadyEngagementStartsWithTopics() {
        ActionView a = only(view(mediumNearQuota()), "SUCCESS_CONVERSATION");

        assertEquals("Review goals and usage with Acme Studios", a.content().headline());
    }

    @Test
    void usageOptimizationNamesTheSaturatedLimit() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setLanguagesUsed(10);                          // FEATURE_SATURATION 10 of 10 languages: 30
        s.setActiveDaysPerWeek(4.0);                     // 15: readiness 45, MEDIUM

        ActionView a = only(view(s), "USAGE_OPTIMIZATION_GUIDANCE");

        assertEquals("languages", a.content().limit().name());
        assertEquals("Get more out of your languages", a.content().headline());
        assertNull(a.content().feature());
    }

    @Test
    void salesAssistedUpsellGoesToTheAccountsCsmWithThePlanToOffer() {
        AccountSnapshot s = ShippedRules.highReadinessNearQuota(); // ARR 10,000: CS_LED
        s.setOwner("csm.anna");
        s.setNextPlanMinutesQuota(1500);

        ActionView a = only(view(s), "SALES_ASSISTED_UPSELL");

        assertEquals("CS_LED", a.channel());
        assertEquals("csm.anna", a.owner());
        assertEquals("BUSINESS", a.content().comparePlan());
        assertEquals("Offer Business to Acme Studios", a.content().headline());
    }

    @Test
    void customPlanForApiHeavyAccount() {
        AccountSnapshot s = ShippedRules.highReadinessNearQuota();
        s.setApiCalls7d(1_000);
        s.setApiThrottled7d(100);                        // API_RATE_LIMIT_PRESSURE: CUSTOM_PLAN instead of the upsell

        EvaluationView v = view(s);

        ActionView a = only(v, "CUSTOM_PLAN");
        assertEquals("Propose a custom plan to Acme Studios", a.content().headline());
        assertTrue(a.content().body().contains("answered 429"), a.content().body());
    }

    @Test
    void contractExpansionAtRenewalNamesTheRenewal() {
        AccountSnapshot s = ShippedRules.highReadinessNearQuota();
        s.setArr(4_000);                                 // in product: no contact cap between the two offers
        s.setDaysToRenewal(45);

        ActionView a = only(view(s), "CONTRACT_EXPANSION");

        assertEquals("Expand Acme Studios's contract at renewal (in 45 days)", a.content().headline());
        assertEquals(List.of("SALES_ASSISTED_UPSELL", "CONTRACT_EXPANSION"), view(s).actions().stream().map(ActionView::playbook).toList());
    }

    @Test
    void everyShippedContentRowFillsEveryPlaceholder() {
        for (AccountSnapshot s : List.of(ShippedRules.quietProAccount(), mediumNearQuota(), ShippedRules.highReadinessNearQuota())) {
            for (ActionView a : view(s).actions()) {
                assertFalse(a.content().headline().contains("{") || a.content().body().contains("{"), a.toString());
            }
        }
    }

    // ---- owners, one per routing scenario ----

    @Test
    void lowValueAccountsPromptIsAutomatedAndHasNoOwner() {
        AccountSnapshot s = ShippedRules.highReadinessNearQuota();
        s.setArr(4_999);

        ActionView a = only(view(s), "SALES_ASSISTED_UPSELL");

        assertEquals("AUTOMATED", a.channel());
        assertNull(a.owner());
    }

    @Test
    void csLedActionWithoutAnAccountCsmGoesToTheCsTeam() {
        ActionView a = only(view(ShippedRules.highReadinessNearQuota()), "SALES_ASSISTED_UPSELL");

        assertEquals("CS_LED", a.channel());
        assertEquals("cs-team", a.owner());
    }

    @Test
    void highValueSalesActionGoesToTheRegionalSalesTeam() {
        AccountSnapshot s = ShippedRules.highReadinessNearQuota();
        s.setArr(60_000);
        s.setRegion("EMEA");
        assertEquals("sales-emea", only(view(s), "SALES_ASSISTED_UPSELL").owner());
        assertEquals("SALES_AND_EXEC", only(view(s), "SALES_ASSISTED_UPSELL").channel());

        s.setRegion("Antarctica");
        assertEquals("sales-global", only(view(s), "SALES_ASSISTED_UPSELL").owner());
    }

    @Test
    void strategicAccountGoesToTheNamedExecutiveSponsor() {
        AccountSnapshot s = ShippedRules.highReadinessNearQuota();
        s.setStrategic(true);
        s.setOwner("csm.anna");

        ActionView a = only(view(s), "SALES_ASSISTED_UPSELL");

        assertEquals("EXECUTIVE_SPONSOR", a.channel());
        assertEquals("exec.dana.whitfield", a.owner());
    }

    // ---- why-not ----

    @Test
    void whyNotForMediumAccountNamesTheScoreHighNeedsAndTheFactorWithMostRoom() {
        EvaluationView v = view(mediumNearQuota()); // 45, MEDIUM: capacity 30 of 30, engagement 15 of 15

        assertEquals("MEDIUM", v.readiness().tier());
        assertEquals("HIGH needs a score of 70; this account has 45 — feature utilization 0 of 30",
                whyNot(v, "SALES_ASSISTED_UPSELL").unmet());
        assertEquals("SalesAssistedUpsellOnCapacity", whyNot(v, "SALES_ASSISTED_UPSELL").rule());
        assertEquals("needs one of the signals feature saturation, api rate limit pressure; none seen",
                whyNot(v, "USAGE_OPTIMIZATION_GUIDANCE").unmet());
        assertEquals("it is for LOW readiness; this account is MEDIUM (score 45); and not while consistent active usage is seen",
                whyNot(v, "EDUCATIONAL_PROMPT").unmet());
        assertTrue(whyNot(v, "CUSTOM_PLAN").unmet().startsWith("HIGH needs a score of 70; this account has 45"),
                whyNot(v, "CUSTOM_PLAN").unmet());
        // started playbooks have no why-not
        assertEquals(7, v.whyNot().size(), v.whyNot().toString());
    }

    @Test
    void suppressedPlaybooksAreNotInWhyNot() {
        AccountSnapshot s = ShippedRules.highReadinessNearQuota();
        s.setInDunning(true);

        EvaluationView v = view(s);

        assertEquals(List.of("SALES_ASSISTED_UPSELL"), v.suppressed().stream().map(EvaluationView.SuppressionView::playbook).toList());
        assertTrue(v.whyNot().stream().noneMatch(w -> w.playbook().equals("SALES_ASSISTED_UPSELL")));
        assertEquals(8, v.whyNot().size());
    }

    /**
     * PRO at ARR 2,388 on day 15 with 165 of 300 minutes (projected 110%: APPROACHING_QUOTA, 30) and 4.0 active days a
     * week (15): readiness 45, MEDIUM; TIER_COMPARISON_INSIGHT and SUCCESS_CONVERSATION in product.
     */
    static AccountSnapshot mediumNearQuota() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setCycleDay(15);
        s.setMinutesUsed(165);
        s.setActiveDaysPerWeek(4.0);
        s.setNextPlan("BUSINESS");
        s.setNextPlanMinutesQuota(1500);
        s.setNextPlanLanguagesLimit(30);
        s.setNextPlanSeatsIncluded(20);
        Decision d = ShippedRules.decide(s);
        assertEquals(45, d.readiness().getScore());
        assertEquals(Tier.MEDIUM, d.readiness().getTier());
        return s;
    }

    /** The evaluation body the service would give for this snapshot (content, owners, why-not), without storage. */
    static EvaluationView view(AccountSnapshot s) {
        if (s.getNextPlan() == null && "PRO".equals(s.getPlan())) {
            s.setNextPlan("BUSINESS");
            s.setNextPlanMinutesQuota(1500);
            s.setNextPlanLanguagesLimit(30);
            s.setNextPlanSeatsIncluded(20);
        }
        Decision d = ShippedRules.decide(s);
        List<UUID> ids = d.actions().stream().map(a -> UUID.randomUUID()).toList();
        var base = ShippedRules.base();
        return EvaluationViewMapper.toView(UUID.randomUUID(), s.getAccountId(), Instant.parse("2026-11-24T12:00:00Z"), d,
                ids, s, WhyNot.explain(base.table(WhyNot.PLAYBOOKS), base.table(WhyNot.TIERS), d),
                new com.localizevideos.headroom.scoring.ScoreForecast(0.0, "not-scored", null, null, null), false);
    }

    private static ActionView only(EvaluationView v, String playbook) {
        List<ActionView> found = v.actions().stream().filter(a -> a.playbook().equals(playbook)).toList();
        assertEquals(1, found.size(), () -> playbook + " among " + v.actions() + "; suppressed " + v.suppressed());
        return found.get(0);
    }

    private static WhyNotView whyNot(EvaluationView v, String playbook) {
        return v.whyNot().stream().filter(w -> w.playbook().equals(playbook)).findFirst()
                .orElseThrow(() -> new AssertionError(playbook + " has no why-not: " + v.whyNot()));
    }
}
