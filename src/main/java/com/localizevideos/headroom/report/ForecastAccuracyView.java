package com.localizevideos.headroom.report;

import java.math.BigDecimal;
import java.util.List;

import com.localizevideos.headroom.report.ReportFilter.FilterView;

/**
 * {@code GET /api/v1/reports/forecast-accuracy}: per month of the period, the expansion ARR the decisions of that
 * month predicted for the next 90 days (the sum of each account's latest expected value in the month) against the
 * ARR of the EXPANSION events that followed within 90 days of that decision. {@code complete} is false while a
 * month's 90 days are not over. {@code realisedToPredicted} = realised / predicted.
 */
public record ForecastAccuracyView(FilterView filter, int horizonDays, Month total, List<Month> months) {

    /** One month of forecasts and what came of them. */
    public record Month(String month, long accounts, BigDecimal predicted, BigDecimal realised, long expandedAccounts,
                        Double realisedToPredicted, BigDecimal absoluteError, boolean complete) {
    }
}
