package com.localizevideos.headroom.bench;

import static com.localizevideos.headroom.bench.FiringLog.SIGNALS;

import java.util.List;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Scale;
import com.localizevideos.headroom.fact.Signal;
import com.localizevideos.headroom.fact.SignalCode;

/** {@code rules/signals.drl} in plain Java: the same thresholds, strengths and evidence, in signal-code order. */
final class HandCodedSignals {
    private HandCodedSignals() {
    }

    static void derive(AccountSnapshot a, List<Signal> signals, FiringLog log) {
        if (a.getMaxSaturation() >= 0.8) {
            String seats = a.getSeatsUsed() == null ? ""
                    : Scale.say(" and %d of %d seats", a.getSeatsUsed(), a.getSeatsLicensed());
            signals.add(new Signal(SignalCode.FEATURE_SATURATION, Scale.strength(a.getMaxSaturation(), 0.8, 1.0),
                    Scale.say("%,.0f of %,.0f minutes, %d of %d languages%s used this cycle",
                            a.getMinutesUsed(), a.getMinutesQuota(), a.getLanguagesUsed(), a.getLanguagesLimit(), seats)));
            log.fired(SIGNALS, "FeatureSaturationFromMostUsedLimit");
        }
        if (a.getMinutesQuota() > 0 && a.getCycleDay() >= 5 && a.getProjectedQuotaRatio() >= 0.9) {
            signals.add(new Signal(SignalCode.APPROACHING_QUOTA, Scale.strength(a.getProjectedQuotaRatio(), 0.9, 1.2),
                    Scale.say("%,.0f of %,.0f minutes used on day %d of %d; projected %,.0f (%.0f%% of quota)",
                            a.getMinutesUsed(), a.getMinutesQuota(), a.getCycleDay(), a.getCycleDays(),
                            a.getProjectedMinutes(), 100 * a.getProjectedQuotaRatio())));
            log.fired(SIGNALS, "ApproachingQuotaFromProjectedMinutes");
        }
        if (a.getSeatGrowth90d() >= 0.2) {
            signals.add(new Signal(SignalCode.SEAT_GROWTH, Scale.strength(a.getSeatGrowth90d(), 0.2, 0.6),
                    Scale.say("Seats in use grew from %d to %d (+%.0f%%) in 90 days; %d licensed",
                            a.getSeatsUsed90dAgo(), a.getSeatsUsed(), 100 * a.getSeatGrowth90d(), a.getSeatsLicensed())));
            log.fired(SIGNALS, "SeatGrowthOverNinetyDays");
        }
        if (a.getApiCalls7d() >= 100 && a.getThrottledShare7d() >= 0.02) {
            signals.add(new Signal(SignalCode.API_RATE_LIMIT_PRESSURE, Scale.strength(a.getThrottledShare7d(), 0.02, 0.10),
                    Scale.say("%,.0f of %,.0f API calls (%.1f%%) were answered 429 in the last 7 days",
                            a.getApiThrottled7d(), a.getApiCalls7d(), 100 * a.getThrottledShare7d())));
            log.fired(SIGNALS, "ApiRateLimitPressureFromThrottledShare");
        }
        if (a.getWeeksObserved() >= 4 && a.getActiveDaysPerWeek() >= 3 && a.getActiveDaysStdDev() <= 1.5) {
            signals.add(new Signal(SignalCode.CONSISTENT_ACTIVE_USAGE, Scale.strength(a.getActiveDaysPerWeek(), 3, 5),
                    Scale.say("Active on %.1f days a week over the last 4 weeks (spread %.1f days)",
                            a.getActiveDaysPerWeek(), a.getActiveDaysStdDev())));
            log.fired(SIGNALS, "ConsistentActiveUsageOverFourWeeks");
        }
        if (a.getTicketsFirst45d() >= 2 && a.getSupportReduction() >= 0.4) {
            signals.add(new Signal(SignalCode.REDUCED_SUPPORT_DEPENDENCY, Scale.strength(a.getSupportReduction(), 0.4, 0.8),
                    Scale.say("Tickets per seat fell from %.2f to %.2f (-%.0f%%) between the two halves of the last 90 days",
                            a.getTicketsFirst45d() / (double) a.getSeatBasis(), a.getTicketsLast45d() / (double) a.getSeatBasis(),
                            100 * a.getSupportReduction())));
            log.fired(SIGNALS, "ReducedSupportDependencyOverNinetyDays");
        }
        Integer renewal = a.getDaysToRenewal();
        if (renewal != null && renewal >= 0 && renewal <= 90) {
            signals.add(new Signal(SignalCode.RENEWAL_APPROACHING, Scale.strength(90 - renewal, 0, 90),
                    Scale.say("Renewal in %d days", renewal)));
            log.fired(SIGNALS, "RenewalApproachingWithinNinetyDays");
        }
    }
}
