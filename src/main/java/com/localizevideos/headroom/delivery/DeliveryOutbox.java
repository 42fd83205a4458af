package com.localizevideos.headroom.delivery;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.localizevideos.headroom.evaluation.Evaluation;
import com.localizevideos.headroom.evaluation.ExpansionAction;

/** Writes the outbox row of a started action in the caller's transaction, so it exists exactly when the action does. */
@ApplicationScoped
public class DeliveryOutbox {
    @Inject
    EntityManager em;

    @Inject
    DeliveryConfig config;

    @Inject
    DeliveryPolicy policy;

    @Inject
    ObjectMapper json;

    /** Queues {@code action} for the webhook when delivery is on and the policy lets it go; joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Evaluation evaluation, ExpansionAction action) {
        if (!config.enabled() || !policy.deliverable(evaluation, action)) {
            return;
        }
        // PostgreSQL keeps microseconds: the body says what the tables say.
        Instant created = action.createdAt.truncatedTo(ChronoUnit.MICROS);
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.actionId = action.id;
        d.evaluationId = evaluation.id;
        d.accountId = action.accountId;
        d.payload = write(new DeliveryPayload(DeliveryPayload.ACTION_STARTED, d.id, action.accountId, evaluation.id,
                evaluation.asOf, evaluation.rulesetVersion,
                new DeliveryPayload.Readiness(evaluation.score, evaluation.tier),
                new DeliveryPayload.Action(action.id, action.playbook, action.channel, action.owner, action.reason,
                        action.ruleName),
                created));
        d.status = DeliveryStatus.PENDING.name();
        d.nextAttemptAt = created;
        d.createdAt = created;
        em.persist(d);
    }

    private String write(DeliveryPayload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the delivery of action " + payload.action().id(), e);
        }
    }
}
