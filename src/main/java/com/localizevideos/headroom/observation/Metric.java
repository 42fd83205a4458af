package com.localizevideos.headroom.observation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/** The observation vocabulary of Contract v1; JSON and the database use the lower_snake {@link #code()}. */
public enum Metric {
    VIDEO_MINUTES(Kind.COUNTER),
    LANGUAGES_USED(Kind.GAUGE),
    SEATS_USED(Kind.GAUGE),
    ACTIVE_USERS(Kind.GAUGE),
    WORKFLOW_RUNS(Kind.COUNTER),
    FEATURE_USE(Kind.COUNTER),
    WORKAROUND(Kind.COUNTER),
    API_CALLS(Kind.COUNTER),
    API_THROTTLED(Kind.COUNTER),
    STORAGE_GB(Kind.GAUGE),
    RENDER_HOURS(Kind.COUNTER),
    ONBOARDING(Kind.EVENT),
    TICKET_OPENED(Kind.COUNTER),
    TICKET_RESOLVED(Kind.COUNTER),
    CSAT(Kind.GAUGE),
    HELP_CENTER_VIEW(Kind.COUNTER),
    SELF_SERVICE_ACTION(Kind.COUNTER),
    USERS_INVITED(Kind.COUNTER),
    DEPARTMENT_ADDED(Kind.EVENT),
    REGION_ADDED(Kind.EVENT),
    COMPLIANCE_QUESTION(Kind.COUNTER),
    OVERAGE_USD(Kind.COUNTER);

    /** Counters add up over time, gauges are a level at a moment, events mark that something happened. */
    public enum Kind { COUNTER, GAUGE, EVENT }

    private static final Map<String, Metric> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Metric::code, Function.identity()));

    private final Kind kind;
    private final String code;

    Metric(Kind kind) {
        this.kind = kind;
        this.code = name().toLowerCase(Locale.ROOT);
    }

    @JsonValue
    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** The metric with this lower_snake code, if any (exact match). */
    public static Optional<Metric> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** All codes, comma-separated, for error messages. */
    public static String codes() {
        return Arrays.stream(values()).map(Metric::code).collect(Collectors.joining(", "));
    }
}
