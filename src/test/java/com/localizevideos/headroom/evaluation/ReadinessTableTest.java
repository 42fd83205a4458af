package com.localizevideos.headroom.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Factor;
import com.localizevideos.headroom.fact.FactorScore;
import com.localizevideos.headroom.fact.Tier;
import org.junit.jupiter.api.Test;

/**
 * decision-tables/readiness.drl.xlsx with rules/readiness.drl. Weights (max points): FEATURE_UTILIZATION 30,
 * CAPACITY_PRESSURE 30, ENGAGEMENT_CONSISTENCY 15, SUPPORT_STABILITY 15, STRATEGIC_VALUE 10 = 100, so the scaled
 * score 100 * points / 100 equals the sum of factor points. Rows (Readiness sheet):
 * FEATURE_SATURATION >= 0.75 -> 30 else 18; APPROACHING_QUOTA >= 0.75 -> 30 else 20; API_RATE_LIMIT_PRESSURE 22;
 * SEAT_GROWTH 18; CONSISTENT_ACTIVE_USAGE >= 0.7 -> 15 else 10; REDUCED_SUPPORT_DEPENDENCY 15; quiet support
 * (no open sev-1/2, <= 2 tickets in 90 days) 8; RENEWAL_APPROACHING 4; strategic 10; ENTERPRISE plan 6.
 * Tiers: 0-39 LOW, 40-69 MEDIUM, 70-100 HIGH.
 */
class ReadinessTableTest {

    @Test
    void quietAccountScoresZeroAndIsLow() {
        Decision d = ShippedRules.decide(ShippedRules.quietProAccount());

        assertEquals(Map.of(Factor.FEATURE_UTILIZATION, 0, Factor.CAPACITY_PRESSURE, 0, Factor.ENGAGEMENT_CONSISTENCY, 0,
                Factor.SUPPORT_STABILITY, 0, Factor.STRATEGIC_VALUE, 0), points(d));
        assertEquals(0, d.readiness().getScore());
        assertEquals(Tier.LOW, d.readiness().getTier());
    }

    @Test
    void everyFactorCarriesItsWeightFromTheWeightsTable() {
        Decision d = ShippedRules.decide(ShippedRules.quietProAccount());

        Map<Factor, Integer> weights = new TreeMap<>();
        d.factors().forEach(f -> weights.put(f.getFactor(), f.getWeight()));
        assertEquals(Map.of(Factor.FEATURE_UTILIZATION, 30, Factor.CAPACITY_PRESSURE, 30, Factor.ENGAGEMENT_CONSISTENCY, 15,
                Factor.SUPPORT_STABILITY, 15, Factor.STRATEGIC_VALUE, 10), weights);
    }

    @Test
    void saturatedQuotaBoundRegularAccountBeforeRenewalScoresEightyNineAndIsHigh() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setLanguagesUsed(10);    // FEATURE_SATURATION 1.0            -> FeatureUtilizationSaturated  30
        s.setCycleDay(15);
        s.setMinutesUsed(165);     // APPROACHING_QUOTA 330/300 -> 0.83 -> CapacityPressureQuotaOverrun 30
        s.setActiveDaysPerWeek(3.2); // CONSISTENT_ACTIVE_USAGE 0.55    -> EngagementConsistencyRegular 10
        s.setTicketsFirst45d(25);
        s.setTicketsLast45d(14);   // REDUCED_SUPPORT_DEPENDENCY 0.55   -> SupportStabilityImproving    15
        s.setTicketsLast90d(39);
        s.setDaysToRenewal(60);    // RENEWAL_APPROACHING 0.67          -> StrategicValueRenewalWindow   4

        Decision d = ShippedRules.decide(s);

