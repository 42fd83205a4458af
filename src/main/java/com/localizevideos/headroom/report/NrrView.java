package com.localizevideos.headroom.report;

import java.math.BigDecimal;
import java.util.List;

import com.localizevideos.headroom.report.ReportFilter.FilterView;

/**
 * {@code GET /api/v1/reports/nrr}: net and gross revenue retention per calendar month of the period and per cohort
 * over the whole period. An account's ARR at an instant is its current ARR minus the ARR deltas of its EXPANSION,
 * CONTRACTION and CHURN events since then; the base of a window is the accounts with ARR above 0 at its start.
 * NRR = (start + expansion + contraction + churn) / start; GRR leaves expansion out (contraction and churn are negative).
 */
public record NrrView(FilterView filter, String by, List<Window> months, List<Window> cohorts) {

    /** One window (a month {@code YYYY-MM}) or cohort, in USD. */
    public record Window(String key, long customers, BigDecimal startArr, BigDecimal expansion, BigDecimal contraction,
                         BigDecimal churn, Double nrr, Double grr) {
    }
}
