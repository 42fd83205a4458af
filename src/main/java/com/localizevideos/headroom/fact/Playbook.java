package com.localizevideos.headroom.fact;

/** The nine playbooks of Contract v1, each belonging to the tier it is meant for. */
public enum Playbook {
    EDUCATIONAL_PROMPT(Tier.LOW, false),
    FEATURE_DISCOVERY_NUDGE(Tier.LOW, false),
    VALUE_REINFORCEMENT(Tier.LOW, false),
    SUCCESS_CONVERSATION(Tier.MEDIUM, false),
    USAGE_OPTIMIZATION_GUIDANCE(Tier.MEDIUM, false),
    TIER_COMPARISON_INSIGHT(Tier.MEDIUM, true),
    SALES_ASSISTED_UPSELL(Tier.HIGH, true),
    CUSTOM_PLAN(Tier.HIGH, true),
    CONTRACT_EXPANSION(Tier.HIGH, true);

    private final Tier tier;
    private final boolean offer;

    Playbook(Tier tier, boolean offer) {
        this.tier = tier;
        this.offer = offer;
    }

    /** The lowest readiness tier this playbook may be started at. */
    public Tier getTier() {
        return tier;
    }

    /** True when the playbook puts a commercial expansion offer in front of the customer. */
    public boolean isOffer() {
        return offer;
    }
}
