package com.localizevideos.headroom.importer.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.localizevideos.headroom.observation.Metric;

/**
 * support_tickets.csv → {@code ticket_opened} at {@code submitted_at} and {@code ticket_resolved} at
 * {@code closed_at} (value 1, dimension the severity: {@code priority} urgent → sev1, high → sev2, medium → sev3,
 * low → sev4), and {@code csat} at {@code closed_at} with {@code satisfaction_score} as value when it is given
 * (RavenStack's scale is 1–5; only 3, 4 and 5 occur, so it is kept as is). A bare date is the start of that day UTC
 * and a time without offset is UTC (RavenStack's closed_at = submitted_at 00:00 + resolution_time_hours on every
 * row). {@code resolution_time_hours}, {@code first_response_time_minutes} and {@code escalation_flag} are not
 * imported. Column layout of the RavenStack dataset ("RavenStack Synthetic SaaS Dataset" by River @ Rivalytics,
 * Kaggle, used with attribution).
 */
public final class SupportTicketsMapping implements CsvMapping<ObservationRow> {

    private static final Map<String, String> SEVERITIES = Map.of(
            "urgent", "sev1", "high", "sev2", "medium", "sev3", "low", "sev4",
            "sev1", "sev1", "sev2", "sev2", "sev3", "sev3", "sev4", "sev4");
    private static final int MAX_OBSERVATION_ID = 128;

    @Override
    public String kind() {
        return "support-tickets";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("ticket_id", "account_id", "submitted_at", "closed_at", "priority", "satisfaction_score");
    }

    @Override
    public Mapped<ObservationRow> map(CsvRow row, String source) {
        Cells cells = new Cells(row);
        String ticketId = cells.id("ticket_id");
        String accountId = cells.id("account_id");
        Instant submitted = cells.instant("submitted_at");
        Instant closed = cells.optionalInstant("closed_at");
        String severity = cells.oneOf("priority", SEVERITIES, "urgent, high, medium or low (or sev1 … sev4)");
        Double score = cells.optionalNumber("satisfaction_score", 1, 5);
        if (submitted != null && closed != null && closed.isBefore(submitted)) {
            cells.reject("closed_at " + closed + " is before submitted_at " + submitted);
        }
        if (score != null && row.get("closed_at") == null) {
            cells.reject("satisfaction_score needs closed_at: the rating is dated when the ticket was closed");
        }
        String prefix = source + ":" + ticketId + ":";
        if (ticketId != null && (prefix + "ticket_resolved").length() > MAX_OBSERVATION_ID) {
            cells.reject("ticket_id is too long to make observation ids of at most " + MAX_OBSERVATION_ID
                    + " characters");
        }
        return Mapped.of(row, "ticket_id", cells, () -> {
            List<ObservationRow.Draft> drafts = new ArrayList<>(3);
            drafts.add(new ObservationRow.Draft(prefix + "ticket_opened", Metric.TICKET_OPENED, severity, 1,
                    submitted, source));
            if (closed != null) {
                drafts.add(new ObservationRow.Draft(prefix + "ticket_resolved", Metric.TICKET_RESOLVED, severity, 1,
                        closed, source));
                if (score != null) {
                    drafts.add(new ObservationRow.Draft(prefix + "csat", Metric.CSAT, null, score, closed, source));
                }
            }
            return ObservationRow.ofAccount(accountId, drafts);
        });
    }
}
