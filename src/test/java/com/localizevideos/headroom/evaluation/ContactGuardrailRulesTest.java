package com.localizevideos.headroom.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Channel;
import com.localizevideos.headroom.fact.Guardrail;
import com.localizevideos.headroom.fact.Playbook;
import com.localizevideos.headroom.fact.PriorAction;
import com.localizevideos.headroom.fact.ProposedAction;
import com.localizevideos.headroom.fact.Suppression;
import org.junit.jupiter.api.Test;

/**
 * The guardrails whose numbers live in decision-tables/guardrails.drl.xlsx: contact caps (2 human contacts in 30 days,
 * 1 sales offer in 60, 1 executive-sponsor contact in 90, per account across playbooks), low CSAT (2 or less within
 * 60 days) and churn risk (minutes down 40% on the 30 days before, from at least 30). No HTTP.
 */
class ContactGuardrailRulesTest {

    @Test
    void thirdHumanContactWithinThirtyDaysIsHeldAsContactFatigue() {
        AccountSnapshot s = growingTeamMediumAccount();
        s.setRecentActions(List.of(new PriorAction(Playbook.SUCCESS_CONVERSATION, Channel.CS_LED, 5),
                new PriorAction(Playbook.USAGE_OPTIMIZATION_GUIDANCE, Channel.CS_LED, 29)));

        Decision d = ShippedRules.decide(s);

        assertEquals(List.of(), d.actions());
        Suppression held = only(d.suppressed());
        assertEquals(Guardrail.CONTACT_FATIGUE, held.getGuardrail());
        assertEquals("At most 2 human contacts in 30 days; 2 already started", held.getReason());
    }

    @Test
    void humanContactsOlderThanThirtyDaysDoNotCount() {
        AccountSnapshot s = growingTeamMediumAccount();
        s.setRecentActions(List.of(new PriorAction(Playbook.SUCCESS_CONVERSATION, Channel.CS_LED, 5),
                new PriorAction(Playbook.SUCCESS_CONVERSATION, Channel.CS_LED, 30),
                new PriorAction(Playbook.EDUCATIONAL_PROMPT, Channel.AUTOMATED, 1)));

        Decision d = ShippedRules.decide(s);

        assertEquals(List.of(Playbook.SUCCESS_CONVERSATION), playbooks(d.actions()));
        assertEquals(List.of(), d.suppressed());
    }

    @Test
    void secondSalesOfferWithinSixtyDaysIsHeldAcrossPlaybooks() {
        AccountSnapshot s = ShippedRules.highReadinessNearQuota(); // SALES_ASSISTED_UPSELL via CS_LED
        s.setRecentActions(List.of(new PriorAction(Playbook.CONTRACT_EXPANSION, Channel.SALES_AND_EXEC, 59)));

        Decision d = ShippedRules.decide(s);

        assertEquals(List.of(), d.actions());
        assertEquals("At most 1 sales offers in 60 days; 1 already started", only(d.suppressed()).getReason());
    }

    @Test
    void twoOffersInOneDecisionStartOnlyTheMoreDirectOne() {
        AccountSnapshot s = ShippedRules.highReadinessNearQuota();
        s.setDaysToRenewal(60); // RENEWAL_APPROACHING: CONTRACT_EXPANSION joins the upsell, both CS_LED

        Decision d = ShippedRules.decide(s);

        assertEquals(List.of(Playbook.SALES_ASSISTED_UPSELL), playbooks(d.actions()));
        Suppression held = only(d.suppressed());
        assertEquals(Playbook.CONTRACT_EXPANSION, held.getPlaybook());
        assertEquals("At most 1 sales offers in 60 days; 0 already started and 1 in this decision", held.getReason());
    }

    @Test
    void executiveSponsorChannelHasItsOwnNinetyDayCap() {
        AccountSnapshot s = growingTeamMediumAccount();
        s.setStrategic(true); // EXECUTIVE_SPONSOR
        s.setRecentActions(List.of(new PriorAction(Playbook.SUCCESS_CONVERSATION, Channel.EXECUTIVE_SPONSOR, 80)));

        Decision d = ShippedRules.decide(s);

        Suppression held = only(d.suppressed());
        assertEquals(Channel.EXECUTIVE_SPONSOR, held.getAction().getChannel());
        assertEquals("At most 1 executive-sponsor contacts in 90 days; 1 already started", held.getReason());
    }

    @Test
    void inProductPromptsAreNotCapped() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setRecentActions(List.of(new PriorAction(Playbook.SUCCESS_CONVERSATION, Channel.CS_LED, 1),
                new PriorAction(Playbook.SALES_ASSISTED_UPSELL, Channel.CS_LED, 2),
                new PriorAction(Playbook.CUSTOM_PLAN, Channel.EXECUTIVE_SPONSOR, 3)));

