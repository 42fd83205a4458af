package com.localizevideos.headroom.report;

import java.math.BigDecimal;
import java.util.List;

import com.localizevideos.headroom.report.ReportFilter.FilterView;

/**
 * {@code GET /api/v1/reports/conversion-by-rule}: per decision-table row (rule-set version, file, sheet, row) that
 * proposed actions in the period: actions, the latest response to each, acceptance and realised ARR.
 */
public record ConversionByRuleView(FilterView filter, String rulesetVersion, List<RuleRow> rules) {

    /**
     * One table row. {@code pending}: actions without any response yet. {@code acceptanceRate} = accepted / responded,
     * {@code conversionRate} = accepted / actions; {@code realisedArr} sums the ARR delta of accepted responses.
     */
    public record RuleRow(String rulesetVersion, String rule, String file, String sheet, Integer row, String playbook,
                          long actions, long heldOutActions, long accepted, long declined, long noResponse,
                          long deferred, long pending, Double acceptanceRate, Double conversionRate,
                          BigDecimal realisedArr, Double meanHelpfulRating, long helpfulRatings) {
    }
}
