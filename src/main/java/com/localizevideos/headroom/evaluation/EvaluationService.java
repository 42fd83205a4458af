package com.localizevideos.headroom.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.Problem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.holdout.HoldoutPolicy;
import com.localizevideos.headroom.rulebase.ActiveRuleBase;
import com.localizevideos.headroom.rulebase.CompiledRuleBase;
import com.localizevideos.headroom.rulebase.RuleBaseConfig;
import com.localizevideos.headroom.scoring.ScoreForecast;
import com.localizevideos.headroom.scoring.ScoringService;
import com.localizevideos.headroom.security.Principals;
import io.quarkus.security.identity.SecurityIdentity;

/** Evaluates an account: point-in-time snapshot, rule session, stored decision. */
@ApplicationScoped
public class EvaluationService {
    /** Clock skew tolerated between a caller and this service for {@code asOf}. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    @Inject
    SnapshotQuery snapshots;

    @Inject
    ActiveRuleBase ruleBase;

    @Inject
    RuleBaseConfig config;

    @Inject
    EvaluationRecorder recorder;

    /** Probability, revenue potential and forecast, computed after the session from the calibration and catalog. */
    @Inject
    ScoringService scoring;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    SecurityIdentity identity;

    @Inject
    HoldoutPolicy holdout;

    /** Evaluates for the authenticated caller, whose name the audit record keeps. */
    public EvaluationView evaluate(EvaluationRequest request) {
        return evaluate(request, Principals.nameOf(identity));
    }

    /** Evaluates on behalf of {@code principal} (a job that runs outside any request names itself). */
    public EvaluationView evaluate(EvaluationRequest request, String principal) {
        return evaluate(request, principal, null);
    }

    /** Evaluates as part of a batch run (or alone when {@code batchRunId} is null) on behalf of {@code principal}. */
    public EvaluationView evaluate(EvaluationRequest request, String principal, UUID batchRunId) {
        Instant now = clock.instant();
        Instant asOf = request.asOf() == null ? now.truncatedTo(ChronoUnit.MILLIS) : request.asOf();
        if (asOf.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new ProblemException("invalid-request", "Invalid evaluation request", 400, "asOf is in the future",
                    List.of(LocatedProblem.atField("asOf", "asOf " + asOf + " is later than now; Headroom evaluates only what is known")));
        }
        AccountSnapshot snapshot = snapshots.load(request.accountId(), asOf)
                .orElseThrow(() -> new ProblemException(Problem.ofStatus(404, "Account " + request.accountId()
                        + " is not known; PUT /api/v1/accounts/" + request.accountId() + " first.")));
        CompiledRuleBase base = ruleBase.require();
        Decision decision = DecisionRunner.decide(base, snapshot, config.maxRuleFirings());
        ScoreForecast scored = scoring.score(snapshot, decision);
        List<UUID> actionIds = new ArrayList<>();
        decision.actions().forEach(a -> actionIds.add(UUID.randomUUID()));
        EvaluationView view = EvaluationViewMapper.toView(UUID.randomUUID(), request.accountId(), asOf, decision, actionIds,
                scored, holdout.isHeldOut(request.accountId()));
        recorder.record(view, decision, write(snapshot), write(view), now, principal, batchRunId, scored,
                write(scored.inputs()));
        return view;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
