package com.localizevideos.headroom.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.localizevideos.headroom.account.PlanCode;

/**
 * What every report is filtered by: the period [{@code from}, {@code to}) of decisions and events, and the accounts'
 * plan, segment and region (null: all). {@code now} closes windows that have not ended yet.
 */
public record ReportFilter(LocalDate from, LocalDate to, PlanCode plan, String segment, String region, Instant now) {

    public Instant fromInstant() {
        return from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    public Instant toInstant() {
        return to.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    /** The earlier of the period's end and now: where open durations are censored. */
    public Instant end() {
        return toInstant().isBefore(now) ? toInstant() : now;
    }

    /** {@code " and a.plan = :plan ..."} for the filters that are set, over account alias {@code a}. */
    String accountWhere() {
        StringBuilder sql = new StringBuilder();
        if (plan != null) {
            sql.append(" and a.plan = :plan");
        }
        if (segment != null) {
            sql.append(" and a.segment = :segment");
        }
        if (region != null) {
            sql.append(" and a.region = :region");
        }
        return sql.toString();
    }

    /** The query parameters the filter's SQL uses. */
    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("from", fromInstant().atOffset(java.time.ZoneOffset.UTC));
        p.put("to", toInstant().atOffset(java.time.ZoneOffset.UTC));
        p.put("end", end().atOffset(java.time.ZoneOffset.UTC));
        p.put("now", now.atOffset(java.time.ZoneOffset.UTC));
        if (plan != null) {
            p.put("plan", plan.name());
        }
        if (segment != null) {
            p.put("segment", segment);
        }
        if (region != null) {
            p.put("region", region);
        }
        return p;
    }

    /** The filter as echoed in every report. */
    public FilterView view() {
        return new FilterView(from, to, plan, segment, region);
    }

    /** The period ({@code to} exclusive) and account filters a report was computed for. */
    public record FilterView(LocalDate from, LocalDate to, PlanCode plan, String segment, String region) {
    }
}
