package com.localizevideos.headroom.outcome;

/** How the customer answered an action (Validate step). */
public enum CustomerResponse {
    ACCEPTED, DECLINED, NO_RESPONSE, DEFERRED
}
