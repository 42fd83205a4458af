package com.localizevideos.headroom.common;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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

    /** Trimmed text of any length that {@link Text} allows (no NUL or other control characters), or null when absent. */
    public String storableText(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Text.problem(value).ifPresent(p -> problems.add(LocatedProblem.atField(name, name + " " + p)));
        return value.trim();
    }

    /**
     * Trimmed text matching {@code pattern}, or null when absent; {@code rule} completes "name must be ..." in the
     * problem, which echoes the value (cut at 40 characters) unless it holds characters that cannot be shown.
     */
    public String matching(String name, String value, Pattern pattern, String rule) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (!pattern.matcher(trimmed).matches()) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
            problems.add(LocatedProblem.atField(name, name + " must be " + rule
                    + (Text.problem(shown).isPresent() ? "" : ", not '" + shown + "'")));
        }
        return trimmed;
    }

    /** An ISO-8601 instant within {@link DateRange}, or null when absent or invalid. */
    public Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant instant = Instant.parse(value.trim());
            if (!DateRange.contains(instant)) {
                problems.add(LocatedProblem.atField(name, name + " must be " + DateRange.RANGE));
                return null;
            }
            return instant;
        } catch (DateTimeParseException e) {
            problems.add(LocatedProblem.atField(name, "'" + value + "' is not an ISO-8601 instant such as 2026-11-03T10:00:00Z"));
            return null;
        }
    }

    /** Adds a problem the caller found itself, e.g. between two parameters. */
    public void problem(String name, String message) {
        problems.add(LocatedProblem.atField(name, message));
    }

    /** Throws a 400 problem listing every problem found so far; returns when there is none. */
    public void check() {
        if (!problems.isEmpty()) {
            throw new ProblemException("invalid-query", "Invalid query parameters", 400,
                    problems.size() + " query parameter(s) are invalid", problems);
        }
    }
}
