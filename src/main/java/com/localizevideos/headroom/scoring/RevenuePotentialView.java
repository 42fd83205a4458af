package com.localizevideos.headroom.scoring;

import java.util.List;

/**
 * Contract v1 {@code revenuePotential}: the ARR the account could add, priced from the plan catalog and add-on list,
 * its expected value (readiness probability × ARR delta), the basis in words, and the parts it adds up from.
 */
public record RevenuePotentialView(double arrDelta, double expectedValue, String basis, List<Component> components) {

    /**
     * One priced part: {@code source} is UPGRADE, CONTRACT_EXPANSION or an add-on code (EXTRA_SEAT, LANGUAGE_PACK,
     * VOICE_CLONING, LIP_SYNC, API_OVERAGE).
     */
    public record Component(String source, double arrDelta, String basis) {
    }
}
