package com.localizevideos.headroom.importer.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.localizevideos.headroom.common.DateRange;
import com.localizevideos.headroom.common.Text;

/** Reads typed cells of one row, collecting a reason for every cell that is missing or not of its type. */
final class Cells {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int QUOTED = 40;

    private final CsvRow row;
    private final List<String> reasons = new ArrayList<>();

    Cells(CsvRow row) {
        this.row = row;
    }

    List<String> reasons() {
        return reasons;
    }

    /** Adds a reason that is not about one cell's type. */
    void reject(String reason) {
        reasons.add(reason);
    }

    /** A required id: 1 to 64 characters of letters, digits, '.', '_' or '-' (the account id rule). */
    String id(String column) {
        String value = text(column, 64);
        if (value != null && !ID.matcher(value).matches()) {
            return fail(column + " must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-', not " + quote(value));
        }
        return value;
    }

    String text(String column, int maxLength) {
        String value = row.get(column);
        if (value == null) {
            return fail(column + " is required");
        }
        return maxLength(column, value, maxLength);
    }

    String optionalText(String column, int maxLength) {
        String value = row.get(column);
        return value == null ? null : maxLength(column, value, maxLength);
    }

    LocalDate date(String column) {
        String value = row.get(column);
        return value == null ? fail(column + " is required") : parseDate(column, value);
    }

    LocalDate optionalDate(String column) {
        String value = row.get(column);
        return value == null ? null : parseDate(column, value);
    }

    /**
     * A required moment: a date (its start, UTC), a date and time {@code YYYY-MM-DD HH:MM[:SS]} (read as UTC) or an
     * ISO-8601 instant with offset.
     */
    Instant instant(String column) {
        String value = row.get(column);
        return value == null ? fail(column + " is required") : parseInstant(column, value);
    }

    Instant optionalInstant(String column) {
        String value = row.get(column);
        return value == null ? null : parseInstant(column, value);
    }

    Integer wholeNumber(String column, int min) {
        String value = row.get(column);
        if (value == null) {
            return fail(column + " is required");
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return fail(column + " must be a whole number of at least " + min + ", not " + quote(value));
    }

    /** A required finite number in [min, max]. */
    Double number(String column, double min, double max) {
        String value = row.get(column);
        return value == null ? fail(column + " is required") : parseNumber(column, value, min, max);
    }

    Double optionalNumber(String column, double min, double max) {
        String value = row.get(column);
        return value == null ? null : parseNumber(column, value, min, max);
    }

    /** A required amount of money in USD: at least 0, at most 12 integer digits and 2 decimals. */
    BigDecimal amount(String column) {
        String value = row.get(column);
        if (value == null) {
            return fail(column + " is required");
        }
        try {
            BigDecimal amount = new BigDecimal(value).stripTrailingZeros();
            if (amount.signum() >= 0 && amount.scale() <= 2 && amount.precision() - amount.scale() <= 12) {
                return amount.setScale(2);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return fail(column + " must be an amount of at least 0 with at most 2 decimals, not " + quote(value));
    }

    /** A required flag: True/False (any case), 1/0 or yes/no. */
    Boolean flag(String column) {
        String value = row.get(column);
        return value == null ? fail(column + " is required") : parseFlag(column, value);
    }

    Boolean optionalFlag(String column) {
        String value = row.get(column);
        return value == null ? null : parseFlag(column, value);
    }

    /** A required value from a fixed vocabulary, matched case-insensitively; {@code choices} names them for people. */
    <E> E oneOf(String column, Map<String, E> vocabulary, String choices) {
        String value = row.get(column);
        if (value == null) {
            return fail(column + " is required");
        }
        E known = vocabulary.get(value.toLowerCase(Locale.ROOT));
        return known != null ? known : fail(column + " " + quote(value) + " is not known; use " + choices);
    }

    private String maxLength(String column, String value, int maxLength) {
        var unstorable = Text.problem(value);
        if (unstorable.isPresent()) {
            return fail(column + " " + unstorable.get());
        }
        return value.length() <= maxLength ? value : fail(column + " must be at most " + maxLength + " characters");
    }

    private LocalDate parseDate(String column, String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            return DateRange.contains(date) ? date : fail(column + " must be a date " + DateRange.RANGE + ", not " + quote(value));
        } catch (DateTimeParseException e) {
            return fail(column + " must be a date YYYY-MM-DD, not " + quote(value));
        }
    }

    private Instant parseInstant(String column, String value) {
        Instant instant = parseAnyInstant(column, value);
        if (instant != null && !DateRange.contains(instant)) {
            return fail(column + " must be " + DateRange.RANGE + ", not " + quote(value));
        }
        return instant;
    }

    private Instant parseAnyInstant(String column, String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (value.length() <= 19 && value.charAt(10) == ' ') {
                return LocalDateTime.parse(value, DATE_TIME).toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return fail(column + " must be a date YYYY-MM-DD, a UTC time YYYY-MM-DD HH:MM:SS or an ISO-8601 instant"
                    + " with offset, not " + quote(value));
        }
    }

    private Double parseNumber(String column, String value, double min, double max) {
        try {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number) && number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return fail(column + " must be a number from " + plain(min) + " to " + plain(max) + ", not " + quote(value));
    }

    private Boolean parseFlag(String column, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> fail(column + " must be True or False, not " + quote(value));
        };
    }

    private <T> T fail(String reason) {
        reasons.add(reason);
        return null;
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** The value in quotes, shortened so that a huge cell cannot blow up the report. */
    static String quote(String value) {
        return "'" + (value.length() <= QUOTED ? value : value.substring(0, QUOTED) + "…") + "'";
    }
}
