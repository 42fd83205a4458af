package com.localizevideos.headroom.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates and instants the API accepts: 1900-01-01 to 2199-12-31 (UTC). Anything outside is a typo or a probe, and
 * far values (year 0, year 294277, ±999999999) are outside what PostgreSQL or the arithmetic on them can hold.
 */
public final class DateRange {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    private static final Instant FIRST_INSTANT = EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant END_INSTANT = LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    /** The range, as said in problems. */
    public static final String RANGE = "between " + EARLIEST + " and " + LATEST;

    private DateRange() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
    }
}
