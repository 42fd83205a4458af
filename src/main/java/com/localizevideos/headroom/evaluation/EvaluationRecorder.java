package com.localizevideos.headroom.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.localizevideos.headroom.delivery.DeliveryOutbox;
import com.localizevideos.headroom.evaluation.EvaluationView.ActionView;
import com.localizevideos.headroom.fact.ProposedAction;
import com.localizevideos.headroom.rulebase.RuleOrigin;
import com.localizevideos.headroom.scoring.ScoreForecast;

/** Writes an evaluation, its fired rules, its actions and their outbox rows (delivery) in one transaction. */
@ApplicationScoped
public class EvaluationRecorder {
    @Inject
    EntityManager em;

    @Inject
    DeliveryOutbox outbox;

    /** Each action's content is written as JSON by {@code contentJson}. */
    @Transactional
    public void record(EvaluationView view, Decision decision, String factsJson, String decisionJson, Instant createdAt,
                       String principal, UUID batchRunId, ScoreForecast scored, String scoringInputsJson,
                       Function<Object, String> contentJson) {
        Evaluation e = new Evaluation();
        e.id = view.id();
        e.accountId = view.accountId();
        e.asOf = view.asOf();
        e.rulesetVersion = view.rulesetVersion();
        e.createdAt = createdAt;
        e.score = view.readiness().score();
        e.tier = view.readiness().tier();
        e.facts = factsJson;
        e.decision = decisionJson;
        e.principal = principal;
        e.batchRunId = batchRunId;
        e.heldOut = view.heldOut();
        e.calibrationVersion = scored.calibrationVersion();
        e.probability = scored.probability();
        e.arrDelta = BigDecimal.valueOf(scored.revenuePotential().arrDelta()).setScale(2, RoundingMode.HALF_UP);
        e.expectedValue = BigDecimal.valueOf(scored.revenuePotential().expectedValue()).setScale(2, RoundingMode.HALF_UP);
        e.daysToExpansion = scored.forecast().daysToExpansion();
        e.forecastMethod = scored.forecast().method();
        e.upsellLikelihood90d = scored.forecast().upsellLikelihood90d();
        e.scoringInputs = scoringInputsJson;
        em.persist(e);
        em.flush();
        for (FiredRule f : decision.firedRules()) {
            FiredRuleRecord r = new FiredRuleRecord();
            r.evaluationId = e.id;
            r.ordinal = f.order();
            r.ruleName = f.rule();
            r.rulePackage = f.rulePackage();
            r.file = f.source().file();
            r.sheet = f.source().sheet();
            r.rowNumber = f.source().row();
            r.lineNumber = f.source().line();
            em.persist(r);
        }
        for (int i = 0; i < view.signals().size(); i++) {
            EvaluationSignal s = new EvaluationSignal();
            s.evaluationId = e.id;
            s.ordinal = i + 1;
            s.code = view.signals().get(i).code();
            s.strength = view.signals().get(i).strength();
            em.persist(s);
        }
        List<ProposedAction> proposed = decision.actions();
        for (int i = 0; i < proposed.size(); i++) {
            ActionView a = view.actions().get(i);
            RuleOrigin origin = originOf(decision, proposed.get(i).getRule());
            ExpansionAction x = new ExpansionAction();
            x.id = a.id();
            x.evaluationId = e.id;
            x.accountId = e.accountId;
            x.playbook = a.playbook();
            x.channel = a.channel();
            x.reason = a.reason();
            x.owner = a.owner();
            x.content = a.content() == null ? null : contentJson.apply(a.content());
            x.ruleName = a.rule();
            x.ruleFile = origin == null ? null : origin.file();
            x.ruleSheet = origin == null ? null : origin.sheet();
            x.ruleRow = origin == null ? null : origin.row();
            x.createdAt = createdAt;
            x.heldOut = a.heldOut();
            em.persist(x);
            outbox.enqueue(e, x);
        }
    }

    /** The origin of the rule that proposed an action: the first firing of that rule name. */
    private static RuleOrigin originOf(Decision decision, String ruleName) {
        return decision.firedRules().stream().filter(f -> f.rule().equals(ruleName)).map(FiredRule::source)
                .findFirst().orElse(null);
    }
}
