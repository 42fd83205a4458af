package com.localizevideos.headroom.bench;

import static com.localizevideos.headroom.bench.FiringLog.READINESS;
import static com.localizevideos.headroom.bench.FiringLog.READINESS_TABLE;

import java.util.List;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Factor;
import com.localizevideos.headroom.fact.FactorScore;
import com.localizevideos.headroom.fact.Readiness;
import com.localizevideos.headroom.fact.Signal;
import com.localizevideos.headroom.fact.SignalCode;
import com.localizevideos.headroom.fact.Tier;

/** The readiness workbook (weights, factor rows, tiers) and {@code rules/readiness.drl} in plain Java. */
final class HandCodedReadiness {
    private static final Factor[] FACTORS = Factor.values();
    private static final int[] MAX_POINTS = {30, 30, 15, 15, 10};
    private static final String[] WEIGHT_RULES = {"WeightFeatureUtilization", "WeightCapacityPressure",
        "WeightEngagementConsistency", "WeightSupportStability", "WeightStrategicValue"};

    private final AccountSnapshot account;
    private final Signal[] byCode;
    private final FiringLog log;
    private final int[] best = new int[FACTORS.length];

    private HandCodedReadiness(AccountSnapshot account, Signal[] byCode, FiringLog log) {
        this.account = account;
        this.byCode = byCode;
        this.log = log;
    }

    /** Adds the factor scores in factor order and returns the readiness with its tier. */
    static Readiness score(AccountSnapshot account, Signal[] byCode, List<FactorScore> factors, FiringLog log) {
        return new HandCodedReadiness(account, byCode, log).score(factors);
    }

    private Readiness score(List<FactorScore> factors) {
        for (String weight : WEIGHT_RULES) {
            log.fired(READINESS_TABLE, weight);
        }
        signalRows();
        accountRows();
        int points = 0;
        int max = 0;
        for (Factor factor : FACTORS) {
            int weight = MAX_POINTS[factor.ordinal()];
            FactorScore score = new FactorScore(factor, weight, Math.min(best[factor.ordinal()], weight));
            factors.add(score);
            points += score.getPoints();
            max += weight;
            log.fired(READINESS, "FactorScoreIsBestRowCappedAtWeight");
        }
        Readiness readiness = new Readiness(max <= 0 ? 0 : (int) Math.round(100 * (double) points / max));
        log.fired(READINESS, "ReadinessScoreIsScaledSumOfFactors");
        int s = readiness.getScore();
        if (s >= 0 && s <= 39) {
            tier(readiness, Tier.LOW, READINESS_TABLE, "TierLow");
        } else if (s >= 40 && s <= 69) {
            tier(readiness, Tier.MEDIUM, READINESS_TABLE, "TierMedium");
        } else if (s >= 70 && s <= 100) {
            tier(readiness, Tier.HIGH, READINESS_TABLE, "TierHigh");
        } else {
            tier(readiness, Tier.LOW, READINESS, "ScoreOutsideEveryTierBandIsLow");
        }
        return readiness;
    }

    private void signalRows() {
        Signal saturation = byCode[SignalCode.FEATURE_SATURATION.ordinal()];
        if (saturation != null) {
            if (saturation.getStrength() >= 0.75) {
                row(Factor.FEATURE_UTILIZATION, 30, "FeatureUtilizationSaturated");
            } else if (saturation.getStrength() >= 0) {
                row(Factor.FEATURE_UTILIZATION, 18, "FeatureUtilizationNearlySaturated");
            }
        }
        Signal quota = byCode[SignalCode.APPROACHING_QUOTA.ordinal()];
        if (quota != null) {
            if (quota.getStrength() >= 0.75) {
                row(Factor.CAPACITY_PRESSURE, 30, "CapacityPressureQuotaOverrun");
            } else if (quota.getStrength() >= 0) {
                row(Factor.CAPACITY_PRESSURE, 20, "CapacityPressureQuotaClose");
            }
        }
        if (present(SignalCode.API_RATE_LIMIT_PRESSURE)) {
            row(Factor.CAPACITY_PRESSURE, 22, "CapacityPressureApiThrottling");
        }
        if (present(SignalCode.SEAT_GROWTH)) {
            row(Factor.CAPACITY_PRESSURE, 18, "CapacityPressureSeatGrowth");
        }
        Signal usage = byCode[SignalCode.CONSISTENT_ACTIVE_USAGE.ordinal()];
        if (usage != null) {
            if (usage.getStrength() >= 0.7) {
                row(Factor.ENGAGEMENT_CONSISTENCY, 15, "EngagementConsistencySteady");
            } else if (usage.getStrength() >= 0) {
                row(Factor.ENGAGEMENT_CONSISTENCY, 10, "EngagementConsistencyRegular");
            }
        }
        if (present(SignalCode.REDUCED_SUPPORT_DEPENDENCY)) {
            row(Factor.SUPPORT_STABILITY, 15, "SupportStabilityImproving");
        }
        if (present(SignalCode.RENEWAL_APPROACHING)) {
            row(Factor.STRATEGIC_VALUE, 4, "StrategicValueRenewalWindow");
        }
    }

    private void accountRows() {
        if (account.isStrategic()) {
            row(Factor.STRATEGIC_VALUE, 10, "StrategicValueStrategicAccount");
        }
        if ("ENTERPRISE".equals(account.getPlan())) {
            row(Factor.STRATEGIC_VALUE, 6, "StrategicValueEnterprisePlan");
        }
        if (account.getOpenSevereTickets() <= 0 && account.getTicketsLast90d() <= 2) {
            row(Factor.SUPPORT_STABILITY, 8, "SupportStabilityQuietSupport");
        }
    }

    private boolean present(SignalCode code) {
        Signal signal = byCode[code.ordinal()];
        return signal != null && signal.getStrength() >= 0;
    }

    private void row(Factor factor, int points, String rule) {
        best[factor.ordinal()] = Math.max(best[factor.ordinal()], points);
        log.fired(READINESS_TABLE, rule);
    }

    private void tier(Readiness readiness, Tier tier, String rulePackage, String rule) {
        readiness.setTier(tier);
        log.fired(rulePackage, rule);
    }
}
