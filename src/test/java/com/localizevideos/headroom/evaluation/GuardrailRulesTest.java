package com.localizevideos.headroom.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Channel;
import com.localizevideos.headroom.fact.Guardrail;
import com.localizevideos.headroom.fact.Playbook;
import com.localizevideos.headroom.fact.ProposedAction;
import com.localizevideos.headroom.fact.Suppression;
import com.localizevideos.headroom.fact.Tier;
import com.localizevideos.headroom.rulebase.CompiledRuleBase;
import org.junit.jupiter.api.Test;

/**
 * rules/guardrails.drl: each guardrail holds back what would feel pushy and says why. Unless said otherwise the
 * account is ShippedRules.highReadinessNearQuota(): HIGH, three signals, ARR 10,000, so the table proposes
 * SALES_ASSISTED_UPSELL (an offer) through CS_LED (a human channel).
 */
class GuardrailRulesTest {

    @Test
    void openSev1TicketSuppressesSalesOutreach() {
        AccountSnapshot s = ShippedRules.highReadinessNearQuota();
        s.setOpenSevereTickets(1);

        Decision d = ShippedRules.decide(s);

        assertEquals(List.of(), d.actions());
        Suppression held = only(d.suppressed());
        assertEquals(Playbook.SALES_ASSISTED_UPSELL, held.getPlaybook());
        assertEquals(Channel.CS_LED, held.getAction().getChannel());
        assertEquals(Guardrail.OPEN_SEVERE_TICKET, held.getGuardrail());
        assertEquals("1 sev-1/sev-2 ticket open; no expansion step until resolved", held.getReason());
    }

    @Test
    void offerDeclinedThirtyDaysAgoSuppressesInProductOffer() {
        AccountSnapshot s = ShippedRules.highReadinessNearQuota();
        s.setArr(4_000); // routed AUTOMATED: held because it is an offer, not because a person would call
        s.setDaysSinceLastDecline(30);

        Decision d = ShippedRules.decide(s);

        assertEquals(List.of(), d.actions());
        Suppression held = only(d.suppressed());
        assertEquals(Playbook.SALES_ASSISTED_UPSELL, held.getPlaybook());
        assertEquals(Channel.AUTOMATED, held.getAction().getChannel());
        assertEquals(Guardrail.RECENT_DECLINE, held.getGuardrail());
        assertEquals("The customer declined an offer 30 days ago; wait 60 days", held.getReason());
    }

    @Test
    void offerDeclinedMoreThanSixtyDaysAgoNoLongerSuppressesOffer() {
        AccountSnapshot s = ShippedRules.highReadinessNearQuota();
        s.setArr(4_000);
        s.setDaysSinceLastDecline(61);

        Decision d = ShippedRules.decide(s);

        assertEquals(List.of(), d.suppressed());
        assertEquals(List.of(Playbook.SALES_ASSISTED_UPSELL), playbooks(d.actions()));
    }

    @Test
    void doNotContactSuppressesHumanChannelConversation() {
        AccountSnapshot s = growingTeamMediumAccount();
        s.setDoNotContact(true);

        Decision d = ShippedRules.decide(s);

        assertEquals(List.of(), d.actions());
        Suppression held = only(d.suppressed());
        assertEquals(Playbook.SUCCESS_CONVERSATION, held.getPlaybook()); // not an offer, but a person would call
        assertEquals(Channel.CS_LED, held.getAction().getChannel());
        assertEquals(Guardrail.DO_NOT_CONTACT, held.getGuardrail());
        assertEquals("The account is marked do-not-contact", held.getReason());
    }

    @Test
    void doNotContactSuppressesInProductOffer() {
        AccountSnapshot s = ShippedRules.highReadinessNearQuota();
        s.setArr(4_000); // AUTOMATED
        s.setDoNotContact(true);

        Decision d = ShippedRules.decide(s);

        assertEquals(List.of(), d.actions());
        Suppression held = only(d.suppressed());
        assertEquals(Playbook.SALES_ASSISTED_UPSELL, held.getPlaybook());
        assertEquals(Channel.AUTOMATED, held.getAction().getChannel());
        assertEquals(Guardrail.DO_NOT_CONTACT, held.getGuardrail());
    }

    @Test
    void doNotContactKeepsInProductLowTierPrompt() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setDoNotContact(true);

        Decision d = ShippedRules.decide(s);

