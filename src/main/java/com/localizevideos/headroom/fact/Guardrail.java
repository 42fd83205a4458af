package com.localizevideos.headroom.fact;

/** Guardrails that suppress an action that would feel pushy. */
public enum Guardrail {
    BELOW_TIER_THRESHOLD, NO_BLIND_OUTREACH, RECENT_DECLINE, OPEN_SEVERE_TICKET, DO_NOT_CONTACT, IN_DUNNING,
    /** A contact-fatigue cap (per account or per channel, across playbooks) is full. */
    CONTACT_FATIGUE,
    /** The customer's latest satisfaction score is low. */
    LOW_CSAT,
    /** Usage is falling: retention first, no offer and no expansion outreach. */
    CHURN_RISK
}