        Decision d = ShippedRules.decide(s);

        assertEquals(List.of(Playbook.EDUCATIONAL_PROMPT), playbooks(d.actions()));
        assertEquals(List.of(), d.suppressed());
    }

    @Test
    void recentLowCsatHoldsHumanOutreach() {
        AccountSnapshot s = growingTeamMediumAccount();
        s.setLatestCsat(2.0);
        s.setDaysSinceLatestCsat(10);

        Suppression held = only(ShippedRules.decide(s).suppressed());

        assertEquals(Guardrail.LOW_CSAT, held.getGuardrail());
        assertEquals("The customer rated support 2 of 5 10 days ago; no offer or outreach within 60 days of a CSAT at or below 2",
                held.getReason());
    }

    @Test
    void lowCsatOlderThanSixtyDaysOrAcceptableCsatHoldsNothing() {
        AccountSnapshot old = growingTeamMediumAccount();
        old.setLatestCsat(1.0);
        old.setDaysSinceLatestCsat(61);
        AccountSnapshot fine = growingTeamMediumAccount();
        fine.setLatestCsat(3.0);
        fine.setDaysSinceLatestCsat(1);

        assertEquals(List.of(Playbook.SUCCESS_CONVERSATION), playbooks(ShippedRules.decide(old).actions()));
        assertEquals(List.of(Playbook.SUCCESS_CONVERSATION), playbooks(ShippedRules.decide(fine).actions()));
    }

    @Test
    void fallingUsageHoldsTheUpsellAndStartsARetentionConversationWithTheCsm() {
        AccountSnapshot s = ShippedRules.highReadinessNearQuota(); // HIGH, ARR 10,000
        s.setArr(2_000);         // even a small account's retention step goes to a person
        s.setOwner("csm.anna");
        s.setMinutesPrev30d(400);
        s.setMinutes30d(180);    // down 55%

        Decision d = ShippedRules.decide(s);

        Suppression held = only(d.suppressed());
        assertEquals(Playbook.SALES_ASSISTED_UPSELL, held.getPlaybook());
        assertEquals(Guardrail.CHURN_RISK, held.getGuardrail());
        assertEquals("Churn risk: minutes localised fell 55% (180 in the last 30 days, 400 in the 30 before); retention first, no offer",
                held.getReason());
        ProposedAction retention = only(d.actions());
        assertTrue(retention.isRetention());
        assertEquals(Playbook.SUCCESS_CONVERSATION, retention.getPlaybook());
        assertEquals(Channel.CS_LED, retention.getChannel());
        assertEquals("RouteRetentionToCustomerSuccess", retention.getRoutedBy());
        assertEquals("csm.anna", retention.getOwner());
        assertEquals("RetentionConversationContent", retention.getContentBy());
    }

    @Test
    void fallingUsageFromASmallBaseIsNotChurnRisk() {
        AccountSnapshot s = ShippedRules.highReadinessNearQuota();
        s.setMinutesPrev30d(29);
        s.setMinutes30d(0);

        Decision d = ShippedRules.decide(s);

        assertEquals(List.of(Playbook.SALES_ASSISTED_UPSELL), playbooks(d.actions()));
        assertEquals(List.of(), d.suppressed());
    }

    @Test
    void churnRiskKeepsInProductHelpThatIsNoOffer() {
        AccountSnapshot s = ShippedRules.quietProAccount(); // LOW: EDUCATIONAL_PROMPT in product
        s.setMinutesPrev30d(200);
        s.setMinutes30d(20);

        Decision d = ShippedRules.decide(s);

        assertEquals(List.of(Playbook.EDUCATIONAL_PROMPT, Playbook.SUCCESS_CONVERSATION), playbooks(d.actions()));
        assertEquals(List.of(), d.suppressed());
    }

    @Test
    void doNotContactHoldsEvenTheRetentionConversation() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setMinutesPrev30d(200);
        s.setMinutes30d(20);
        s.setDoNotContact(true);

        Decision d = ShippedRules.decide(s);

        assertEquals(List.of(Playbook.EDUCATIONAL_PROMPT), playbooks(d.actions()));
        assertEquals(Guardrail.DO_NOT_CONTACT, only(d.suppressed()).getGuardrail());
    }

    /** MEDIUM (48) at ARR 10,000: SUCCESS_CONVERSATION (not an offer) through CS_LED; see GuardrailRulesTest. */
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
