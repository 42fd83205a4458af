package com.localizevideos.headroom.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.evaluation.Decision;
import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Readiness;
import com.localizevideos.headroom.fact.Signal;
import com.localizevideos.headroom.fact.SignalCode;
import com.localizevideos.headroom.fact.Tier;
import com.localizevideos.headroom.learning.Calibration;

/** Probability, revenue potential and forecast as a pure function of (snapshot, decision, calibration, catalog). */
class ScoringTest {
    /** The catalog as migrations V1 and V8 ship it. */
    static final Catalog CATALOG = new Catalog(Map.of(
            "STARTER", new Catalog.PlanPrice("STARTER", 49, 60, 3, 2, 0),
            "PRO", new Catalog.PlanPrice("PRO", 199, 300, 10, 5, 60),
            "BUSINESS", new Catalog.PlanPrice("BUSINESS", 799, 1500, 30, 20, 300),
            "ENTERPRISE", new Catalog.PlanPrice("ENTERPRISE", 3000, 10000, 200, 100, 1000)),
            Map.of("EXTRA_SEAT", new Catalog.AddOnPrice("EXTRA_SEAT", "Extra seat", 25, "seat"),
                    "LANGUAGE_PACK", new Catalog.AddOnPrice("LANGUAGE_PACK", "Language pack", 49, "5 languages"),
                    "VOICE_CLONING", new Catalog.AddOnPrice("VOICE_CLONING", "Voice cloning", 99, "account"),
                    "LIP_SYNC", new Catalog.AddOnPrice("LIP_SYNC", "Lip-sync", 149, "account"),
                    "API_OVERAGE", new Catalog.AddOnPrice("API_OVERAGE", "API overage", 99, "100 rpm")));
    static final Calibration PRIOR = new Calibration(Calibration.PRIOR_VERSION, "PRIOR_LOGISTIC", -3.9, 0.043, null);
    static final Calibration FITTED = new Calibration("platt-test", "PLATT_LOGISTIC", -4.0, 0.05,
            new Calibration.TimeToExpansion(new Calibration.Median(45.0, 80, 50),
                    Map.of("PRO", new Calibration.Median(33.4, 20, 14), "STARTER", new Calibration.Median(null, 12, 4))));

    static AccountSnapshot snapshot(String plan, int seatsLicensed) {
        AccountSnapshot s = new AccountSnapshot();
        s.setAccountId("a");
        s.setPlan(plan);
        s.setSeatsLicensed(seatsLicensed);
        s.setArr(CATALOG.plans().get(plan).monthlyPrice() * 12);
        s.setAsOf(LocalDate.of(2026, 11, 24));
        s.setCycleDay(24);
        s.setCycleDays(30);
        s.setMinutesQuota(CATALOG.plans().get(plan).minutesQuota());
        s.setLanguagesLimit(CATALOG.plans().get(plan).languagesLimit());
        return s;
    }

    static Decision decision(int score, Tier tier, SignalCode... signals) {
        Readiness r = new Readiness(score);
        r.setTier(tier);
        List<Signal> list = Arrays.stream(signals).map(c -> new Signal(c, 0.8, "evidence")).toList();
        return new Decision("v", list, List.of(), r, List.of(), List.of(), List.of());
    }

    @Test
    void capacityAccountGetsTheRunwayToItsQuota() {
        AccountSnapshot s = snapshot("PRO", 5);
        s.setMinutesUsed(270); // 11.25 a day on day 24: the 300-minute quota is reached in 3 days
        ScoreForecast f = Scoring.score(s, decision(62, Tier.MEDIUM, SignalCode.APPROACHING_QUOTA), FITTED, CATALOG);
        assertEquals("CAPACITY_RUNWAY", f.forecast().method());
        assertEquals(3, f.forecast().daysToExpansion());
        assertTrue(f.forecast().reason().contains("270 of 300 minutes used on day 24 of 30"), f.forecast().reason());
    }

    @Test
    void theEarliestLimitWinsAndAReachedLimitIsZeroDays() {
        AccountSnapshot s = snapshot("PRO", 5);
        s.setMinutesUsed(100);
        s.setSeatsUsed(5);
        ScoreForecast f = Scoring.score(s, decision(55, Tier.MEDIUM, SignalCode.FEATURE_SATURATION), FITTED, CATALOG);
        assertEquals(0, f.forecast().daysToExpansion());
        assertTrue(f.forecast().reason().contains("all 5 licensed seats in use"), f.forecast().reason());
    }

    @Test
    void highAccountWithoutCapacityGetsTheKaplanMeierMedianOfItsPlan() {
        ScoreForecast f = Scoring.score(snapshot("PRO", 5), decision(75, Tier.HIGH, SignalCode.RENEWAL_APPROACHING),
                FITTED, CATALOG);
        assertEquals("KAPLAN_MEIER_MEDIAN", f.forecast().method());
        assertEquals(33, f.forecast().daysToExpansion());
        assertEquals("PRO", f.inputs().timeToExpansionGroup());
        assertEquals(33.4, f.inputs().timeToExpansion().medianDays());
    }

    @Test
    void aPlanWithoutItsOwnMedianFallsBackToAllAccounts() {
        ScoreForecast f = Scoring.score(snapshot("STARTER", 2), decision(75, Tier.HIGH), FITTED, CATALOG);
        assertEquals("KAPLAN_MEIER_MEDIAN", f.forecast().method());
        assertEquals(45, f.forecast().daysToExpansion());
        assertEquals("ALL", f.inputs().timeToExpansionGroup());
    }

