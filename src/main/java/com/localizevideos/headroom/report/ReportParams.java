package com.localizevideos.headroom.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.localizevideos.headroom.account.PlanCode;
import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.ProblemException;

/**
 * Reads report query parameters, collecting every problem so that one 400 names them all: the filter every report
 * takes when constructed, then a report's own parameters, then {@link #check()}.
 */
final class ReportParams {
    /** The longest period a report covers. */
    static final int MAX_DAYS = 3660;

    private final List<LocatedProblem> problems = new ArrayList<>();
    private final Clock clock;
    private final ReportFilter filter;

    ReportParams(Clock clock, ReportQuery query) {
        this.clock = clock;
        this.filter = filter(query.from(), query.to(), query.plan(), query.segment(), query.region());
    }

    /** The period and account filters read from the query (fields with a problem are null). */
    ReportFilter filter() {
        return filter;
    }

    /** Period and account filters; {@code to} defaults to tomorrow (UTC), {@code from} to a year before {@code to}. */
    private ReportFilter filter(String from, String to, String plan, String segment, String region) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate end = date("to", to, today.plusDays(1));
        LocalDate start = date("from", from, end == null ? null : end.minusYears(1));
        if (start != null && end != null) {
            if (!start.isBefore(end)) {
                problems.add(LocatedProblem.atField("from", "from " + start + " must be before to " + end
                        + " (to is exclusive)"));
            } else if (start.plusDays(MAX_DAYS).isBefore(end)) {
                problems.add(LocatedProblem.atField("to", "the period may span at most " + MAX_DAYS + " days"));
            }
        }
        PlanCode planCode = null;
        if (plan != null) {
            try {
                planCode = PlanCode.valueOf(plan.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(LocatedProblem.atField("plan", "plan '" + plan + "' is not known; use one of "
                        + Arrays.toString(PlanCode.values())));
            }
        }
        return new ReportFilter(start, end, planCode, text("segment", segment), text("region", region), clock.instant());
    }

    /** One of {@code allowed} (case-insensitive), or the default when absent. */
    String oneOf(String name, String value, String byDefault, List<String> allowed) {
        if (value == null) {
            return byDefault;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            problems.add(LocatedProblem.atField(name, name + " '" + value + "' is not known; use one of " + allowed));
            return byDefault;
        }
        return v;
    }

    /** A whole number in [min, max], or the default when absent. */
    int intIn(String name, String value, int byDefault, int min, int max) {
        if (value == null) {
            return byDefault;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                problems.add(LocatedProblem.atField(name, name + " must be between " + min + " and " + max + ", not " + n));
                return byDefault;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(LocatedProblem.atField(name, name + " must be a whole number, not '" + value + "'"));
            return byDefault;
        }
    }

    /** Free text of 1-64 characters (segment, region, rule-set version), or null when absent. */
    String text(String name, String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.length() > 64) {
            problems.add(LocatedProblem.atField(name, name + " must be 1 to 64 characters"));
            return null;
        }
        return value;
    }

    /** Throws a 400 naming every problem found so far. */
    void check() {
        if (!problems.isEmpty()) {
            throw new ProblemException("invalid-request", "Invalid report parameters", 400,
                    problems.size() + " problem(s) with the report parameters", List.copyOf(problems));
        }
    }

    private LocalDate date(String name, String value, LocalDate byDefault) {
        if (value == null) {
            return byDefault;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(LocatedProblem.atField(name, name + " must be a date YYYY-MM-DD, not '" + value + "'"));
            return null;
        }
    }
}
