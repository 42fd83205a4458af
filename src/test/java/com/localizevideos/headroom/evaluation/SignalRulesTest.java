package com.localizevideos.headroom.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Signal;
import com.localizevideos.headroom.fact.SignalCode;
import org.junit.jupiter.api.Test;

/**
 * rules/signals.drl: each signal fires just past its documented threshold with an exact strength and readable
 * evidence, and stays quiet just short of it. Strength is Scale.strength(v, atHalf, atFull) = 0.5 + 0.5 (v - atHalf)
 * / (atFull - atHalf), rounded to two decimals.
 */
class SignalRulesTest {

    @Test
    void quietAccountRaisesNoSignal() {
        Decision d = ShippedRules.decide(ShippedRules.quietProAccount());

        assertEquals(List.of(), d.signals());
    }

    // APPROACHING_QUOTA: projected minutes / quota >= 0.9 from day 5; strength 0.9 -> 0.5, 1.2 -> 1.0.

    @Test
    void projectedMinutesJustOverNinetyPercentOfQuotaIsApproachingQuota() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setCycleDay(15);
        s.setMinutesUsed(136); // projected 136 * 30 / 15 = 272 of 300 = 0.9067 -> 0.5 + 0.5 * 0.0067 / 0.3 = 0.511

        Signal signal = onlySignal(s, SignalCode.APPROACHING_QUOTA);

