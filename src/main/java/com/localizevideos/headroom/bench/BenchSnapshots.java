package com.localizevideos.headroom.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Channel;
import com.localizevideos.headroom.fact.Playbook;
import com.localizevideos.headroom.fact.PriorAction;

/** Deterministic pseudo-random account snapshots that spread over every signal threshold, tier, route and guardrail. */
public final class BenchSnapshots {
    private static final String[] PLANS = {"STARTER", "PRO", "BUSINESS", "ENTERPRISE"};
    private static final int[] MINUTES = {60, 300, 1500, 10_000};
    private static final int[] LANGUAGES = {3, 10, 30, 200};
    private static final int[] SEATS = {2, 5, 20, 100};
    private static final double[] ARR_BAND_EDGES = {500, 5_000, 30_000, 150_000};

    private BenchSnapshots() {
    }

    /** {@code count} snapshots; the same seed always gives the same list. */
    public static List<AccountSnapshot> varied(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AccountSnapshot> snapshots = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            snapshots.add(one(random, "bench-" + seed + "-" + i));
        }
        return snapshots;
    }

    private static AccountSnapshot one(SplittableRandom r, String id) {
        AccountSnapshot s = new AccountSnapshot();
        int plan = r.nextInt(PLANS.length);
        s.setAccountId(id);
        s.setName("Account " + id);
        s.setPlan(PLANS[plan]);
        s.setSeatsLicensed(SEATS[plan] + r.nextInt(SEATS[plan] + 1));
        s.setArr(arr(r));
        s.setStrategic(r.nextInt(5) == 0);
        s.setDoNotContact(r.nextInt(10) == 0);
        s.setInDunning(r.nextInt(10) == 0);
        s.setRegion(r.nextBoolean() ? "EMEA" : "AMER"); // AMER is in no owners row: the global sales team
        s.setSegment(r.nextBoolean() ? "smb" : "mid-market");
        s.setAsOf(LocalDate.of(2026, 11, 1).plusDays(r.nextInt(60)));

        s.setCycleDays(28 + r.nextInt(4));
        s.setCycleDay(1 + r.nextInt(s.getCycleDays()));
        s.setMinutesQuota(MINUTES[plan]);
        double pace = 0.3 + 1.2 * r.nextDouble();
        s.setMinutesUsed(round(MINUTES[plan] * pace * s.getCycleDay() / s.getCycleDays()));
        s.setLanguagesLimit(LANGUAGES[plan]);
        s.setLanguagesUsed(r.nextInt(Math.min(LANGUAGES[plan], 30) + 3));
        s.setSeatsUsed(r.nextInt(10) == 0 ? null : r.nextInt(s.getSeatsLicensed() + 4));
        s.setSeatsUsed90dAgo(r.nextInt(7) == 0 ? null : r.nextInt(s.getSeatsLicensed() + 1));
        double calls = r.nextInt(5) < 2 ? 0 : 50 + r.nextInt(5_000);
        s.setApiCalls7d(calls);
        s.setApiThrottled7d(Math.floor(calls * 0.15 * r.nextDouble()));
        s.setDaysToRenewal(r.nextInt(7) == 0 ? null : r.nextInt(430) - 30);
        s.setWeeksObserved(r.nextInt(13));
        s.setActiveDaysPerWeek(round(7 * r.nextDouble()));
        s.setActiveDaysStdDev(round(3 * r.nextDouble()));
        int first = r.nextInt(7);
        int last = r.nextInt(7);
        s.setTicketsFirst45d(first);
        s.setTicketsLast45d(last);
        s.setTicketsLast90d(first + last);
        s.setOpenSevereTickets(r.nextInt(8) == 0 ? 1 + r.nextInt(2) : 0);
        s.setDaysSinceLastDecline(r.nextInt(5) == 0 ? r.nextInt(200) : null);
        triggerFacts(new SplittableRandom(id.hashCode()), s);
        return s;
    }

    /** The trigger's facts (CSM, CSAT, usage trend, actions already started), from their own stream of draws. */
    private static void triggerFacts(SplittableRandom r, AccountSnapshot s) {
        s.setOwner(r.nextInt(4) == 0 ? null : "csm.bench");
        if (r.nextInt(6) == 0) {
            s.setLatestCsat((double) (1 + r.nextInt(5)));
            s.setDaysSinceLatestCsat(r.nextInt(120));
        }
        s.setMinutesPrev30d(r.nextInt(4) == 0 ? 0 : r.nextInt(400));
        s.setMinutes30d(round(s.getMinutesPrev30d() * (0.3 + r.nextDouble())));
        if (r.nextInt(4) == 0) {
            Playbook[] playbooks = Playbook.values();
            Channel[] human = {Channel.CS_LED, Channel.SALES_AND_EXEC, Channel.EXECUTIVE_SPONSOR};
            List<PriorAction> prior = new ArrayList<>();
            for (int i = 1 + r.nextInt(2); i > 0; i--) {
                prior.add(new PriorAction(playbooks[r.nextInt(playbooks.length)], human[r.nextInt(human.length)],
                        r.nextInt(100)));
            }
            s.setRecentActions(prior);
        }
    }

    /** Mostly inside one of the routing table's ARR bands, sometimes exactly on a band edge. */
    private static double arr(SplittableRandom r) {
        int band = r.nextInt(ARR_BAND_EDGES.length - 1);
        if (r.nextInt(10) == 0) {
            return ARR_BAND_EDGES[band + 1];
        }
        double low = ARR_BAND_EDGES[band];
        return round(low + (ARR_BAND_EDGES[band + 1] - low) * r.nextDouble());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