        assertEquals(List.of(), d.suppressed());
        ProposedAction prompt = only(d.actions());
        assertEquals(Playbook.EDUCATIONAL_PROMPT, prompt.getPlaybook());
        assertEquals(Channel.AUTOMATED, prompt.getChannel());
    }

    @Test
    void dunningSuppressesOffer() {
        AccountSnapshot s = ShippedRules.highReadinessNearQuota();
        s.setInDunning(true);

        Decision d = ShippedRules.decide(s);

        assertEquals(List.of(), d.actions());
        Suppression held = only(d.suppressed());
        assertEquals(Playbook.SALES_ASSISTED_UPSELL, held.getPlaybook());
        assertEquals(Guardrail.IN_DUNNING, held.getGuardrail());
        assertEquals("The account is in payment dunning", held.getReason());
    }

    @Test
    void humanChannelActionBackedByOneSignalIsHeldAsNoBlindOutreach() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setPlan("ENTERPRISE");   // StrategicValueEnterprisePlan 6
        s.setArr(40_000);          // SALES_AND_EXEC
        s.setSeatsLicensed(100);
        s.setSeatsUsed(30);
        s.setSeatsUsed90dAgo(30);
        s.setLanguagesLimit(100);
        s.setMinutesQuota(10_000);
        s.setCycleDay(10);
        s.setMinutesUsed(3_600);   // projected 10,800 = 108% -> APPROACHING_QUOTA 0.8 -> 30; the only signal
        s.setTicketsLast90d(1);
        s.setTicketsFirst45d(1);
        s.setTicketsLast45d(0);    // SupportStabilityQuietSupport 8; readiness 30 + 6 + 8 = 44, MEDIUM

        Decision d = ShippedRules.decide(s);

        assertEquals(Tier.MEDIUM, d.readiness().getTier());
        assertEquals(1, d.signals().size());
        assertEquals(List.of(), d.actions());
        Suppression held = only(d.suppressed());
        assertEquals(Playbook.TIER_COMPARISON_INSIGHT, held.getPlaybook());
        assertEquals(Guardrail.NO_BLIND_OUTREACH, held.getGuardrail());
        assertEquals("Human outreach (SALES_AND_EXEC) needs at least 2 supporting signals; this account shows 1",
                held.getReason());
    }

    @Test
    void playbookAboveTheReadinessTierIsHeldAsBelowTierThreshold() {
        CompiledRuleBase rules = ShippedRules.withExtraDrl("eager-contract-expansion.drl", """
                package com.localizevideos.headroom.rules.test;
                import com.localizevideos.headroom.fact.*;
                rule "ProposeContractExpansionToLowAccount"
                when
                    Readiness( tier == Tier.LOW )
                then
                    insert(new ProposedAction(Playbook.CONTRACT_EXPANSION, drools.getRule().getName()));
                end
                """);

        Decision d = ShippedRules.decide(rules, ShippedRules.quietProAccount());

        assertEquals(List.of(Playbook.EDUCATIONAL_PROMPT), playbooks(d.actions()));
        Suppression held = only(d.suppressed());
        assertEquals(Playbook.CONTRACT_EXPANSION, held.getPlaybook());
        assertEquals(Guardrail.BELOW_TIER_THRESHOLD, held.getGuardrail());
        assertEquals("CONTRACT_EXPANSION is for HIGH readiness; this account is LOW (score 0)", held.getReason());
    }

    /**
     * MEDIUM at ARR 10,000 with SEAT_GROWTH (18), CONSISTENT_ACTIVE_USAGE 4.0 days (15) and REDUCED_SUPPORT_DEPENDENCY
     * (15): readiness 48, so the table proposes SUCCESS_CONVERSATION (not an offer) through CS_LED.
     */
    private static AccountSnapshot growingTeamMediumAccount() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setArr(10_000);
        s.setSeatsLicensed(20);
        s.setSeatsUsed90dAgo(10);
        s.setSeatsUsed(13);
        s.setActiveDaysPerWeek(4.0);
        s.setTicketsFirst45d(25);
        s.setTicketsLast45d(14);
        s.setTicketsLast90d(39);
        Decision unguarded = ShippedRules.decide(s);
        assertEquals(48, unguarded.readiness().getScore());
        assertEquals(List.of(Playbook.SUCCESS_CONVERSATION), playbooks(unguarded.actions()));
        return s;
    }

    private static List<Playbook> playbooks(List<ProposedAction> actions) {
        return actions.stream().map(ProposedAction::getPlaybook).toList();
    }

    private static <T> T only(List<T> items) {
        assertEquals(1, items.size(), () -> "expected exactly one: " + items);
        return items.get(0);
    }
}
