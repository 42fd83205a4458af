package com.localizevideos.headroom.common;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns Jackson read failures into problems that name the JSON path and the expected type, never a Java class. */
final class JsonProblems {

    private JsonProblems() {
    }

    /** A body that is JSON but does not fit the expected shape: one located problem at the offending field. */
    static Problem mismatched(MismatchedInputException e) {
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return malformed(e, "unexpected content after the JSON value");
        }
        String field = path(e.getPath());
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            message = "is not a known field; known fields: " + u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
        } else if (e instanceof InvalidNullException) {
            message = "must not be null";
        } else if (e instanceof InvalidFormatException f && f.getOriginalMessage() != null
                && f.getOriginalMessage().startsWith("must ")) {
            message = f.getOriginalMessage();
        } else {
            message = "must be " + expected(e.getTargetType());
        }
        String detail = field == null ? "The request body does not have the expected shape: " + message
                : "Field '" + field + "' " + message + ".";
        return Problem.of("invalid-request", "Request is not valid", 400, detail,
                List.of(field == null ? LocatedProblem.of(message) : LocatedProblem.atField(field, message)));
    }

    /** A body Jackson could not read: a syntax error, or a value no field can take (named by its path). */
    static Problem unreadable(JacksonException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException syntax) {
                return malformed(syntax, syntax.getOriginalMessage() == null ? "unreadable JSON"
                        : syntax.getOriginalMessage());
            }
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = path(m.getPath());
            String message = "has a value that cannot be used here";
            return Problem.of("invalid-request", "Request is not valid", 400, "Field '" + field + "' " + message + ".",
                    List.of(LocatedProblem.atField(field, message)));
        }
        return malformed(e, "the body cannot be read as the expected JSON");
    }

    /** A body that is not JSON at all; the detail gives the reason and the line and column. */
    private static Problem malformed(JacksonException e, String reason) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? ""
                : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        LocatedProblem problem = at == null || at.getLineNr() < 0 ? LocatedProblem.of(reason)
                : new LocatedProblem(null, null, null, null, null, at.getLineNr(), at.getColumnNr(), reason);
        return Problem.of("malformed-json", "Malformed JSON", 400,
                "The request body is not valid JSON" + where + ": " + reason, List.of(problem));
    }

    /** A JSON path such as {@code observations[2].value}, or null for the whole body. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date YYYY-MM-DD " + DateRange.RANGE;
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "an ISO-8601 instant with offset (e.g. 2026-11-03T10:00:00Z) " + DateRange.RANGE;
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "a JSON object";
    }
}
