package com.localizevideos.headroom.account;

/** The plans an account can be on (Contract v1); the {@link Plan} catalog holds their limits. */
public enum PlanCode {
    STARTER, PRO, BUSINESS, ENTERPRISE
}
