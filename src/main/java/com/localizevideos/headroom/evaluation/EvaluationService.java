package com.localizevideos.headroom.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Evaluates an account: point-in-time snapshot, rule session, stored decision. One transaction per evaluation, holding
 * a PostgreSQL advisory lock on the account from reading the actions already started (what contact caps count) to
 * committing the new ones, so simultaneous evaluations of one account, on any number of instances, start actions one
 * decision after the other and never past a cap.
 */
@ApplicationScoped
public class EvaluationService {
    /**
     * Evaluations of one account on this instance queue here, in the JVM, before they take a pooled connection: fifty
     * simultaneous requests for one account hold one connection, not fifty. The advisory lock in PostgreSQL is what
     * makes the caps hold across instances; these stripes only keep waiting requests from draining the pool.
     */
    private static final ReentrantLock[] STRIPES = new ReentrantLock[256];

    static {
        for (int i = 0; i < STRIPES.length; i++) {
            STRIPES[i] = new ReentrantLock(true);
        }
    }

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
    EntityManager em;

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
        if (request.asOf() != null && request.asOf().isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            throw new ProblemException("invalid-request", "Invalid evaluation request", 400, "asOf is in the future",
                    List.of(LocatedProblem.atField("asOf", "asOf " + request.asOf()
                            + " is later than now; Headroom evaluates only what is known")));
        }
        ReentrantLock stripe = STRIPES[Math.floorMod(request.accountId().hashCode(), STRIPES.length)];
        stripe.lock();
        try {
            return decideAndRecord(request, principal, batchRunId);
        } finally {
            stripe.unlock();
        }
    }

    /** Lock, snapshot, decide, record: one transaction. Package-private so a test can call it as another instance would. */
    EvaluationView decideAndRecord(EvaluationRequest request, String principal, UUID batchRunId) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            lockAccount(request.accountId());
            // "now" is read once the lock is held, so a decision for now sees every action committed before it
            Instant now = clock.instant();
            Instant asOf = request.asOf() == null ? now.truncatedTo(ChronoUnit.MILLIS) : request.asOf();
            AccountSnapshot snapshot = snapshots.load(request.accountId(), asOf)
                    .orElseThrow(() -> new ProblemException(Problem.ofStatus(404, "Account " + request.accountId()
                            + " is not known; PUT /api/v1/accounts/" + request.accountId() + " first.")));
            CompiledRuleBase base = ruleBase.require();
            Decision decision = DecisionRunner.decide(base, snapshot, config.maxRuleFirings());
            ScoreForecast scored = scoring.score(snapshot, decision, asOf);
            List<UUID> actionIds = new ArrayList<>();
            decision.actions().forEach(a -> actionIds.add(UUID.randomUUID()));
            EvaluationView view = EvaluationViewMapper.toView(UUID.randomUUID(), request.accountId(), asOf, decision,
                    actionIds, snapshot, WhyNot.explain(base.table(WhyNot.PLAYBOOKS), base.table(WhyNot.TIERS), decision),
                    scored, holdout.isHeldOut(request.accountId()));
            recorder.record(view, decision, write(snapshot), write(view), now, principal, batchRunId, scored,
                    write(scored.inputs()), this::write);
            return view;
        });
    }

    /**
     * Transaction-scoped advisory lock on the account (64-bit hash of its id); released at commit or rollback. In the
     * same round trip, the transaction plans each of its prepared statements with their own parameters
     * ({@code plan_cache_mode}, local to the transaction): PostgreSQL's default may switch a statement to a generic
     * plan made while the tables were small (a new deployment) and keep it on the pooled connection as they grow —
     * evaluations fell from 88/s to 27/s within a minute on a fresh schema (bench/README.md "Load").
     */
    private void lockAccount(String accountId) {
        em.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true),"
                        + " pg_advisory_xact_lock(hashtextextended(?1, 20261130))")
                .setParameter(1, accountId).getSingleResult();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
