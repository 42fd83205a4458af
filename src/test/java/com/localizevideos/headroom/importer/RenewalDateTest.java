package com.localizevideos.headroom.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.account.PlanCode;
import com.localizevideos.headroom.importer.mapping.SubscriptionRow.BillingFrequency;
import com.localizevideos.headroom.importer.store.SubscriptionRepository.Current;

class RenewalDateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static Current current(LocalDate start, LocalDate end, BillingFrequency frequency, boolean active) {
        return new Current("a", PlanCode.PRO, 5, new BigDecimal("1200.00"), start, end, frequency, active);
    }

    @Test
    void anAnnualSubscriptionRenewsOnTheNextAnniversaryOfItsStart() {
        assertEquals(LocalDate.of(2026, 12, 27),
                current(LocalDate.of(2024, 12, 27), null, BillingFrequency.ANNUAL, true).renewalDate(TODAY));
        assertEquals(LocalDate.of(2027, 3, 1),
                current(LocalDate.of(2023, 3, 1), null, BillingFrequency.ANNUAL, true).renewalDate(TODAY));
        assertEquals(TODAY, current(LocalDate.of(2020, 12, 4), null, BillingFrequency.ANNUAL, true).renewalDate(TODAY));
        assertEquals(LocalDate.of(2027, 6, 1),
                current(LocalDate.of(2026, 6, 1), null, BillingFrequency.ANNUAL, true).renewalDate(TODAY));
    }

    @Test
    void anEndDateAheadIsTheRenewalAndMonthlyOrEndedSubscriptionsHaveNone() {
        assertEquals(LocalDate.of(2027, 2, 1), current(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 2, 1),
                BillingFrequency.MONTHLY, true).renewalDate(TODAY));
        assertNull(current(LocalDate.of(2024, 1, 1), null, BillingFrequency.MONTHLY, true).renewalDate(TODAY));
        Current ended = current(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 1), BillingFrequency.ANNUAL, false);
        assertNull(ended.renewalDate(TODAY));
        assertEquals(0, ended.currentArr().signum());
    }
}
