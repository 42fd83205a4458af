package com.localizevideos.headroom.outcome;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.Problem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.evaluation.Evaluation;
import com.localizevideos.headroom.evaluation.ExpansionAction;
import com.localizevideos.headroom.security.Principals;
import io.quarkus.security.identity.SecurityIdentity;

/** Records customer responses against actions; a decline starts the guardrails' cool-down. */
@ApplicationScoped
@Transactional
public class OutcomeService {
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SecurityIdentity identity;

    /** Records for the authenticated caller, whose name the outcome keeps. */
    public OutcomeView record(UUID actionId, OutcomeRequest request) {
        return record(actionId, request, Principals.nameOf(identity));
    }

    /** Records on behalf of {@code principal} (a job that runs outside any request names itself). */
    public OutcomeView record(UUID actionId, OutcomeRequest request, String principal) {
        ExpansionAction action = em.find(ExpansionAction.class, actionId);
        if (action == null) {
            throw new ProblemException(Problem.ofStatus(404, "Action " + actionId + " is not known."));
        }
        if (action.heldOut) {
            throw new ProblemException("held-out", "Action was held out", 409, "Action " + actionId
                    + " belongs to a held-out account: it was recorded as \"would have acted\" and never delivered, so"
                    + " there is no customer response to record.", List.of(LocatedProblem.atField("id",
                    "action " + actionId + " is held out (headroom.holdout)")));
        }
        Evaluation evaluation = em.find(Evaluation.class, action.evaluationId);
        Instant now = clock.instant();
        Instant respondedAt = request.respondedAt() == null ? now : request.respondedAt();
        if (respondedAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw invalid("respondedAt is in the future");
        }
        if (respondedAt.isBefore(evaluation.asOf)) {
            throw invalid("respondedAt " + respondedAt + " is before the decision it answers (asOf " + evaluation.asOf + ")");
        }
        ActionOutcome outcome = new ActionOutcome();
        outcome.id = UUID.randomUUID();
        outcome.actionId = action.id;
        outcome.accountId = action.accountId;
        outcome.response = request.response().name();
        outcome.arrDelta = request.arrDelta();
        outcome.reason = request.reason();
        outcome.respondedAt = respondedAt;
        outcome.recordedAt = now;
        outcome.principal = principal;
        outcome.helpfulRating = request.helpfulRating();
        outcome.calibrationVersion = evaluation.calibrationVersion;
        em.persist(outcome);
        return new OutcomeView(outcome.id, action.id, action.evaluationId, action.accountId, action.playbook,
                outcome.response, outcome.arrDelta, outcome.reason, respondedAt, now, evaluation.rulesetVersion,
                action.ruleName, action.ruleFile, action.ruleSheet, action.ruleRow, outcome.principal,
                outcome.helpfulRating, outcome.calibrationVersion);
    }

    private static ProblemException invalid(String message) {
        return new ProblemException("invalid-request", "Invalid outcome", 400, message,
                List.of(LocatedProblem.atField("respondedAt", message)));
    }
}
