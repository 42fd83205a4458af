package com.localizevideos.headroom.report;

import java.math.BigDecimal;
import java.util.List;

import com.localizevideos.headroom.report.ReportFilter.FilterView;

/**
 * {@code GET /api/v1/reports/growth-efficiency}: expansion ARR per human contact. Human contacts are the actions of the
 * period on a human channel (CS_LED, SALES_AND_EXEC, EXECUTIVE_SPONSOR), held-out ones excluded; expansion ARR is the
 * ARR of the EXPANSION events of the period; realised ARR is what accepted responses to human contacts recorded.
 * {@code contactsPerAcceptedExpansion} is the pushiness figure: how many people were contacted per yes.
 */
public record GrowthEfficiencyView(FilterView filter, long humanContacts, long accountsContacted,
                                   long automatedPrompts, long expansionEvents, BigDecimal expansionArr,
                                   BigDecimal expansionArrPerHumanContact, long acceptedHumanContacts,
                                   BigDecimal realisedArrFromHumanContacts, BigDecimal realisedArrPerHumanContact,
                                   Double contactsPerAcceptedExpansion, List<ChannelRow> byChannel) {

    /** One channel's contacts, acceptances and realised ARR. */
    public record ChannelRow(String channel, long actions, long accepted, BigDecimal realisedArr,
                             BigDecimal realisedArrPerAction) {
    }
}
