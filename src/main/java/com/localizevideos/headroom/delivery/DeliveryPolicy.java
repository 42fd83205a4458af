package com.localizevideos.headroom.delivery;

import jakarta.enterprise.context.ApplicationScoped;

import com.localizevideos.headroom.evaluation.Evaluation;
import com.localizevideos.headroom.evaluation.ExpansionAction;

/** Decides which started actions leave through the webhook. */
@ApplicationScoped
public class DeliveryPolicy {

    /**
     * Whether {@code action} is delivered. Every action an evaluation started is, today (suppressed ones never reach
     * here); this is the one place to hold some back, e.g. actions of a holdout cohort that must not reach the customer.
     */
    public boolean deliverable(Evaluation evaluation, ExpansionAction action) {
        return true;
    }
}
