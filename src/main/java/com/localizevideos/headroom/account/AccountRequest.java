package com.localizevideos.headroom.account;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/v1/accounts/{accountId}}: the full master data (Contract v1); absent flags mean false. */
public record AccountRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull PlanCode plan,
        @NotNull @PositiveOrZero Integer seatsLicensed,
        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal arr,
        @NotNull LocalDate billingCycleStart,
        LocalDate renewalDate,
        @Min(1) @Max(12) Integer fiscalYearStartMonth,
        @Size(max = 64) String region,
        @Size(max = 64) String segment,
        Boolean strategic,
        Boolean doNotContact,
        Boolean inDunning,
        @Size(max = 200) String owner) {

    /** Copies this master data onto {@code account}. */
    void applyTo(Account account) {
        account.setName(name);
        account.setPlan(plan);
        account.setSeatsLicensed(seatsLicensed);
        account.setArr(arr);
        account.setBillingCycleStart(billingCycleStart);
        account.setRenewalDate(renewalDate);
        account.setFiscalYearStartMonth(fiscalYearStartMonth);
        account.setRegion(region);
        account.setSegment(segment);
        account.setStrategic(Boolean.TRUE.equals(strategic));
        account.setDoNotContact(Boolean.TRUE.equals(doNotContact));
        account.setInDunning(Boolean.TRUE.equals(inDunning));
        account.setOwner(owner);
    }
}
