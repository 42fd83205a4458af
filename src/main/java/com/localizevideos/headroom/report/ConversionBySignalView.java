package com.localizevideos.headroom.report;

import java.util.List;

import com.localizevideos.headroom.report.ReportFilter.FilterView;

/**
 * {@code GET /api/v1/reports/conversion-by-signal}: per signal, the decisions in the period that carried it, the
 * actions those decisions started (held-out "would have acted" actions counted apart) and how customers answered.
 * {@code conversionRate} = accepted / actions; {@code acceptanceRate} = accepted / responded.
 */
public record ConversionBySignalView(FilterView filter, List<SignalRow> signals) {

    /** One signal code's funnel. */
    public record SignalRow(String signal, long evaluations, long accounts, long actions, long heldOutActions,
                            long responded, long accepted, long declined, Double conversionRate,
                            Double acceptanceRate) {
    }
}
