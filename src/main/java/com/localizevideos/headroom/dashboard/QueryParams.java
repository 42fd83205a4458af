package com.localizevideos.headroom.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.ProblemException;

/** Reads the query parameters of the dashboard reads, collecting every problem before answering one 400. */
final class QueryParams {
    private final List<LocatedProblem> problems = new ArrayList<>();

    int integer(String name, String value, int fallback, int min, int max) {
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

    String oneOf(String name, String value, Set<String> allowed, String fallback) {
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

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    void check() {
        if (!problems.isEmpty()) {
            throw new ProblemException("invalid-query", "Invalid query parameters", 400,
                    problems.size() + " query parameter(s) are invalid", problems);
        }
    }
}
