package com.localizevideos.headroom.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.rulebase.CompiledRuleBase;
import com.localizevideos.headroom.scoring.ScoreForecast;

/**
 * Replays stored facts the way {@link EvaluationService} decided them: the same session run, why-nots and the same mapping to
 * the answer, with the recorded ids. Post-processing added to evaluation after firing belongs here too.
 */
public final class DecisionReplayer {

    private DecisionReplayer() {
    }

    /** What a replay concluded: the session's decision and the answer it maps to. */
    public record Replayed(Decision decision, EvaluationView view) {
    }

    /**
     * Runs {@code facts} through {@code base}, then {@code scoring} (probability, revenue potential, forecast: the
     * work done in Java after firing); actions take the recorded ids in order (null beyond them)
     * and the recorded holdout cohort ({@code heldOut} is an input of the decision, not an output of the rules).
     */
    public static Replayed replay(CompiledRuleBase base, AccountSnapshot facts, int maxFirings, UUID id, String accountId,
                                  Instant asOf, List<UUID> recordedActionIds, boolean heldOut,
                                  Function<Decision, ScoreForecast> scoring) {
        Decision decision = DecisionRunner.decide(base, facts, maxFirings);
        ScoreForecast scored = scoring.apply(decision);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < decision.actions().size(); i++) {
            ids.add(i < recordedActionIds.size() ? recordedActionIds.get(i) : null);
        }
        List<EvaluationView.WhyNotView> whyNot = WhyNot.explain(base.table(WhyNot.PLAYBOOKS), base.table(WhyNot.TIERS),
                decision);
        return new Replayed(decision, EvaluationViewMapper.toView(id, accountId, asOf, decision, ids, facts, whyNot,
                scored, heldOut));
    }
}
