package com.localizevideos.headroom.report;

import java.util.List;

import com.localizevideos.headroom.report.ReportFilter.FilterView;

/**
 * {@code GET /api/v1/reports/uplift-by-cohort}: among accounts whose first HIGH readiness falls in the period, the
 * share that expanded within {@code horizonDays}, treated versus held out, per cohort ({@code by} plan, segment,
 * region or month of the first HIGH). Uplift = treated rate minus holdout rate, with a 95 % Newcombe interval; each
 * rate with its Wilson interval. Accounts whose window has not closed yet are left out and counted.
 */
public record UpliftView(FilterView filter, String by, int horizonDays, long openWindowsExcluded, Row overall,
                         List<Row> cohorts) {

    /** One cohort: both arms and the difference. */
    public record Row(String cohort, Proportions.Rate treated, Proportions.Rate holdout, Proportions.Difference uplift) {
    }
}
