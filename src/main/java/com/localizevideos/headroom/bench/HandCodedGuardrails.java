package com.localizevideos.headroom.bench;

import static com.localizevideos.headroom.bench.FiringLog.GUARDRAILS;

import java.util.List;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Channel;
import com.localizevideos.headroom.fact.Guardrail;
import com.localizevideos.headroom.fact.ProposedAction;
import com.localizevideos.headroom.fact.Readiness;
import com.localizevideos.headroom.fact.Scale;
import com.localizevideos.headroom.fact.Suppression;

/** {@code rules/guardrails.drl} in plain Java: every guardrail that holds an action, in guardrail order. */
final class HandCodedGuardrails {
    private HandCodedGuardrails() {
    }

    static void judge(AccountSnapshot a, Readiness readiness, int signalCount, ProposedAction action,
                      List<Suppression> suppressions, FiringLog log) {
        var playbook = action.getPlaybook();
        boolean human = action.getChannel() != null && action.getChannel() != Channel.AUTOMATED;
        boolean offerOrHuman = playbook.isOffer() || human;
        if (readiness.getTier() != null && readiness.getTier().isBelow(playbook.getTier())) {
            hold(action, Guardrail.BELOW_TIER_THRESHOLD, Scale.say("%s is for %s readiness; this account is %s (score %d)",
                    playbook, playbook.getTier(), readiness.getTier(), readiness.getScore()),
                    "PlaybookAboveReadinessTierIsHeld", suppressions, log);
        }
        if (human && signalCount < 2) {
            hold(action, Guardrail.NO_BLIND_OUTREACH, Scale.say(
                    "Human outreach (%s) needs at least two supporting signals; this account shows %d", action.getChannel(),
                    signalCount), "HumanContactNeedsTwoSignals", suppressions, log);
        }
        Integer declined = a.getDaysSinceLastDecline();
        if (declined != null && declined < 60 && offerOrHuman) {
            hold(action, Guardrail.RECENT_DECLINE, Scale.say("The customer declined an offer %d %s ago; wait 60 days",
                    declined, declined == 1 ? "day" : "days"), "DeclinedOfferCoolsDownForSixtyDays", suppressions, log);
        }
        if (a.getOpenSevereTickets() > 0) {
            hold(action, Guardrail.OPEN_SEVERE_TICKET, Scale.say("%s open; no expansion step until resolved",
                    Scale.count(a.getOpenSevereTickets(), "sev-1/sev-2 ticket")),
                    "OpenSevereTicketHoldsEveryAction", suppressions, log);
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

    private static void hold(ProposedAction action, Guardrail guardrail, String reason, String rule,
                             List<Suppression> suppressions, FiringLog log) {
        suppressions.add(new Suppression(action, guardrail, reason));
        log.fired(GUARDRAILS, rule);
    }
}
