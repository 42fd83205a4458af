package com.localizevideos.headroom.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Scale;
import com.localizevideos.headroom.fact.SignalCode;
import com.localizevideos.headroom.fact.Tier;
import com.localizevideos.headroom.learning.Calibration;

/**
 * Time to expansion: the capacity runway (days until the usage trend reaches a limit) when a capacity signal fired;
 * otherwise, for a HIGH account, the Kaplan–Meier median time from a first HIGH tier to expansion of similar accounts
 * (same plan, else all) from the calibration; otherwise none, with the reason. No I/O.
 */
final class Forecaster {
    static final String RUNWAY = "CAPACITY_RUNWAY";
    static final String KAPLAN_MEIER = "KAPLAN_MEIER_MEDIAN";
    static final String NONE = "NONE";

    /** Signals that say a limit is near: the runway is computed only when one of them fired. */
    static final Set<SignalCode> CAPACITY = EnumSet.of(SignalCode.APPROACHING_QUOTA, SignalCode.FEATURE_SATURATION,
            SignalCode.SEAT_GROWTH, SignalCode.API_RATE_LIMIT_PRESSURE);

    private Forecaster() {
    }

    /** Days and method, with the reason; {@code group}/{@code median} say which Kaplan–Meier median was used. */
    record Time(Integer days, String method, String reason, String group, Calibration.Median median) {
    }

    private record Runway(int days, String reason) {
    }

    static Time time(AccountSnapshot s, Tier tier, Set<SignalCode> signals, Calibration calibration) {
        boolean capacity = signals.stream().anyMatch(CAPACITY::contains);
        String noRunway = null;
        if (capacity) {
            Runway runway = runways(s).stream().min(Comparator.comparingInt(Runway::days)).orElse(null);
            if (runway != null) {
                return new Time(runway.days(), RUNWAY, runway.reason(), null, null);
            }
            noRunway = "capacity signals fired but no limit is reached at the current pace";
        }
        String prefix = noRunway == null ? "" : noRunway + "; ";
        if (tier != Tier.HIGH) {
            return new Time(null, NONE, prefix + "readiness is " + tier + " and no limit is in sight; the empirical time to"
                    + " expansion counts from a first HIGH tier", null, null);
        }
        Calibration.TimeToExpansion time = calibration.timeToExpansion();
        if (time == null || time.all() == null) {
            return new Time(null, NONE, prefix + "calibration " + calibration.version()
                    + " has no recorded time from a first HIGH tier to expansion yet", null, null);
        }
        Calibration.Median own = time.byPlan() == null ? null : time.byPlan().get(s.getPlan());
        String group = own != null && own.medianDays() != null ? s.getPlan() : "ALL";
        Calibration.Median median = own != null && own.medianDays() != null ? own : time.all();
        if (median.medianDays() == null) {
            return new Time(null, NONE, prefix + Scale.say("fewer than half of the %d accounts that reached HIGH expanded "
                    + "in the calibration's window (%d did): the median time is not reached", median.subjects(),
                    median.events()), group, median);
        }
        int days = (int) Math.round(median.medianDays());
        return new Time(days, KAPLAN_MEIER, prefix + Scale.say("median %d days from a first HIGH tier to expansion over %d %s "
                        + "accounts (%d expanded), calibration %s", days, median.subjects(),
                group.equals("ALL") ? "similar" : group, median.events(), calibration.version()), group, median);
    }

    /** Each limit the usage trend reaches: minutes this cycle, seats at their 90-day growth, languages, the API rate. */
    private static List<Runway> runways(AccountSnapshot s) {
        List<Runway> runways = new ArrayList<>();
        double quota = s.getMinutesQuota();
        if (quota > 0 && s.getCycleDay() > 0 && s.getMinutesUsed() > 0) {
            double pace = s.getMinutesUsed() / s.getCycleDay();
            if (s.getMinutesUsed() >= quota) {
                runways.add(new Runway(0, Scale.say("minutes quota already reached: %,.0f of %,.0f used on day %d",
                        s.getMinutesUsed(), quota, s.getCycleDay())));
            } else {
                int days = (int) Math.ceil((quota - s.getMinutesUsed()) / pace);
                if (days <= s.getCycleDays() - s.getCycleDay()) {
                    runways.add(new Runway(days, Scale.say("%,.0f of %,.0f minutes used on day %d of %d at %,.1f a day: "
                            + "quota reached %s", s.getMinutesUsed(), quota, s.getCycleDay(), s.getCycleDays(), pace,
                            Scale.inDays(days))));
                }
            }
        }
        Integer used = s.getSeatsUsed();
        int licensed = s.getSeatsLicensed();
        if (used != null && licensed > 0) {
            if (used >= licensed) {
                runways.add(new Runway(0, Scale.say("all %d licensed seats in use (%d)", licensed, used)));
            } else if (s.getSeatsUsed90dAgo() != null && used > s.getSeatsUsed90dAgo()) {
                double perDay = (used - s.getSeatsUsed90dAgo()) / 90.0;
                int days = (int) Math.ceil((licensed - used) / perDay);
                if (days <= 365) {
                    runways.add(new Runway(days, Scale.say("seats in use %d to %d in 90 days: all %d licensed seats in use %s",
                            s.getSeatsUsed90dAgo(), used, licensed, Scale.inDays(days))));
                }
            }
        }
        if (s.getLanguagesLimit() > 0 && s.getLanguagesUsed() >= s.getLanguagesLimit()) {
            runways.add(new Runway(0, Scale.say("all %d target languages of the plan used this cycle", s.getLanguagesLimit())));
        }
        if (s.getApiCalls7d() >= 100 && s.getThrottledShare7d() >= 0.02) {
            runways.add(new Runway(0, Scale.say("API rate limit already reached: %.1f%% of calls throttled in 7 days",
                    s.getThrottledShare7d() * 100)));
        }
        return runways;
    }
}
