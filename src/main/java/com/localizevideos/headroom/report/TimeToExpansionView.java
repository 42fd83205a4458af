package com.localizevideos.headroom.report;

import java.time.Instant;
import java.util.List;

import com.localizevideos.headroom.report.ReportFilter.FilterView;

/**
 * {@code GET /api/v1/reports/time-to-expansion}: Kaplan–Meier estimate of the days from an account's first HIGH
 * readiness (if it falls in the period) to its first EXPANSION event after it; accounts not yet expanded are censored
 * at {@code censoredAt} (the period's end, or now if earlier). One curve for all accounts and one per cohort.
 */
public record TimeToExpansionView(FilterView filter, Instant censoredAt, Curve all, Curve treated, Curve holdout) {

    /** A fitted curve: subjects, expansions, censored, the median (null while more than half have not expanded). */
    public record Curve(int subjects, int expansions, int censored, Double medianDays, List<Step> curve) {
    }

    /** Survival ("not yet expanded") just after {@code days}, with the counts behind it. */
    public record Step(double days, int atRisk, int expansions, int censored, double notYetExpanded) {
    }
}
