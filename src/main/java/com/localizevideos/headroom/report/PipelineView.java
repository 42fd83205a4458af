package com.localizevideos.headroom.report;

import java.math.BigDecimal;
import java.util.List;

import com.localizevideos.headroom.report.ReportFilter.FilterView;

/**
 * {@code GET /api/v1/reports/pipeline}: each account's latest decision in the period that started an offer, with its
 * revenue potential (ARR delta) and expected value (probability x ARR delta), by tier, by channel, by owner of the
 * lead offer (the one on the most senior channel) and by tier and channel together (the overview's stacked bars).
 * Held-out accounts are left out and their "would have" value shown.
 */
public record PipelineView(FilterView filter, Group total, BigDecimal heldOutExpectedValue, List<Group> byTier,
                           List<Group> byChannel, List<Group> byOwner, List<TierChannel> byTierAndChannel) {

    /** One group: accounts, summed ARR delta and expected value, and the mean probability. */
    public record Group(String key, long accounts, BigDecimal arrDelta, BigDecimal expectedValue,
                        Double meanProbability) {
    }

    /** The accounts of one tier whose lead offer is on one channel. */
    public record TierChannel(String tier, String channel, long accounts, BigDecimal arrDelta,
                              BigDecimal expectedValue, Double meanProbability) {

        /** From a group keyed {@code TIER|CHANNEL}. */
        static TierChannel of(Group g) {
            int bar = g.key().indexOf('|');
            return new TierChannel(g.key().substring(0, bar), g.key().substring(bar + 1), g.accounts(), g.arrDelta(),
                    g.expectedValue(), g.meanProbability());
        }
    }
}
