package com.localizevideos.headroom.evaluation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The customer's fiscal calendar: how far away the next fiscal-year start is. */
final class FiscalYear {

    private FiscalYear() {
    }

    /** Days from {@code day} to the next first day of {@code startMonth} (0 on that day itself). */
    static int daysToNextStart(LocalDate day, int startMonth) {
        LocalDate start = LocalDate.of(day.getYear(), startMonth, 1);
        if (start.isBefore(day)) {
            start = start.plusYears(1);
        }
        return (int) ChronoUnit.DAYS.between(day, start);
    }
}