        assertEquals(Map.of(Factor.FEATURE_UTILIZATION, 30, Factor.CAPACITY_PRESSURE, 30, Factor.ENGAGEMENT_CONSISTENCY, 10,
                Factor.SUPPORT_STABILITY, 15, Factor.STRATEGIC_VALUE, 4), points(d));
        assertEquals(89, d.readiness().getScore()); // 30 + 30 + 10 + 15 + 4 = 89 of 100
        assertEquals(Tier.HIGH, d.readiness().getTier());
    }

    @Test
    void weakSaturationAndQuietSupportScoreTheLowerRows() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setLanguagesUsed(8);     // FEATURE_SATURATION 0.5 (< 0.75) -> FeatureUtilizationNearlySaturated 18
        s.setTicketsLast90d(2);
        s.setTicketsFirst45d(1);
        s.setTicketsLast45d(1);    // no open sev-1/2, 2 tickets in 90 days -> SupportStabilityQuietSupport 8
        s.setPlan("ENTERPRISE");   // -> StrategicValueEnterprisePlan 6

        Decision d = ShippedRules.decide(s);

        assertEquals(Map.of(Factor.FEATURE_UTILIZATION, 18, Factor.CAPACITY_PRESSURE, 0, Factor.ENGAGEMENT_CONSISTENCY, 0,
                Factor.SUPPORT_STABILITY, 8, Factor.STRATEGIC_VALUE, 6), points(d));
        assertEquals(32, d.readiness().getScore()); // 18 + 8 + 6 = 32
    }

    @Test
    void bestCapacityRowWinsInsteadOfTheSumOfAllMatchingRows() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setCycleDay(15);
        s.setMinutesUsed(144);     // APPROACHING_QUOTA 288/300 = 0.96 -> 0.6 -> CapacityPressureQuotaClose 20
        s.setApiCalls7d(1000);
        s.setApiThrottled7d(50);   // API_RATE_LIMIT_PRESSURE 5%        -> CapacityPressureApiThrottling 22
        s.setSeatsLicensed(40);
        s.setSeatsUsed90dAgo(25);
        s.setSeatsUsed(31);        // SEAT_GROWTH +24%                  -> CapacityPressureSeatGrowth 18

        Decision d = ShippedRules.decide(s);

        assertEquals(22, points(d).get(Factor.CAPACITY_PRESSURE)); // max(20, 22, 18), not 60
        assertEquals(22, d.readiness().getScore());
        assertEquals(Tier.LOW, d.readiness().getTier());
    }

    @Test
    void strategicEnterpriseAccountScoresItsBestStrategicRowNotBoth() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setPlan("ENTERPRISE");   // StrategicValueEnterprisePlan 6
        s.setStrategic(true);      // StrategicValueStrategicAccount 10
        s.setDaysToRenewal(30);    // StrategicValueRenewalWindow 4

        Decision d = ShippedRules.decide(s);

        assertEquals(10, points(d).get(Factor.STRATEGIC_VALUE)); // max(6, 10, 4), not 20
        assertEquals(10, d.readiness().getScore());
    }

    @Test
    void rowGivingMoreThanItsFactorWeightIsCappedAtTheWeight() {
        var rules = ShippedRules.withExtraDrl("overweight-row.drl", """
                package com.localizevideos.headroom.rules.test;
                import com.localizevideos.headroom.fact.*;
                rule "SupportStabilityOverweightRow"
                when
                    AccountSnapshot()
                then
                    insert(new FactorPoints(Factor.SUPPORT_STABILITY, 40, drools.getRule().getName()));
                end
                """);

        Decision d = ShippedRules.decide(rules, ShippedRules.quietProAccount());

        FactorScore support = d.factors().stream().filter(f -> f.getFactor() == Factor.SUPPORT_STABILITY).findFirst()
                .orElseThrow();
        assertEquals(15, support.getPoints()); // min(40, 15)
        assertEquals(15, support.getWeight());
        assertEquals(15, d.readiness().getScore());
    }

    @Test
    void scoreThirtyNineIsTheTopOfLow() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setCycleDay(15);
        s.setMinutesUsed(144);       // APPROACHING_QUOTA 0.96 of quota -> strength 0.6 -> 20
        s.setActiveDaysPerWeek(4.0); // CONSISTENT_ACTIVE_USAGE 0.75 -> 15
        s.setDaysToRenewal(60);      // RENEWAL_APPROACHING -> 4

        Decision d = ShippedRules.decide(s);

        assertEquals(39, d.readiness().getScore()); // 20 + 15 + 4
        assertEquals(Tier.LOW, d.readiness().getTier());
    }

    @Test
    void scoreFortyIsTheBottomOfMedium() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setCycleDay(15);
        s.setMinutesUsed(165);       // APPROACHING_QUOTA 1.1 of quota -> strength 0.83 -> 30
        s.setActiveDaysPerWeek(3.2); // CONSISTENT_ACTIVE_USAGE 0.55 -> 10

        Decision d = ShippedRules.decide(s);

        assertEquals(40, d.readiness().getScore()); // 30 + 10
        assertEquals(Tier.MEDIUM, d.readiness().getTier());
    }

    @Test
    void scoreSixtyNineIsTheTopOfMedium() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setLanguagesUsed(10);      // FEATURE_SATURATION 1.0 -> 30
        s.setCycleDay(15);
        s.setMinutesUsed(144);       // APPROACHING_QUOTA 0.6 -> 20
        s.setActiveDaysPerWeek(4.0); // CONSISTENT_ACTIVE_USAGE 0.75 -> 15
        s.setDaysToRenewal(60);      // RENEWAL_APPROACHING -> 4

        Decision d = ShippedRules.decide(s);

        assertEquals(69, d.readiness().getScore()); // 30 + 20 + 15 + 4
        assertEquals(Tier.MEDIUM, d.readiness().getTier());
    }

    @Test
    void scoreSeventyIsTheBottomOfHigh() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setLanguagesUsed(10);      // FEATURE_SATURATION 1.0 -> 30
        s.setCycleDay(15);
        s.setMinutesUsed(165);       // APPROACHING_QUOTA 0.83 -> 30
        s.setActiveDaysPerWeek(3.2); // CONSISTENT_ACTIVE_USAGE 0.55 -> 10

        Decision d = ShippedRules.decide(s);

        assertEquals(70, d.readiness().getScore()); // 30 + 30 + 10
        assertEquals(Tier.HIGH, d.readiness().getTier());
    }

    @Test
    void accountTopOfEveryFactorScoresHundred() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setLanguagesUsed(10);      // FEATURE_SATURATION 1.0 -> 30
        s.setCycleDay(15);
        s.setMinutesUsed(165);       // APPROACHING_QUOTA 0.83 -> 30
        s.setActiveDaysPerWeek(4.0); // CONSISTENT_ACTIVE_USAGE 0.75 -> 15
        s.setTicketsFirst45d(25);
        s.setTicketsLast45d(14);     // REDUCED_SUPPORT_DEPENDENCY -> 15
        s.setTicketsLast90d(39);
        s.setStrategic(true);        // -> 10

        Decision d = ShippedRules.decide(s);

        assertEquals(100, d.readiness().getScore());
        assertEquals(Tier.HIGH, d.readiness().getTier());
    }

    private static Map<Factor, Integer> points(Decision d) {
        Map<Factor, Integer> points = new TreeMap<>();
        for (FactorScore f : d.factors()) {
            points.put(f.getFactor(), f.getPoints());
        }
        assertEquals(List.of(Factor.values()), List.copyOf(points.keySet()), "one score per factor");
        return points;
    }
}
