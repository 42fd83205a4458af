package com.localizevideos.headroom.scoring;

import java.util.List;

/**
 * Contract v1 {@code forecast}: days to expansion and the method that gave them ({@code CAPACITY_RUNWAY},
 * {@code KAPLAN_MEIER_MEDIAN}, or {@code NONE} with {@code daysToExpansion} null), the reason in words, the upsell
 * likelihood within 90 days, and a cross-sell likelihood per add-on the usage points to.
 */
public record ForecastView(Integer daysToExpansion, String method, String reason, double upsellLikelihood90d,
                           List<CrossSell> crossSell) {

    /** An add-on the usage points to and the likelihood it is bought within 90 days. */
    public record CrossSell(String addOn, double likelihood90d, String basis) {
    }
}
