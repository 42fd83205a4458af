package com.localizevideos.headroom.report;

import java.util.List;

import com.localizevideos.headroom.report.ReportFilter.FilterView;

/**
 * {@code GET /api/v1/reports/churn-impact}: accounts whose first offer (SALES_ASSISTED_UPSELL, CUSTOM_PLAN,
 * CONTRACT_EXPANSION, TIER_COMPARISON_INSIGHT) was started in the period — or, held out, would have been — and what
 * followed within 90 days: CHURN events and CSAT (csat observations and CSAT events). {@code excessChurn} = treated
 * churn rate minus holdout churn rate (expansion-driven churn), with a 95 % Newcombe interval.
 */
public record ChurnImpactView(FilterView filter, int windowDays, long openWindowsExcluded, Arm treated, Arm holdout,
                              Proportions.Difference excessChurn, Double csatDifference, Double meanHelpfulRating,
                              List<ResponseRow> treatedByResponse) {

    /** One arm: accounts, churn within the window (rate with Wilson interval), CSAT answers and their mean. */
    public record Arm(long accounts, Proportions.Rate churn, long csatResponses, Double meanCsat) {
    }

    /** Treated accounts by the latest response to their first offer ({@code NONE}: no response recorded). */
    public record ResponseRow(String response, long accounts, long churned, Double churnRate, long csatResponses,
                              Double meanCsat) {
    }
}
