package com.localizevideos.headroom.fact;

/** Guardrails that suppress an action that would feel pushy. */
public enum Guardrail {
    BELOW_TIER_THRESHOLD, NO_BLIND_OUTREACH, RECENT_DECLINE, OPEN_SEVERE_TICKET, DO_NOT_CONTACT, IN_DUNNING
}
