package com.localizevideos.headroom.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads query parameters and collects every problem, each naming its parameter; {@link #check()} then answers one
 * 400 problem listing them all. Blank means absent.
 */
public final class QueryParams {
    private final List<LocatedProblem> problems = new ArrayList<>();

    /** A whole number in [min, max], or {@code fallback} when absent. */
    public int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                problems.add(LocatedProblem.atField(name, name + " must be between " + min + " and " + max));
            }
            return parsed;
        } catch (NumberFormatException e) {
            problems.add(LocatedProblem.atField(name, "'" + value + "' is not a whole number"));
            return fallback;
        }
    }

    /** One of the constants of {@code type} (case-insensitive), or null when absent. */
    public <E extends Enum<E>> E code(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(LocatedProblem.atField(name, "'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    /** One of {@code allowed} (exact, trimmed), or {@code fallback} when absent. */
    public String oneOf(String name, String value, java.util.Set<String> allowed, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.trim();
        if (!allowed.contains(v)) {
            problems.add(LocatedProblem.atField(name, "'" + value + "' is not one of " + String.join(", ",
                    allowed.stream().sorted().toList())));
        }
        return v;
    }

    /** Trimmed text of at most {@code maxLength} characters, or null when absent. */
    public String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            problems.add(LocatedProblem.atField(name, name + " is at most " + maxLength + " characters"));
        }
        return trimmed;
    }

    /** Throws a 400 problem listing every problem found so far; returns when there is none. */
    public void check() {
        if (!problems.isEmpty()) {
            throw new ProblemException("invalid-query", "Invalid query parameters", 400,
                    problems.size() + " query parameter(s) are invalid", problems);
        }
    }
}
