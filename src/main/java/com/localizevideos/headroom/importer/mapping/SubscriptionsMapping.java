package com.localizevideos.headroom.importer.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.localizevideos.headroom.account.PlanCode;
import com.localizevideos.headroom.commercial.CommercialEvent;
import com.localizevideos.headroom.commercial.CommercialEventKind;
import com.localizevideos.headroom.importer.mapping.SubscriptionRow.BillingFrequency;

/**
 * subscriptions.csv → subscriptions (plan, seats, ARR, dates, billing frequency, trial) from which the account's
 * current plan, seats, ARR and renewal date are derived, and outcomes: {@code upgrade_flag} → an EXPANSION and
 * {@code downgrade_flag} → a CONTRACTION commercial event, both dated at the subscription's {@code start_date}
 * (the day the changed plan took effect; most subscriptions have no end date) with no ARR delta (the file does not
 * say by how much). {@code mrr_amount} (always ARR ÷ 12), {@code churn_flag} (set exactly on the subscriptions that
 * have an end date) and {@code auto_renew_flag} are not imported. Column layout of the RavenStack dataset
 * ("RavenStack Synthetic SaaS Dataset" by River @ Rivalytics, Kaggle, used with attribution).
 */
public final class SubscriptionsMapping implements CsvMapping<SubscriptionRow> {

    private static final Map<String, BillingFrequency> FREQUENCIES = Map.of(
            "monthly", BillingFrequency.MONTHLY, "annual", BillingFrequency.ANNUAL,
            "annually", BillingFrequency.ANNUAL, "yearly", BillingFrequency.ANNUAL);

    @Override
    public String kind() {
        return "subscriptions";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("subscription_id", "account_id", "start_date", "end_date", "plan_tier", "seats", "arr_amount",
                "is_trial", "upgrade_flag", "downgrade_flag", "billing_frequency");
    }

    @Override
    public Mapped<SubscriptionRow> map(CsvRow row, String source) {
        Cells cells = new Cells(row);
        String id = cells.id("subscription_id");
        String accountId = cells.id("account_id");
        LocalDate start = cells.date("start_date");
        LocalDate end = cells.optionalDate("end_date");
        PlanCode plan = cells.oneOf("plan_tier", AccountsMapping.PLAN_TIERS, AccountsMapping.PLAN_CHOICES);
        Integer seats = cells.wholeNumber("seats", 0);
        BigDecimal arr = cells.amount("arr_amount");
        Boolean trial = cells.flag("is_trial");
        Boolean upgrade = cells.flag("upgrade_flag");
        Boolean downgrade = cells.flag("downgrade_flag");
        BillingFrequency frequency = cells.oneOf("billing_frequency", FREQUENCIES, "monthly or annual");
        if (start != null && end != null && end.isBefore(start)) {
            cells.reject("end_date " + end + " is before start_date " + start);
        }
        return Mapped.of(row, "subscription_id", cells, () -> {
            List<CommercialEvent> events = new ArrayList<>(2);
            if (upgrade) {
                events.add(event(source, id, accountId, CommercialEventKind.EXPANSION, "upgrade_flag", start, plan,
                        seats, arr, frequency));
            }
            if (downgrade) {
                events.add(event(source, id, accountId, CommercialEventKind.CONTRACTION, "downgrade_flag", start, plan,
                        seats, arr, frequency));
            }
            return new SubscriptionRow(source, id, accountId, plan, seats, arr, start, end, frequency, trial, events);
        });
    }

    private static CommercialEvent event(String source, String subscriptionId, String accountId,
                                         CommercialEventKind kind, String flag, LocalDate start, PlanCode plan,
                                         int seats, BigDecimal arr, BillingFrequency frequency) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("subscriptionId", subscriptionId);
        detail.put("flag", flag);
        detail.put("datedBy", "start_date");
        detail.put("plan", plan.name());
        detail.put("seats", seats);
        detail.put("arr", arr);
        detail.put("billingFrequency", frequency.name());
        return new CommercialEvent(source + ":" + subscriptionId + ":" + kind.name().toLowerCase(), accountId, kind,
                start.atStartOfDay().toInstant(ZoneOffset.UTC), null, source + ":subscriptions", detail);
    }
}
