package com.localizevideos.headroom.evaluation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The monthly billing cycle that contains a date, counted from the account's first cycle start. */
record BillingCycle(LocalDate start, LocalDate end) {

    static BillingCycle containing(LocalDate firstStart, LocalDate day) {
        if (day.isBefore(firstStart)) {
            return new BillingCycle(firstStart, firstStart.plusMonths(1));
        }
        long months = ChronoUnit.MONTHS.between(firstStart, day);
        LocalDate start = firstStart.plusMonths(months);
        if (start.isAfter(day)) {
            start = firstStart.plusMonths(months - 1);
            months--;
        }
        return new BillingCycle(start, firstStart.plusMonths(months + 1));
    }

    /** Days in the cycle (28–31). */
    int days() {
        return (int) ChronoUnit.DAYS.between(start, end);
    }

    /** 1 on the first day of the cycle. */
    int dayOf(LocalDate day) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(start, day) + 1);
    }
}
