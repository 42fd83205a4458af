package com.localizevideos.headroom.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.localizevideos.headroom.evaluation.EvaluationView.ActionView;
import com.localizevideos.headroom.evaluation.EvaluationView.FactorView;
import com.localizevideos.headroom.evaluation.EvaluationView.FiredRuleView;
import com.localizevideos.headroom.evaluation.EvaluationView.ReadinessView;
import com.localizevideos.headroom.evaluation.EvaluationView.SignalView;
import com.localizevideos.headroom.evaluation.EvaluationView.SourceView;
import com.localizevideos.headroom.evaluation.EvaluationView.SuppressionView;
import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Playbook;
import com.localizevideos.headroom.fact.ProposedAction;
import com.localizevideos.headroom.fact.Readiness;
import com.localizevideos.headroom.fact.Scale;
import com.localizevideos.headroom.fact.Signal;
import com.localizevideos.headroom.fact.SignalFamily;
import com.localizevideos.headroom.rulebase.RuleOrigin;
import com.localizevideos.headroom.scoring.ScoreForecast;

/** Turns a {@link Decision} into the Contract v1 body; action reasons quote the strongest signals' evidence. */
final class EvaluationViewMapper {
    /** Which signal families each playbook's reason quotes first. */
    private static final Map<Playbook, List<SignalFamily>> CITED_FAMILIES = Map.of(
            Playbook.EDUCATIONAL_PROMPT, List.of(SignalFamily.ENGAGEMENT, SignalFamily.PRODUCT_USAGE),
            Playbook.FEATURE_DISCOVERY_NUDGE, List.of(SignalFamily.ENGAGEMENT, SignalFamily.PRODUCT_USAGE),
            Playbook.VALUE_REINFORCEMENT, List.of(SignalFamily.COMMERCIAL, SignalFamily.ENGAGEMENT),
            Playbook.SUCCESS_CONVERSATION, List.of(SignalFamily.COMMERCIAL, SignalFamily.CAPACITY),
            Playbook.USAGE_OPTIMIZATION_GUIDANCE, List.of(SignalFamily.PRODUCT_USAGE, SignalFamily.CAPACITY),
            Playbook.TIER_COMPARISON_INSIGHT, List.of(SignalFamily.CAPACITY, SignalFamily.PRODUCT_USAGE),
            Playbook.SALES_ASSISTED_UPSELL, List.of(SignalFamily.CAPACITY, SignalFamily.PRODUCT_USAGE),
            Playbook.CUSTOM_PLAN, List.of(SignalFamily.CAPACITY, SignalFamily.STRATEGIC),
            Playbook.CONTRACT_EXPANSION, List.of(SignalFamily.COMMERCIAL, SignalFamily.CAPACITY, SignalFamily.STRATEGIC));

    private EvaluationViewMapper() {
    }

    /** The body, with each action's content filled from the snapshot (when given), the scoring and the why-nots. */
    static EvaluationView toView(UUID id, String accountId, Instant asOf, Decision d, List<UUID> actionIds,
                                 AccountSnapshot snapshot, List<EvaluationView.WhyNotView> whyNot, ScoreForecast scored,
                                 boolean heldOut) {
        Readiness r = d.readiness();
        List<ActionView> actions = new ArrayList<>();
        for (int i = 0; i < d.actions().size(); i++) {
            ProposedAction a = d.actions().get(i);
            actions.add(new ActionView(actionIds.get(i), a.getPlaybook().name(),
                    a.getChannel() == null ? null : a.getChannel().name(), reason(d, a, snapshot), a.getRule(),
                    a.getRoutedBy(), a.getOwner(), snapshot == null ? null : ActionContent.write(a, snapshot, d), heldOut));
        }
        return new EvaluationView(id, accountId, asOf, d.rulesetVersion(),
                d.signals().stream().map(s -> new SignalView(s.getCode().name(), s.getFamily().name(),
                        s.getStrength(), s.getEvidence())).toList(),
                new ReadinessView(r.getScore(), r.getTier() == null ? null : r.getTier().name(),
                        d.factors().stream().map(f -> new FactorView(f.getFactor().name(), f.getWeight(), f.getPoints()))
                                .toList(), scored.probability()),
                actions,
                d.suppressed().stream().map(s -> new SuppressionView(s.getPlaybook().name(), s.getGuardrail().name(),
                        s.getReason())).toList(),
                d.firedRules().stream().map(f -> new FiredRuleView(f.order(), f.rule(), source(f.source()))).toList(),
                scored.calibrationVersion(), scored.revenuePotential(), scored.forecast(), whyNot, heldOut);
    }

    /** A retention step says so first; other actions say why the account is ready. */
    static String reason(Decision d, ProposedAction a, AccountSnapshot s) {
        String reason = reason(d, a.getPlaybook());
        if (!a.isRetention()) {
            return reason;
        }
        return (s == null ? "Retention, not expansion: usage is falling. "
                : Scale.say("Retention, not expansion: minutes localised fell %.0f%% (%,.0f in the last 30 days, %,.0f in the 30 before). ",
                        100 * s.getUsageDecline30d(), s.getMinutes30d(), s.getMinutesPrev30d())) + reason;
    }

    static SourceView source(RuleOrigin o) {
        return new SourceView(o.file(), o.sheet(), o.row(), o.line());
    }

    /**
     * "HIGH readiness (score 82): APPROACHING_QUOTA — 1,425 of 1,500 minutes ...; FEATURE_SATURATION — ...":
     * the two strongest signals, those of the families the playbook speaks to first.
     */
    static String reason(Decision d, Playbook playbook) {
        Readiness r = d.readiness();
        String head = r.getTier() + " readiness (score " + r.getScore() + ")";
        if (d.signals().isEmpty()) {
            return head + "; no expansion signal yet";
        }
        List<SignalFamily> cited = CITED_FAMILIES.getOrDefault(playbook, List.of());
        return head + ": " + d.signals().stream()
                .sorted(Comparator.comparingInt((Signal s) -> cited.contains(s.getFamily()) ? cited.indexOf(s.getFamily())
                                : cited.size())
                        .thenComparing(Comparator.comparingDouble(Signal::getStrength).reversed())
                        .thenComparing(Signal::getCode))
                .limit(2)
                .map(s -> s.getCode() + " — " + s.getEvidence())
                .collect(Collectors.joining("; "));
    }
}
