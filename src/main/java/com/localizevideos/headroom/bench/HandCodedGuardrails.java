package com.localizevideos.headroom.bench;

import static com.localizevideos.headroom.bench.FiringLog.GUARDRAILS;
import static com.localizevideos.headroom.bench.FiringLog.GUARDRAILS_TABLE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Channel;
import com.localizevideos.headroom.fact.Guardrail;
import com.localizevideos.headroom.fact.Playbook;
import com.localizevideos.headroom.fact.PriorAction;
import com.localizevideos.headroom.fact.ProposedAction;
import com.localizevideos.headroom.fact.Readiness;
import com.localizevideos.headroom.fact.Scale;
import com.localizevideos.headroom.fact.Suppression;

/**
 * {@code rules/guardrails.drl} with the numbers of {@code decision-tables/guardrails.drl.xlsx} in plain Java: every
 * guardrail that holds an action, in guardrail order, then the contact caps over what is left, by priority.
 */
final class HandCodedGuardrails {
    private static final double MIN_SIGNALS = 2;
    private static final int DECLINE_DAYS = 60;
    private static final int SEVERE_TICKETS = 1;
    private static final double LOW_CSAT = 2;
    private static final int CSAT_DAYS = 60;
    private static final double CHURN_FALL = 0.4;
    private static final double CHURN_BASE = 30;
    private static final String[] SETTING_ROWS = {"HumanContactNeedsSignals", "DeclineCoolDown",
        "SevereTicketsHoldEverything", "LowSatisfactionHoldsOutreach", "FallingUsageIsChurnRisk"};

    /** A contact cap of the table with the places it has used. */
    private static final class Cap {
        final String counted;
        final List<Channel> channels;
        final boolean offersOnly;
        final int limit;
        final int days;
        int prior;
        int now;

        Cap(String counted, List<Channel> channels, boolean offersOnly, int limit, int days) {
            this.counted = counted;
            this.channels = channels;
            this.offersOnly = offersOnly;
            this.limit = limit;
            this.days = days;
        }

        boolean covers(Playbook p, Channel c) {
            return c != null && channels.contains(c) && (!offersOnly || p.isOffer());
        }
    }

    private HandCodedGuardrails() {
    }

    /** The table rows that set up the guardrails' numbers (they fire in every evaluation). */
    static void settings(FiringLog log) {
        log.fired(GUARDRAILS_TABLE, "HumanContactsPerAccount");
        log.fired(GUARDRAILS_TABLE, "SalesOffersPerAccount");
        log.fired(GUARDRAILS_TABLE, "ExecutiveSponsorContactsPerAccount");
        for (String row : SETTING_ROWS) {
            log.fired(GUARDRAILS_TABLE, row);
        }
    }

    /** Falling usage: the retention conversation that replaces offers and expansion outreach, or null. */
    static ProposedAction retention(AccountSnapshot a, FiringLog log) {
        if (!churnRisk(a)) {
            return null;
        }
        log.fired(GUARDRAILS, "FallingUsageStartsRetentionConversation");
        return new ProposedAction(Playbook.SUCCESS_CONVERSATION, "FallingUsageStartsRetentionConversation", true);
    }

    static boolean churnRisk(AccountSnapshot a) {
        return a.getMinutesPrev30d() >= CHURN_BASE && a.getMinutesPrev30d() > 0 && a.getUsageDecline30d() >= CHURN_FALL;
    }

