package com.localizevideos.headroom.fact;

/** Signal codes of the catalog (Contract v1), each with its family. */
public enum SignalCode {
    FEATURE_SATURATION(SignalFamily.PRODUCT_USAGE),
    HIGH_FREQUENCY_WORKFLOW(SignalFamily.PRODUCT_USAGE),
    ADVANCED_FEATURE_ADOPTION(SignalFamily.PRODUCT_USAGE),
    WORKAROUND_BEHAVIOR(SignalFamily.PRODUCT_USAGE),
    APPROACHING_QUOTA(SignalFamily.CAPACITY),
    SEAT_GROWTH(SignalFamily.CAPACITY),
    API_RATE_LIMIT_PRESSURE(SignalFamily.CAPACITY),
    STORAGE_OR_PROCESSING_GROWTH(SignalFamily.CAPACITY),
    CONSISTENT_ACTIVE_USAGE(SignalFamily.ENGAGEMENT),
    ONBOARDING_COMPLETE(SignalFamily.ENGAGEMENT),
    REDUCED_SUPPORT_DEPENDENCY(SignalFamily.ENGAGEMENT),
    SELF_SERVICE(SignalFamily.ENGAGEMENT),
    RENEWAL_APPROACHING(SignalFamily.COMMERCIAL),
    BUDGET_CYCLE_ALIGNED(SignalFamily.COMMERCIAL),
    PRIOR_EXPANSION_ACCEPTED(SignalFamily.COMMERCIAL),
    PRICING_TIER_INEFFICIENCY(SignalFamily.COMMERCIAL),
    TEAM_GROWTH(SignalFamily.STRATEGIC),
    NEW_REGION_OR_DEPARTMENT(SignalFamily.STRATEGIC),
    ENTERPRISE_COMPLIANCE_INTEREST(SignalFamily.STRATEGIC);

    private final SignalFamily family;

    SignalCode(SignalFamily family) {
        this.family = family;
    }

    public SignalFamily family() {
        return family;
    }
}
