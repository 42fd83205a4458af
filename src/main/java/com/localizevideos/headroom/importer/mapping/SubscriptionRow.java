package com.localizevideos.headroom.importer.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.localizevideos.headroom.account.PlanCode;
import com.localizevideos.headroom.commercial.CommercialEvent;

/** One subscriptions.csv row: the subscription as stored, and the commercial events its flags stand for. */
public record SubscriptionRow(String source, String id, String accountId, PlanCode plan, int seats, BigDecimal arr,
                              LocalDate startDate, LocalDate endDate, BillingFrequency billingFrequency,
                              boolean trial, List<CommercialEvent> events) {

    /** How often the subscription is billed; an annual one renews on the anniversary of its start. */
    public enum BillingFrequency { MONTHLY, ANNUAL }

    public SubscriptionRow {
        events = List.copyOf(events);
    }
}