    static void judge(AccountSnapshot a, Readiness readiness, int signalCount, ProposedAction action,
                      List<Suppression> suppressions, FiringLog log) {
        var playbook = action.getPlaybook();
        boolean human = action.getChannel() != null && action.getChannel() != Channel.AUTOMATED;
        boolean offerOrHuman = playbook.isOffer() || human;
        boolean expansion = !action.isRetention();
        if (expansion && readiness.getTier() != null && readiness.getTier().isBelow(playbook.getTier())) {
            hold(action, Guardrail.BELOW_TIER_THRESHOLD, Scale.say("%s is for %s readiness; this account is %s (score %d)",
                    playbook, playbook.getTier(), readiness.getTier(), readiness.getScore()),
                    "PlaybookAboveReadinessTierIsHeld", suppressions, log);
        }
        if (expansion && human && signalCount < MIN_SIGNALS) {
            hold(action, Guardrail.NO_BLIND_OUTREACH, Scale.say(
                    "Human outreach (%s) needs at least %d supporting signals; this account shows %d", action.getChannel(),
                    (int) MIN_SIGNALS, signalCount), "HumanContactNeedsTwoSignals", suppressions, log);
        }
        Integer declined = a.getDaysSinceLastDecline();
        if (declined != null && declined < DECLINE_DAYS && offerOrHuman) {
            hold(action, Guardrail.RECENT_DECLINE, Scale.say("The customer declined an offer %d %s ago; wait %d days",
                    declined, declined == 1 ? "day" : "days", DECLINE_DAYS), "DeclinedOfferCoolsDown", suppressions, log);
        }
        if (a.getOpenSevereTickets() >= SEVERE_TICKETS) {
            hold(action, Guardrail.OPEN_SEVERE_TICKET, Scale.say("%s open; no expansion step until resolved",
                    Scale.count(a.getOpenSevereTickets(), "sev-1/sev-2 ticket")),
                    "OpenSevereTicketHoldsEveryAction", suppressions, log);
        }
        Double csat = a.getLatestCsat();
        Integer ago = a.getDaysSinceLatestCsat();
        if (expansion && offerOrHuman && csat != null && csat <= LOW_CSAT && ago != null && ago <= CSAT_DAYS) {
            hold(action, Guardrail.LOW_CSAT, Scale.say(
                    "The customer rated support %.0f of 5 %s; no offer or outreach within %d days of a CSAT at or below %.0f",
                    csat, ago == 0 ? "today" : ago == 1 ? "yesterday" : ago + " days ago", CSAT_DAYS, LOW_CSAT),
                    "LowSatisfactionHoldsOffersAndOutreach", suppressions, log);
        }
        if (expansion && offerOrHuman && churnRisk(a)) {
            hold(action, Guardrail.CHURN_RISK, Scale.say(
                    "Churn risk: minutes localised fell %.0f%% (%,.0f in the last 30 days, %,.0f in the 30 before); retention first, no offer",
                    100 * a.getUsageDecline30d(), a.getMinutes30d(), a.getMinutesPrev30d()),
                    "FallingUsageHoldsOffersAndOutreach", suppressions, log);
        }
        if (a.isDoNotContact() && offerOrHuman) {
            hold(action, Guardrail.DO_NOT_CONTACT, "The account is marked do-not-contact",
                    "DoNotContactHoldsOutreachAndOffers", suppressions, log);
        }
        if (a.isInDunning() && offerOrHuman) {
            hold(action, Guardrail.IN_DUNNING, "The account is in payment dunning", "DunningHoldsOutreachAndOffers",
                    suppressions, log);
        }
    }

    /**
     * Contact caps over the actions no other guardrail held: after every admission, each remaining action a full cap
     * covers is held (by the first full cap by name); then the remaining action of highest priority is admitted.
     */
    static List<ProposedAction> caps(AccountSnapshot a, List<ProposedAction> unheld, List<Suppression> suppressions,
                                     FiringLog log) {
        List<Cap> caps = List.of( // by name, the order the hold rule prefers
                new Cap("executive-sponsor contacts", List.of(Channel.EXECUTIVE_SPONSOR), false, 1, 90),
                new Cap("human contacts", List.of(Channel.CS_LED, Channel.SALES_AND_EXEC, Channel.EXECUTIVE_SPONSOR), false, 2, 30),
                new Cap("sales offers", List.of(Channel.CS_LED, Channel.SALES_AND_EXEC, Channel.EXECUTIVE_SPONSOR), true, 1, 60));
        for (Cap cap : caps) {
            for (PriorAction p : a.getRecentActions()) {
                if (cap.covers(p.getPlaybook(), p.getChannel()) && p.getDaysAgo() < cap.days) {
                    cap.prior++;
                }
            }
            log.fired(GUARDRAILS, "ContactCapCountsActionsAlreadyStarted");
        }
        List<ProposedAction> remaining = new ArrayList<>(unheld);
        remaining.sort(Comparator.comparingInt(ProposedAction::getPriority).reversed());
        List<ProposedAction> admitted = new ArrayList<>();
        while (!remaining.isEmpty()) {
            for (var it = remaining.iterator(); it.hasNext(); ) {
                ProposedAction action = it.next();
                Cap full = caps.stream().filter(c -> c.covers(action.getPlaybook(), action.getChannel()))
                        .filter(c -> c.prior + c.now >= c.limit).findFirst().orElse(null);
                if (full != null) {
                    hold(action, Guardrail.CONTACT_FATIGUE, Scale.say("At most %d %s in %d days; %d already started%s",
                            full.limit, full.counted, full.days, full.prior,
                            full.now > 0 ? Scale.say(" and %d in this decision", full.now) : ""),
                            "ContactCapHoldsActionBeyondLimit", suppressions, log);
                    it.remove();
                }
            }
            if (remaining.isEmpty()) {
                break;
            }
            ProposedAction next = remaining.remove(0);
            List<Cap> covering = caps.stream().filter(c -> c.covers(next.getPlaybook(), next.getChannel())).toList();
            if (!covering.isEmpty()) {
                covering.forEach(c -> c.now++);
                log.fired(GUARDRAILS, "ContactWithinCapsIsCounted");
            }
            admitted.add(next);
        }
        return admitted;
    }

    private static void hold(ProposedAction action, Guardrail guardrail, String reason, String rule,
                             List<Suppression> suppressions, FiringLog log) {
        suppressions.add(new Suppression(action, guardrail, reason));
        log.fired(GUARDRAILS, rule);
    }
}
