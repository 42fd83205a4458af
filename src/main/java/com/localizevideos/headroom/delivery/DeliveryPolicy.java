package com.localizevideos.headroom.delivery;

import jakarta.enterprise.context.ApplicationScoped;

import com.localizevideos.headroom.evaluation.Evaluation;
import com.localizevideos.headroom.evaluation.ExpansionAction;

/** Decides which started actions leave through the webhook. */
@ApplicationScoped
public class DeliveryPolicy {

    /**
     * Whether {@code action} is delivered: every action an evaluation started (suppressed ones never reach here) except
     * those of the holdout cohort, which are recorded as "would have acted" and must never reach the customer.
     */
    public boolean deliverable(Evaluation evaluation, ExpansionAction action) {
        return !evaluation.heldOut && !action.heldOut;
    }
}
