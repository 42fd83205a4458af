package com.localizevideos.headroom.report;

import java.math.BigDecimal;
import java.util.List;

import com.localizevideos.headroom.report.ReportFilter.FilterView;

/**
 * {@code GET /api/v1/reports/pipeline}: each account's latest decision in the period that started an offer, with its
 * revenue potential (ARR delta) and expected value (probability x ARR delta), by tier, by channel and by owner of the
 * lead offer (the one on the most senior channel). Held-out accounts are left out and their "would have" value shown.
 */
public record PipelineView(FilterView filter, Group total, BigDecimal heldOutExpectedValue, List<Group> byTier,
                           List<Group> byChannel, List<Group> byOwner) {

    /** One group: accounts, summed ARR delta and expected value, and the mean probability. */
    public record Group(String key, long accounts, BigDecimal arrDelta, BigDecimal expectedValue,
                        Double meanProbability) {
    }
}