    @Test
    void noForecastWithoutOutcomesOrBelowHighSaysWhy() {
        ScoreForecast prior = Scoring.score(snapshot("PRO", 5), decision(75, Tier.HIGH), PRIOR, CATALOG);
        assertEquals("NONE", prior.forecast().method());
        assertNull(prior.forecast().daysToExpansion());
        assertTrue(prior.forecast().reason().contains("prior-v1 has no recorded time"), prior.forecast().reason());
        ScoreForecast medium = Scoring.score(snapshot("PRO", 5), decision(50, Tier.MEDIUM), FITTED, CATALOG);
        assertEquals("NONE", medium.forecast().method());
        assertTrue(medium.forecast().reason().contains("readiness is MEDIUM"), medium.forecast().reason());
    }

    @Test
    void probabilityComesFromTheNamedCalibration() {
        ScoreForecast f = Scoring.score(snapshot("PRO", 5), decision(70, Tier.HIGH), PRIOR, CATALOG);
        assertEquals("prior-v1", f.calibrationVersion());
        assertEquals(1 / (1 + Math.exp(-(-3.9 + 0.043 * 70))), f.probability(), 1e-4);
        assertEquals(f.probability(), f.forecast().upsellLikelihood90d());
        assertEquals(Map.of("intercept", -3.9, "slope", 0.043), f.inputs().calibration());
    }

    @Test
    void revenueAddsTheUpgradeSeatsBeyondTheNextPlanAndAddOnsInUse() {
        AccountSnapshot s = snapshot("PRO", 5);
        s.setMinutesUsed(290);
        s.setSeatsUsed(23);
        s.setAdvancedFeatures30d(List.of("voice_cloning", "glossary"));
        ScoreForecast f = Scoring.score(s, decision(80, Tier.HIGH, SignalCode.APPROACHING_QUOTA), FITTED, CATALOG);
        RevenuePotentialView r = f.revenuePotential();
        // PRO -> BUSINESS $600 a month; 3 seats beyond BUSINESS's 20 at $25; voice cloning $99.
        assertEquals(List.of("UPGRADE", "EXTRA_SEAT", "VOICE_CLONING"),
                r.components().stream().map(RevenuePotentialView.Component::source).toList());
        assertEquals(600 * 12 + 3 * 25 * 12 + 99 * 12, r.arrDelta(), 0.001);
        assertEquals(Math.round(f.probability() * r.arrDelta() * 100) / 100.0, r.expectedValue(), 0.001);
        assertTrue(r.basis().startsWith("PRO to BUSINESS: $600 a month more ($7,200 ARR)"), r.basis());
        assertEquals(Map.of("plan.PRO", 199.0, "plan.BUSINESS", 799.0, "addOn.EXTRA_SEAT", 25.0, "addOn.VOICE_CLONING", 99.0),
                f.inputs().prices());
        assertEquals(List.of("EXTRA_SEAT", "VOICE_CLONING"),
                f.forecast().crossSell().stream().map(ForecastView.CrossSell::addOn).toList());
        assertEquals(f.probability(), f.forecast().crossSell().get(1).likelihood90d(), 1e-9);
    }

    @Test
    void overageAtLeastTheStepMakesTheUpgradeTheCheaperOption() {
        AccountSnapshot s = snapshot("PRO", 5);
        s.setOverageUsdThisCycle(640);
        ScoreForecast f = Scoring.score(s, decision(45, Tier.MEDIUM, SignalCode.PRICING_TIER_INEFFICIENCY), PRIOR, CATALOG);
        assertEquals(7200, f.revenuePotential().arrDelta(), 0.001);
        assertTrue(f.revenuePotential().basis().contains("overage of $640 this cycle is more than the $600 monthly step"),
                f.revenuePotential().basis());
    }

    @Test
    void withoutAnUpgradeTheLimitsAreSoldAsAddOnsAndTopPlanAsContractExpansion() {
        AccountSnapshot s = snapshot("BUSINESS", 20);
        s.setLanguagesUsed(27);
        s.setSeatsUsed(22);
        ScoreForecast f = Scoring.score(s, decision(50, Tier.MEDIUM), PRIOR, CATALOG);
        assertEquals(List.of("EXTRA_SEAT", "LANGUAGE_PACK"), f.revenuePotential().components().stream()
                .map(RevenuePotentialView.Component::source).toList());
        assertEquals(2 * 25 * 12 + 49 * 12, f.revenuePotential().arrDelta(), 0.001);
        assertEquals(0.9 * f.probability(), f.forecast().crossSell().get(1).likelihood90d(), 1e-4);

        AccountSnapshot top = snapshot("ENTERPRISE", 100);
        ScoreForecast e = Scoring.score(top, decision(80, Tier.HIGH), PRIOR, CATALOG);
        assertEquals("CONTRACT_EXPANSION", e.revenuePotential().components().get(0).source());
        assertEquals(Math.round(36000 * 0.15), e.revenuePotential().arrDelta(), 0.001);

        ScoreForecast nothing = Scoring.score(snapshot("PRO", 5), decision(20, Tier.LOW), PRIOR, CATALOG);
        assertEquals(0, nothing.revenuePotential().arrDelta());
        assertEquals(0, nothing.revenuePotential().expectedValue());
        assertTrue(nothing.revenuePotential().basis().startsWith("no limit pressed"));
    }
}