        assertEquals(0.51, signal.getStrength());
        assertEquals("136 of 300 minutes used on day 15 of 30; projected 272 (91% of quota)", signal.getEvidence());
    }

    @Test
    void projectedMinutesJustUnderNinetyPercentOfQuotaIsNotApproachingQuota() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setCycleDay(15);
        s.setMinutesUsed(134); // projected 268 of 300 = 0.893

        assertNotRaised(s, SignalCode.APPROACHING_QUOTA);
    }

    @Test
    void businessAccountFarOverQuotaPaceIsApproachingQuotaStrongly() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setPlan("BUSINESS");
        s.setMinutesQuota(1500);
        s.setLanguagesLimit(30);
        s.setSeatsLicensed(20);
        s.setMinutesUsed(1425); // day 24 of 30: projected 1,781.25 = 118.75% -> 0.5 + 0.5 * 0.2875 / 0.3 = 0.979

        Signal signal = raised(ShippedRules.decide(s), SignalCode.APPROACHING_QUOTA);

        assertEquals(0.98, signal.getStrength());
        assertEquals("1,425 of 1,500 minutes used on day 24 of 30; projected 1,781 (119% of quota)", signal.getEvidence());
    }

    @Test
    void quotaIsNotProjectedInTheFirstFourDaysOfTheCycle() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setCycleDay(4);
        s.setMinutesUsed(60); // projected 450 of 300, but only 4 days in

        assertNotRaised(s, SignalCode.APPROACHING_QUOTA);
    }

    // FEATURE_SATURATION: the most used of minutes, languages, seats >= 0.8 of its limit; 0.8 -> 0.5, 1.0 -> 1.0.

    @Test
    void languagesJustOverEightyPercentOfTheLimitAreFeatureSaturation() {
        AccountSnapshot s = businessAccount();
        s.setLanguagesUsed(25); // 25 / 30 = 0.833 -> 0.5 + 0.5 * 0.0333 / 0.2 = 0.583

        Signal signal = onlySignal(s, SignalCode.FEATURE_SATURATION);

        assertEquals(0.58, signal.getStrength());
        assertEquals("600 of 1,500 minutes, 25 of 30 languages and 8 of 20 seats used this cycle", signal.getEvidence());
    }

    @Test
    void featureSaturationEvidenceLeavesOutSeatsNobodyObserved() {
        AccountSnapshot s = businessAccount();
        s.setLanguagesUsed(25);
        s.setSeatsUsed(null);
        s.setSeatsUsed90dAgo(null);

        Signal signal = onlySignal(s, SignalCode.FEATURE_SATURATION);

        assertEquals("600 of 1,500 minutes, 25 of 30 languages used this cycle", signal.getEvidence());
    }

    @Test
    void languagesJustUnderEightyPercentOfTheLimitAreNotFeatureSaturation() {
        AccountSnapshot s = businessAccount();
        s.setLanguagesUsed(23); // 23 / 30 = 0.767

        assertNotRaised(s, SignalCode.FEATURE_SATURATION);
    }

    // SEAT_GROWTH: seats in use up >= 20% over 90 days; +20% -> 0.5, +60% -> 1.0.

    @Test
    void seatsUpJustOverTwentyPercentInNinetyDaysAreSeatGrowth() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setSeatsLicensed(40);
        s.setSeatsUsed90dAgo(25);
        s.setSeatsUsed(31); // +6 / 25 = 0.24 -> 0.5 + 0.5 * 0.04 / 0.4 = 0.55

        Signal signal = onlySignal(s, SignalCode.SEAT_GROWTH);

        assertEquals(0.55, signal.getStrength());
        assertEquals("Seats in use grew from 25 to 31 (+24%) in 90 days; 40 licensed", signal.getEvidence());
    }

    @Test
    void seatsUpJustUnderTwentyPercentInNinetyDaysAreNotSeatGrowth() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setSeatsLicensed(40);
        s.setSeatsUsed90dAgo(25);
        s.setSeatsUsed(29); // +4 / 25 = 0.16

        assertNotRaised(s, SignalCode.SEAT_GROWTH);
    }

    // API_RATE_LIMIT_PRESSURE: >= 100 calls in 7 days and >= 2% answered 429; 2% -> 0.5, 10% -> 1.0.

    @Test
    void justOverTwoPercentOfApiCallsThrottledIsRateLimitPressure() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setApiCalls7d(1000);
        s.setApiThrottled7d(21); // 2.1% -> 0.5 + 0.5 * 0.001 / 0.08 = 0.50625

        Signal signal = onlySignal(s, SignalCode.API_RATE_LIMIT_PRESSURE);

        assertEquals(0.51, signal.getStrength());
        assertEquals("21 of 1,000 API calls (2.1%) were answered 429 in the last 7 days", signal.getEvidence());
    }

    @Test
    void justUnderTwoPercentOfApiCallsThrottledIsNoRateLimitPressure() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setApiCalls7d(1000);
        s.setApiThrottled7d(19); // 1.9%

        assertNotRaised(s, SignalCode.API_RATE_LIMIT_PRESSURE);
    }

    @Test
    void throttlingOnFewerThanAHundredApiCallsIsNoRateLimitPressure() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setApiCalls7d(99);
        s.setApiThrottled7d(10); // 10%, but too few calls to mean anything

        assertNotRaised(s, SignalCode.API_RATE_LIMIT_PRESSURE);
    }

    // RENEWAL_APPROACHING: renewal in 0..90 days; 90 days -> 0.5, today -> 1.0.

    @Test
    void renewalJustInsideNinetyDaysIsRenewalApproaching() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setDaysToRenewal(89); // 0.5 + 0.5 * (90 - 89) / 90 = 0.5056

        Signal signal = onlySignal(s, SignalCode.RENEWAL_APPROACHING);

        assertEquals(0.51, signal.getStrength());
        assertEquals("Renewal in 89 days", signal.getEvidence());
    }

    @Test
    void renewalJustOutsideNinetyDaysIsNotRenewalApproaching() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setDaysToRenewal(91);

        assertNotRaised(s, SignalCode.RENEWAL_APPROACHING);
    }

    @Test
    void renewalDateAlreadyPassedIsNotRenewalApproaching() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setDaysToRenewal(-1);

        assertNotRaised(s, SignalCode.RENEWAL_APPROACHING);
    }

    // CONSISTENT_ACTIVE_USAGE: >= 4 weeks seen, >= 3 active days a week, spread <= 1.5 days; 3 -> 0.5, 5 -> 1.0.

    @Test
    void justOverThreeSteadyActiveDaysAWeekIsConsistentActiveUsage() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setWeeksObserved(4);
        s.setActiveDaysPerWeek(3.2); // 0.5 + 0.5 * 0.2 / 2 = 0.55
        s.setActiveDaysStdDev(1.0);

        Signal signal = onlySignal(s, SignalCode.CONSISTENT_ACTIVE_USAGE);

        assertEquals(0.55, signal.getStrength());
        assertEquals("Active on 3.2 days a week over the last 4 weeks (spread 1.0 days)", signal.getEvidence());
    }

    @Test
    void justUnderThreeActiveDaysAWeekIsNotConsistentActiveUsage() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setActiveDaysPerWeek(2.9);

        assertNotRaised(s, SignalCode.CONSISTENT_ACTIVE_USAGE);
    }

    @Test
    void activeDaysSpreadOverOneAndAHalfDaysIsNotConsistentActiveUsage() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setActiveDaysPerWeek(4.0);
        s.setActiveDaysStdDev(1.6);

        assertNotRaised(s, SignalCode.CONSISTENT_ACTIVE_USAGE);
    }

    @Test
    void fewerThanFourWeeksOfHistoryIsNotConsistentActiveUsage() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setWeeksObserved(3);
        s.setActiveDaysPerWeek(4.0);

        assertNotRaised(s, SignalCode.CONSISTENT_ACTIVE_USAGE);
    }

    // REDUCED_SUPPORT_DEPENDENCY: >= 2 tickets 90-45 days ago and tickets per seat down >= 40%; 40% -> 0.5, 80% -> 1.0.

    @Test
    void ticketsPerSeatDownJustOverFortyPercentIsReducedSupportDependency() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setTicketsFirst45d(25);
        s.setTicketsLast45d(14); // 1 - 14 / 25 = 0.44 -> 0.5 + 0.5 * 0.04 / 0.4 = 0.55
        s.setTicketsLast90d(39);

        Signal signal = onlySignal(s, SignalCode.REDUCED_SUPPORT_DEPENDENCY);

        assertEquals(0.55, signal.getStrength());
        // per seat over the 2 seats in use: 25 / 2 = 12.50 and 14 / 2 = 7.00
        assertEquals("Tickets per seat fell from 12.50 to 7.00 (-44%) between the two halves of the last 90 days",
                signal.getEvidence());
    }

    @Test
    void ticketsPerSeatDownJustUnderFortyPercentIsNotReducedSupportDependency() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setTicketsFirst45d(25);
        s.setTicketsLast45d(16); // 1 - 16 / 25 = 0.36
        s.setTicketsLast90d(41);

        assertNotRaised(s, SignalCode.REDUCED_SUPPORT_DEPENDENCY);
    }

    @Test
    void fallFromASingleTicketIsNotReducedSupportDependency() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setTicketsFirst45d(1);
        s.setTicketsLast45d(0); // -100%, but one ticket is no trend
        s.setTicketsLast90d(1);

        assertNotRaised(s, SignalCode.REDUCED_SUPPORT_DEPENDENCY);
    }

    /** A mid-cycle BUSINESS account using 600 of 1,500 minutes, 8 of 20 seats and (by default) 3 of 30 languages. */
    private static AccountSnapshot businessAccount() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setPlan("BUSINESS");
        s.setMinutesQuota(1500);
        s.setMinutesUsed(600); // projected 750 = 50% of quota
        s.setLanguagesLimit(30);
        s.setSeatsLicensed(20);
        s.setSeatsUsed(8);
        s.setSeatsUsed90dAgo(8);
        return s;
    }

    /** The account raises exactly this signal, and it is returned. */
    private static Signal onlySignal(AccountSnapshot s, SignalCode code) {
        Decision d = ShippedRules.decide(s);
        assertEquals(List.of(code), d.signals().stream().map(Signal::getCode).toList());
        return d.signals().get(0);
    }

    private static Signal raised(Decision d, SignalCode code) {
        return d.signals().stream().filter(x -> x.getCode() == code).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not raised; signals: " + d.signals()));
    }

    private static void assertNotRaised(AccountSnapshot s, SignalCode code) {
        Decision d = ShippedRules.decide(s);
        assertFalse(d.signals().stream().anyMatch(x -> x.getCode() == code), () -> code + " raised: " + d.signals());
    }
}
