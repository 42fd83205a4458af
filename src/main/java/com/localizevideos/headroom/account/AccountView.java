package com.localizevideos.headroom.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An account as the API shows it: the Contract v1 fields plus its id, timestamps and holdout cohort ({@code TREATED}
 * or {@code HOLDOUT}, see holdout/HoldoutPolicy).
 */
public record AccountView(
        String id,
        String name,
        PlanCode plan,
        int seatsLicensed,
        BigDecimal arr,
        LocalDate billingCycleStart,
        LocalDate renewalDate,
        Integer fiscalYearStartMonth,
        String region,
        String segment,
        boolean strategic,
        boolean doNotContact,
        boolean inDunning,
        String owner,
        Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String cohort) {

    public static AccountView of(Account a) {
        return of(a, null);
    }

    public static AccountView of(Account a, String cohort) {
        return new AccountView(a.getId(), a.getName(), a.getPlan(), a.getSeatsLicensed(), a.getArr(),
                a.getBillingCycleStart(), a.getRenewalDate(), a.getFiscalYearStartMonth(), a.getRegion(),
                a.getSegment(), a.isStrategic(), a.isDoNotContact(), a.isInDunning(), a.getOwner(),
                a.getCreatedAt(), a.getUpdatedAt(), cohort);
    }
}
