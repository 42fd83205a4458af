package com.localizevideos.headroom.importer.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import com.localizevideos.headroom.account.Account;
import com.localizevideos.headroom.account.AccountRequest;
import com.localizevideos.headroom.account.PlanCode;

/** Builds the full {@code PUT} body of a stored account with some fields replaced, and tells whether it changes anything. */
final class AccountRequests {

    private AccountRequests() {
    }

    /** The stored account with the master data an accounts export owns replaced. */
    static AccountRequest withMasterData(Account a, String name, LocalDate billingCycleStart, String region,
                                         String segment) {
        return new AccountRequest(name, a.getPlan(), a.getSeatsLicensed(), a.getArr(), billingCycleStart,
                a.getRenewalDate(), a.getFiscalYearStartMonth(), region, segment, a.isStrategic(),
                a.isDoNotContact(), a.isInDunning(), a.getOwner());
    }

    /** The stored account with the contract fields a subscriptions export owns replaced. */
    static AccountRequest withContract(Account a, PlanCode plan, int seats, BigDecimal arr, LocalDate renewalDate) {
        return new AccountRequest(a.getName(), plan, seats, arr, a.getBillingCycleStart(), renewalDate,
                a.getFiscalYearStartMonth(), a.getRegion(), a.getSegment(), a.isStrategic(), a.isDoNotContact(),
                a.isInDunning(), a.getOwner());
    }

    /** True when {@code request} would store exactly what {@code a} holds. */
    static boolean unchanged(Account a, AccountRequest r) {
        return Objects.equals(a.getName(), r.name()) && a.getPlan() == r.plan()
                && a.getSeatsLicensed() == r.seatsLicensed() && a.getArr().compareTo(r.arr()) == 0
                && Objects.equals(a.getBillingCycleStart(), r.billingCycleStart())
                && Objects.equals(a.getRenewalDate(), r.renewalDate())
                && Objects.equals(a.getFiscalYearStartMonth(), r.fiscalYearStartMonth())
                && Objects.equals(a.getRegion(), r.region()) && Objects.equals(a.getSegment(), r.segment())
                && a.isStrategic() == Boolean.TRUE.equals(r.strategic())
                && a.isDoNotContact() == Boolean.TRUE.equals(r.doNotContact())
                && a.isInDunning() == Boolean.TRUE.equals(r.inDunning())
                && Objects.equals(a.getOwner(), r.owner());
    }
}
