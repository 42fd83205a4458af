package com.localizevideos.headroom.observation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.localizevideos.headroom.common.DateRange;
import com.localizevideos.headroom.common.Text;

/** Reads one batch item leniently and collects every reason it is not a valid observation. */
final class ObservationParser {

    static final int MAX_ID = 128;
    static final int MAX_ACCOUNT_ID = 64;
    static final int MAX_TEXT = 128;
    /** Largest value of one observation: far above any real count, far below what sums of them can overflow. */
    static final double MAX_VALUE = 1e12;
    private static final Set<String> FIELDS = Set.of("id", "accountId", "metric", "dimension", "value", "observedAt",
            "source");

    /** Why an item was rejected; {@code field} is the item's field the reason is about, or null. */
    record Reason(String field, String message) {
    }

    /** One item: its id if it has a string one, and either an observation or the reasons it has none. */
    record Item(int index, String id, Observation observation, List<Reason> reasons) {
        boolean valid() {
            return reasons.isEmpty();
        }
    }

    private ObservationParser() {
    }

    /** The account id an item names, if it names one as a string. */
    static Optional<String> accountId(JsonNode item) {
        JsonNode node = item == null ? null : item.get("accountId");
        return node != null && node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
    }

    static Item parse(int index, JsonNode item, Set<String> knownAccounts, Instant receivedAt) {
        List<Reason> reasons = new ArrayList<>();
        if (item == null || !item.isObject()) {
            reasons.add(new Reason(null, "item must be a JSON object with id, accountId, metric, value and observedAt"));
            return new Item(index, null, null, reasons);
        }
        String id = text(item, "id", true, MAX_ID, reasons);
        String accountId = text(item, "accountId", true, MAX_ACCOUNT_ID, reasons);
        if (accountId != null && !knownAccounts.contains(accountId)) {
            reasons.add(new Reason("accountId", "account " + accountId + " is not known; PUT /api/v1/accounts/"
                    + accountId + " first"));
        }
        Metric metric = metric(item, reasons);
        String dimension = text(item, "dimension", false, MAX_TEXT, reasons);
        Double value = value(item, metric, reasons);
        Instant observedAt = instant(item, reasons);
        String source = text(item, "source", false, MAX_TEXT, reasons);
        for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                reasons.add(new Reason(name, "unknown field '" + name + "'; known fields: " + String.join(", ",
                        "id", "accountId", "metric", "dimension", "value", "observedAt", "source")));
            }
        }
        String echoedId = item.path("id").isTextual() ? item.get("id").textValue() : null;
        Observation observation = reasons.isEmpty()
                ? new Observation(id, accountId, metric, dimension, value, observedAt, source, receivedAt) : null;
        return new Item(index, echoedId, observation, reasons);
    }

    private static String text(JsonNode item, String field, boolean required, int maxLength, List<Reason> reasons) {
        JsonNode node = item.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                reasons.add(new Reason(field, field + " is required"));
            }
            return null;
        }
        if (!node.isTextual()) {
            reasons.add(new Reason(field, field + " must be a string"));
            return null;
        }
        String value = node.textValue();
        var unstorable = Text.problem(value);
        if (unstorable.isPresent()) {
            reasons.add(new Reason(field, field + " " + unstorable.get()));
            return null;
        }
        if (required && value.isBlank()) {
            reasons.add(new Reason(field, field + " must not be blank"));
            return null;
        }
        if (value.length() > maxLength) {
            reasons.add(new Reason(field, field + " must be at most " + maxLength + " characters"));
            return null;
        }
        return value;
    }

    private static Metric metric(JsonNode item, List<Reason> reasons) {
        String code = text(item, "metric", true, Integer.MAX_VALUE, reasons);
        if (code == null) {
            return null;
        }
        Optional<Metric> metric = Metric.fromCode(code);
        if (metric.isEmpty()) {
            reasons.add(new Reason("metric", "metric '" + code + "' is not known; use one of " + Metric.codes()));
        }
        return metric.orElse(null);
    }

    private static Double value(JsonNode item, Metric metric, List<Reason> reasons) {
        JsonNode node = item.get("value");
        String problem = null;
        if (node == null || node.isNull()) {
            problem = "value is required";
        } else if (!node.isNumber()) {
            problem = "value must be a number";
        } else if (!Double.isFinite(node.doubleValue())) {
            problem = "value must be a finite number";
        } else if (node.doubleValue() < 0) {
            problem = "value must not be negative";
        } else if (node.doubleValue() > MAX_VALUE) {
            problem = "value must be at most 1,000,000,000,000";
        } else if (metric == Metric.CSAT && (node.doubleValue() < 1 || node.doubleValue() > 5)) {
            problem = "csat value must be between 1 and 5";
        }
        if (problem != null) {
            reasons.add(new Reason("value", problem));
            return null;
        }
        return node.doubleValue();
    }

    private static Instant instant(JsonNode item, List<Reason> reasons) {
        String text = text(item, "observedAt", true, 64, reasons);
        if (text == null) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            if (!DateRange.contains(instant)) {
                reasons.add(new Reason("observedAt", "observedAt must be " + DateRange.RANGE + ", not '" + text + "'"));
                return null;
            }
            return instant;
        } catch (DateTimeParseException e) {
            reasons.add(new Reason("observedAt", "observedAt must be an ISO-8601 instant with offset, e.g. "
                    + "2026-11-03T10:00:00Z, not '" + text + "'"));
            return null;
        }
    }
}
