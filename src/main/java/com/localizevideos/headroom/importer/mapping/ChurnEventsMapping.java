package com.localizevideos.headroom.importer.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.localizevideos.headroom.commercial.CommercialEvent;
import com.localizevideos.headroom.commercial.CommercialEventKind;

/**
 * churn_events.csv → one CHURN commercial event per row, at {@code churn_date} 00:00 UTC, with {@code reason_code},
 * {@code feedback_text}, {@code refund_amount_usd}, {@code preceding_upgrade_flag},
 * {@code preceding_downgrade_flag} and {@code is_reactivation} in its detail and no ARR delta (a refund is not lost
 * ARR). These dated events are the churn label; {@code accounts.churn_flag} is not. Column layout of the RavenStack
 * dataset ("RavenStack Synthetic SaaS Dataset" by River @ Rivalytics, Kaggle, used with attribution).
 */
public final class ChurnEventsMapping implements CsvMapping<CommercialEvent> {

    @Override
    public String kind() {
        return "churn-events";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("churn_event_id", "account_id", "churn_date", "reason_code", "feedback_text");
    }

    @Override
    public Mapped<CommercialEvent> map(CsvRow row, String source) {
        Cells cells = new Cells(row);
        String id = cells.id("churn_event_id");
        String accountId = cells.id("account_id");
        LocalDate day = cells.date("churn_date");
        String reason = cells.optionalText("reason_code", 64);
        String feedback = cells.optionalText("feedback_text", 2000);
        BigDecimal refund = row.get("refund_amount_usd") == null ? null : cells.amount("refund_amount_usd");
        Boolean upgrade = cells.optionalFlag("preceding_upgrade_flag");
        Boolean downgrade = cells.optionalFlag("preceding_downgrade_flag");
        Boolean reactivation = cells.optionalFlag("is_reactivation");
        return Mapped.of(row, "churn_event_id", cells, () -> {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("churnEventId", id);
            putIfKnown(detail, "reasonCode", reason);
            putIfKnown(detail, "feedback", feedback);
            putIfKnown(detail, "refundUsd", refund);
            putIfKnown(detail, "precedingUpgrade", upgrade);
            putIfKnown(detail, "precedingDowngrade", downgrade);
            putIfKnown(detail, "reactivation", reactivation);
            return new CommercialEvent(source + ":" + id + ":churn", accountId, CommercialEventKind.CHURN,
                    day.atStartOfDay().toInstant(ZoneOffset.UTC), null, source + ":churn_events", detail);
        });
    }

    private static void putIfKnown(Map<String, Object> detail, String key, Object value) {
        if (value != null) {
            detail.put(key, value);
        }
    }
}
