package com.localizevideos.headroom.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An account as the API shows it: the Contract v1 fields plus its id and timestamps. */
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
        Instant updatedAt) {

    public static AccountView of(Account a) {
        return new AccountView(a.getId(), a.getName(), a.getPlan(), a.getSeatsLicensed(), a.getArr(),
                a.getBillingCycleStart(), a.getRenewalDate(), a.getFiscalYearStartMonth(), a.getRegion(),
                a.getSegment(), a.isStrategic(), a.isDoNotContact(), a.isInDunning(), a.getOwner(),
                a.getCreatedAt(), a.getUpdatedAt());
    }
}
