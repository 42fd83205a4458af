package com.localizevideos.headroom.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Signal;
import com.localizevideos.headroom.fact.SignalCode;
import org.junit.jupiter.api.Test;

/**
 * rules/signals.drl, the twelve catalog signals beyond the first seven: each fires at or just past its documented
 * threshold with an exact strength and evidence, stays quiet just short of it, and handles the edges its comment
 * implies. Strength is Scale.strength(v, atHalf, atFull) = 0.5 + 0.5 (v - atHalf) / (atFull - atHalf), clamped to
 * 0..1 and rounded to two decimals. Every account starts as ShippedRules.quietProAccount(), which raises nothing.
 */
class CatalogSignalRulesTest {

    // HIGH_FREQUENCY_WORKFLOW: top workflow >= 20 runs a week over 4 weeks; 20 -> 0.5, 60 -> 1.0.

    @Test
    void topWorkflowJustOverTwentyRunsAWeekIsHighFrequencyWorkflow() {
        AccountSnapshot s = quiet();
        s.setTopWorkflow("batch_localisation");
        s.setTopWorkflowRunsPerWeek(24); // 0.5 + 0.5 * 4 / 40 = 0.55

        Signal signal = onlySignal(s, SignalCode.HIGH_FREQUENCY_WORKFLOW);

        assertEquals(0.55, signal.getStrength());
        assertEquals("Workflow 'batch_localisation' ran 24 times a week over the last 4 weeks", signal.getEvidence());
    }

    @Test
    void topWorkflowJustUnderTwentyRunsAWeekIsNotHighFrequencyWorkflow() {
        AccountSnapshot s = quiet();
        s.setTopWorkflow("batch_localisation");
        s.setTopWorkflowRunsPerWeek(19.75); // 79 runs in 4 weeks

        assertNotRaised(s, SignalCode.HIGH_FREQUENCY_WORKFLOW);
    }

    @Test
    void sixtyRunsAWeekIsHighFrequencyWorkflowAtFullStrength() {
        AccountSnapshot s = quiet();
        s.setTopWorkflow("api_jobs");
        s.setTopWorkflowRunsPerWeek(75); // past 60: clamped

        assertEquals(1.0, onlySignal(s, SignalCode.HIGH_FREQUENCY_WORKFLOW).getStrength());
    }

    // ADVANCED_FEATURE_ADOPTION: >= 2 of the 5 advanced features in 30 days; 2 -> 0.5, 4 -> 1.0.

    @Test
    void twoAdvancedFeaturesInThirtyDaysAreAdvancedFeatureAdoption() {
        AccountSnapshot s = quiet();
        s.setAdvancedFeatures30d(List.of("glossary", "voice_cloning"));

        Signal signal = onlySignal(s, SignalCode.ADVANCED_FEATURE_ADOPTION);

        assertEquals(0.5, signal.getStrength());
        assertEquals("2 advanced features used in the last 30 days: glossary, voice_cloning", signal.getEvidence());
    }

    @Test
    void threeAdvancedFeaturesAreStrongerAdoption() {
        AccountSnapshot s = quiet();
        s.setAdvancedFeatures30d(List.of("api", "glossary", "lip_sync")); // 0.5 + 0.5 * 1 / 2 = 0.75

        assertEquals(0.75, onlySignal(s, SignalCode.ADVANCED_FEATURE_ADOPTION).getStrength());
    }

    @Test
    void oneAdvancedFeatureIsNotAdvancedFeatureAdoption() {
        AccountSnapshot s = quiet();
        s.setAdvancedFeatures30d(List.of("voice_cloning"));

        assertNotRaised(s, SignalCode.ADVANCED_FEATURE_ADOPTION);
    }

    // WORKAROUND_BEHAVIOR: >= 3 workarounds in 30 days; 3 -> 0.5, 15 -> 1.0.

    @Test
    void threeWorkaroundsInThirtyDaysAreWorkaroundBehavior() {
        AccountSnapshot s = quiet();
        s.setWorkarounds30d(3);
        s.setWorkaroundBreakdown("split_upload x2, retry_after_throttle x1");

        Signal signal = onlySignal(s, SignalCode.WORKAROUND_BEHAVIOR);

        assertEquals(0.5, signal.getStrength());
        assertEquals("3 workarounds of plan limits in the last 30 days (split_upload x2, retry_after_throttle x1)",
                signal.getEvidence());
    }

    @Test
    void nineWorkaroundsAreHalfWayToFullStrength() {
        AccountSnapshot s = quiet();
        s.setWorkarounds30d(9); // 0.5 + 0.5 * 6 / 12 = 0.75
        s.setWorkaroundBreakdown("manual_reimport x9");

        assertEquals(0.75, onlySignal(s, SignalCode.WORKAROUND_BEHAVIOR).getStrength());
    }

    @Test
    void twoWorkaroundsAreNotWorkaroundBehavior() {
        AccountSnapshot s = quiet();
        s.setWorkarounds30d(2);
        s.setWorkaroundBreakdown("split_upload x2");

        assertNotRaised(s, SignalCode.WORKAROUND_BEHAVIOR);
    }

    // STORAGE_OR_PROCESSING_GROWTH: storage +25% in 90 days or render hours +25% on the 30 days before, the larger
    // counts; +25% -> 0.5, +100% -> 1.0.

    @Test
    void storageUpJustOverAQuarterInNinetyDaysIsStorageGrowth() {
        AccountSnapshot s = quiet();
        s.setStorageGb90dAgo(200.0);
        s.setStorageGb(254.0); // +27% -> 0.5 + 0.5 * 0.02 / 0.75 = 0.513

        Signal signal = onlySignal(s, SignalCode.STORAGE_OR_PROCESSING_GROWTH);

        assertEquals(0.51, signal.getStrength());
        assertEquals("storage 254 GB (+27% in 90 days); no render hours in the 30 days before", signal.getEvidence());
    }

    @Test
    void storageUpJustUnderAQuarterIsNotStorageGrowth() {
        AccountSnapshot s = quiet();
        s.setStorageGb90dAgo(200.0);
        s.setStorageGb(246.0); // +23%

        assertNotRaised(s, SignalCode.STORAGE_OR_PROCESSING_GROWTH);
    }

    @Test
    void renderHoursUpAQuarterOnThePreviousThirtyDaysIsProcessingGrowth() {
        AccountSnapshot s = quiet();
        s.setStorageGb90dAgo(100.0);
        s.setStorageGb(100.0);
        s.setRenderHoursPrev30d(40);
        s.setRenderHours30d(50); // +25% exactly: the threshold itself fires

        Signal signal = onlySignal(s, SignalCode.STORAGE_OR_PROCESSING_GROWTH);

        assertEquals(0.5, signal.getStrength());
        assertEquals("storage 100 GB (+0% in 90 days); 50 render hours in 30 days (+25% on the 30 before)",
                signal.getEvidence());
    }

    @Test
    void renderHoursUpJustUnderAQuarterIsNotProcessingGrowth() {
        AccountSnapshot s = quiet();
        s.setRenderHoursPrev30d(40);
        s.setRenderHours30d(49); // +22.5%

        assertNotRaised(s, SignalCode.STORAGE_OR_PROCESSING_GROWTH);
    }

    @Test
    void storageUnknownNinetyDaysAgoLeavesRenderGrowthToDecide() {
        AccountSnapshot s = quiet();
        s.setStorageGb(500.0); // first measured within the last 90 days
        s.setRenderHoursPrev30d(40);
        s.setRenderHours30d(60); // +50% -> 0.5 + 0.5 * 0.25 / 0.75 = 0.667

        Signal signal = onlySignal(s, SignalCode.STORAGE_OR_PROCESSING_GROWTH);

        assertEquals(0.67, signal.getStrength());
        assertEquals("storage not observed 90 days ago; 60 render hours in 30 days (+50% on the 30 before)",
                signal.getEvidence());
    }

    @Test
    void renderHoursWithoutABasePeriodLeaveStorageGrowthToDecide() {
        AccountSnapshot s = quiet();
        s.setStorageGb90dAgo(100.0);
        s.setStorageGb(175.0); // +75% -> 0.5 + 0.5 * 0.5 / 0.75 = 0.833
        s.setRenderHours30d(80); // nothing rendered in the 30 days before: no growth rate

        Signal signal = onlySignal(s, SignalCode.STORAGE_OR_PROCESSING_GROWTH);

        assertEquals(0.83, signal.getStrength());
        assertEquals("storage 175 GB (+75% in 90 days); no render hours in the 30 days before", signal.getEvidence());
    }

    @Test
    void theLargerOfStorageAndRenderGrowthSetsTheStrength() {
        AccountSnapshot s = quiet();
        s.setStorageGb90dAgo(100.0);
        s.setStorageGb(130.0); // +30% alone would be 0.53
        s.setRenderHoursPrev30d(20);
        s.setRenderHours30d(40); // +100% -> 1.0

        assertEquals(1.0, onlySignal(s, SignalCode.STORAGE_OR_PROCESSING_GROWTH).getStrength());
    }

    @Test
    void renderGrowthCountsEvenWhileStorageShrinks() {
        AccountSnapshot s = quiet();
        s.setStorageGb90dAgo(400.0);
        s.setStorageGb(200.0); // -50%
        s.setRenderHoursPrev30d(40);
        s.setRenderHours30d(50); // +25%

        Signal signal = onlySignal(s, SignalCode.STORAGE_OR_PROCESSING_GROWTH);

        assertEquals(0.5, signal.getStrength());
        assertEquals("storage 200 GB (-50% in 90 days); 50 render hours in 30 days (+25% on the 30 before)",
                signal.getEvidence());
    }

    @Test
    void neitherStorageNorRenderHistoryIsNoGrowthSignal() {
        AccountSnapshot s = quiet();
        s.setStorageGb(900.0);
        s.setRenderHours30d(300);

        assertNotRaised(s, SignalCode.STORAGE_OR_PROCESSING_GROWTH);
    }

    // ONBOARDING_COMPLETE: >= 4 of the 5 milestones; 4 -> 0.5, 5 -> 1.0.

    @Test
    void fourOfFiveOnboardingMilestonesAreOnboardingComplete() {
        AccountSnapshot s = quiet();
        s.setOnboardingMilestones(List.of("first_video", "first_language", "team_invited", "integration_connected"));

        Signal signal = onlySignal(s, SignalCode.ONBOARDING_COMPLETE);

        assertEquals(0.5, signal.getStrength());
        assertEquals("4 of 5 onboarding milestones reached: first_video, first_language, team_invited, "
                + "integration_connected", signal.getEvidence());
    }

    @Test
    void allFiveOnboardingMilestonesAreOnboardingCompleteAtFullStrength() {
        AccountSnapshot s = quiet();
        s.setOnboardingMilestones(DimensionTotals.MILESTONES);

        assertEquals(1.0, onlySignal(s, SignalCode.ONBOARDING_COMPLETE).getStrength());
    }

    @Test
    void threeOnboardingMilestonesAreNotOnboardingComplete() {
        AccountSnapshot s = quiet();
        s.setOnboardingMilestones(List.of("first_video", "first_language", "glossary_created"));

        assertNotRaised(s, SignalCode.ONBOARDING_COMPLETE);
    }

    // SELF_SERVICE: >= 10 help-centre views plus admin actions in 30 days with <= 1 ticket; 10 -> 0.5, 40 -> 1.0.

    @Test
    void tenSelfServedActsWithOneTicketAreSelfService() {
        AccountSnapshot s = quiet();
        s.setHelpCenterViews30d(6);
        s.setSelfServiceActions30d(4);
        s.setTickets30d(1);

        Signal signal = onlySignal(s, SignalCode.SELF_SERVICE);

        assertEquals(0.5, signal.getStrength());
        assertEquals("6 help-centre views and 4 admin actions without support in 30 days; 1 ticket",
                signal.getEvidence());
    }

    @Test
    void twentyFiveSelfServedActsAreHalfWayToFullStrength() {
        AccountSnapshot s = quiet();
        s.setHelpCenterViews30d(20);
        s.setSelfServiceActions30d(5); // 25 -> 0.5 + 0.5 * 15 / 30 = 0.75

        assertEquals(0.75, onlySignal(s, SignalCode.SELF_SERVICE).getStrength());
    }

    @Test
    void nineSelfServedActsAreNotSelfService() {
        AccountSnapshot s = quiet();
        s.setHelpCenterViews30d(5);
        s.setSelfServiceActions30d(4);

        assertNotRaised(s, SignalCode.SELF_SERVICE);
    }

    @Test
    void twoTicketsInThirtyDaysAreNotSelfServiceHoweverMuchHelpIsRead() {
        AccountSnapshot s = quiet();
        s.setHelpCenterViews30d(40);
        s.setSelfServiceActions30d(10);
        s.setTickets30d(2);

        assertNotRaised(s, SignalCode.SELF_SERVICE);
    }

    // BUDGET_CYCLE_ALIGNED: fiscal-year start within 60 days; 60 days -> 0.5, today -> 1.0.

    @Test
    void fiscalYearStartJustInsideSixtyDaysIsBudgetCycleAligned() {
        AccountSnapshot s = quiet();
        s.setFiscalYearStartMonth(1);
        s.setDaysToFiscalYearStart(59); // 0.5 + 0.5 * 1 / 60 = 0.508

        Signal signal = onlySignal(s, SignalCode.BUDGET_CYCLE_ALIGNED);

        assertEquals(0.51, signal.getStrength());
        assertEquals("The customer's fiscal year starts in 59 days (January); budgets are being set", signal.getEvidence());
    }

    @Test
    void fiscalYearStartSixtyDaysAwayIsBudgetCycleAligned() {
        AccountSnapshot s = quiet();
        s.setFiscalYearStartMonth(1);
        s.setDaysToFiscalYearStart(60);

        assertEquals(0.5, onlySignal(s, SignalCode.BUDGET_CYCLE_ALIGNED).getStrength());
    }

    @Test
    void fiscalYearStartSixtyOneDaysAwayIsNotBudgetCycleAligned() {
        AccountSnapshot s = quiet();
        s.setFiscalYearStartMonth(1);
        s.setDaysToFiscalYearStart(61);

        assertNotRaised(s, SignalCode.BUDGET_CYCLE_ALIGNED);
    }

    @Test
    void fiscalYearStartingTodayIsBudgetCycleAlignedAtFullStrength() {
        AccountSnapshot s = quiet();
        s.setAsOf(LocalDate.of(2027, 4, 1));
        s.setFiscalYearStartMonth(4);
        s.setDaysToFiscalYearStart(FiscalYear.daysToNextStart(s.getAsOf(), 4));

        Signal signal = onlySignal(s, SignalCode.BUDGET_CYCLE_ALIGNED);

        assertEquals(1.0, signal.getStrength());
        assertEquals("The customer's fiscal year starts today (April); budgets are being set", signal.getEvidence());
    }

    @Test
    void unknownFiscalYearIsNotBudgetCycleAligned() {
        AccountSnapshot s = quiet();
        s.setFiscalYearStartMonth(null);
        s.setDaysToFiscalYearStart(null);

        assertNotRaised(s, SignalCode.BUDGET_CYCLE_ALIGNED);
    }

    @Test
    void fiscalYearStartTodayIsZeroDaysAway() {
        assertEquals(0, FiscalYear.daysToNextStart(LocalDate.of(2027, 4, 1), 4));
    }

    @Test
    void dayAfterFiscalYearStartIsAWholeYearLessADayAway() {
        assertEquals(364, FiscalYear.daysToNextStart(LocalDate.of(2026, 4, 2), 4)); // to 2027-04-01
        assertEquals(365, FiscalYear.daysToNextStart(LocalDate.of(2027, 3, 2), 3)); // across 29 February 2028
    }

    @Test
    void fiscalYearStartInJanuaryIsCountedAcrossTheTurnOfTheYear() {
        assertEquals(38, FiscalYear.daysToNextStart(LocalDate.of(2026, 11, 24), 1));
        assertEquals(1, FiscalYear.daysToNextStart(LocalDate.of(2026, 12, 31), 1));
    }

    // PRIOR_EXPANSION_ACCEPTED: >= 1 accepted expansion; 1 -> 0.5, 3 -> 1.0.

    @Test
    void oneAcceptedExpansionIsPriorExpansionAccepted() {
        AccountSnapshot s = quiet();
        s.setPriorExpansionsAccepted(1);

        Signal signal = onlySignal(s, SignalCode.PRIOR_EXPANSION_ACCEPTED);

        assertEquals(0.5, signal.getStrength());
        assertEquals("1 earlier expansion accepted before", signal.getEvidence());
    }

    @Test
    void twoAcceptedExpansionsAreStrongerEvidence() {
        AccountSnapshot s = quiet();
        s.setPriorExpansionsAccepted(2); // 0.5 + 0.5 * 1 / 2 = 0.75

        Signal signal = onlySignal(s, SignalCode.PRIOR_EXPANSION_ACCEPTED);

        assertEquals(0.75, signal.getStrength());
        assertEquals("2 earlier expansions accepted before", signal.getEvidence());
    }

    @Test
    void noAcceptedExpansionIsNotPriorExpansionAccepted() {
        AccountSnapshot s = quiet();
        s.setPriorExpansionsAccepted(0);

        assertNotRaised(s, SignalCode.PRIOR_EXPANSION_ACCEPTED);
    }

    // PRICING_TIER_INEFFICIENCY: overage this cycle >= the monthly step to the next plan; 1x -> 0.5, 2x -> 1.0.

    @Test
    void overageJustOverTheStepToBusinessIsPricingTierInefficiency() {
        AccountSnapshot s = proWithNextPlan();
        s.setOverageUsdThisCycle(660); // 660 / 600 = 1.1 -> 0.5 + 0.5 * 0.1 = 0.55

        Signal signal = onlySignal(s, SignalCode.PRICING_TIER_INEFFICIENCY);

        assertEquals(0.55, signal.getStrength());
        assertEquals("$660 overage billed this cycle; BUSINESS costs $600 a month more than PRO", signal.getEvidence());
    }

    @Test
    void overageEqualToTheStepIsPricingTierInefficiency() {
        AccountSnapshot s = proWithNextPlan();
        s.setOverageUsdThisCycle(600);

        assertEquals(0.5, onlySignal(s, SignalCode.PRICING_TIER_INEFFICIENCY).getStrength());
    }

    @Test
    void overageJustUnderTheStepIsNotPricingTierInefficiency() {
        AccountSnapshot s = proWithNextPlan();
        s.setOverageUsdThisCycle(599);

        assertNotRaised(s, SignalCode.PRICING_TIER_INEFFICIENCY);
    }

    @Test
    void overageAtTheTopPlanIsNeverPricingTierInefficiency() {
        AccountSnapshot s = quiet();
        s.setPlan("ENTERPRISE");
        s.setMinutesQuota(10_000);
        s.setLanguagesLimit(200);
        s.setSeatsLicensed(100);
        s.setNextPlan(null);
        s.setNextTierMonthlyStep(null);
        s.setOverageUsdThisCycle(50_000);

        assertNotRaised(s, SignalCode.PRICING_TIER_INEFFICIENCY);
    }

    // TEAM_GROWTH: >= 3 users invited in 90 days and >= 25% of seats licensed; 25% -> 0.5, 100% -> 1.0.

    @Test
    void invitationsJustOverAQuarterOfSeatsAreTeamGrowth() {
        AccountSnapshot s = quiet();
        s.setSeatsLicensed(10);
        s.setUsersInvited90d(3); // 30% -> 0.5 + 0.5 * 0.05 / 0.75 = 0.533

        Signal signal = onlySignal(s, SignalCode.TEAM_GROWTH);

        assertEquals(0.53, signal.getStrength());
        assertEquals("3 users invited in 90 days (30% of 10 licensed seats)", signal.getEvidence());
    }

    @Test
    void invitationsJustUnderAQuarterOfSeatsAreNotTeamGrowth() {
        AccountSnapshot s = quiet();
        s.setSeatsLicensed(13);
        s.setUsersInvited90d(3); // 23%

        assertNotRaised(s, SignalCode.TEAM_GROWTH);
    }

    @Test
    void twoInvitationsAreNotTeamGrowthEvenOnASmallPlan() {
        AccountSnapshot s = quiet();
        s.setSeatsLicensed(2);
        s.setUsersInvited90d(2); // 100% of seats, but two people

        assertNotRaised(s, SignalCode.TEAM_GROWTH);
    }

    @Test
    void invitingAsManyUsersAsSeatsIsTeamGrowthAtFullStrength() {
        AccountSnapshot s = quiet();
        s.setSeatsLicensed(5);
        s.setUsersInvited90d(5);

        Signal signal = onlySignal(s, SignalCode.TEAM_GROWTH);

        assertEquals(1.0, signal.getStrength());
        assertEquals("5 users invited in 90 days (100% of 5 licensed seats)", signal.getEvidence());
    }

    // NEW_REGION_OR_DEPARTMENT: >= 1 region or department onboarded in 90 days; 1 -> 0.5, 3 -> 1.0.

    @Test
    void oneNewRegionInNinetyDaysIsNewRegionOrDepartment() {
        AccountSnapshot s = quiet();
        s.setNewMarkets90d(List.of("region LATAM"));

        Signal signal = onlySignal(s, SignalCode.NEW_REGION_OR_DEPARTMENT);

        assertEquals(0.5, signal.getStrength());
        assertEquals("Onboarded in the last 90 days: region LATAM", signal.getEvidence());
    }

    @Test
    void aRegionAndADepartmentAreStrongerThanOne() {
        AccountSnapshot s = quiet();
        s.setNewMarkets90d(List.of("region LATAM", "department Legal")); // 0.5 + 0.5 * 1 / 2 = 0.75

        Signal signal = onlySignal(s, SignalCode.NEW_REGION_OR_DEPARTMENT);

        assertEquals(0.75, signal.getStrength());
        assertEquals("Onboarded in the last 90 days: region LATAM, department Legal", signal.getEvidence());
    }

    @Test
    void noNewRegionOrDepartmentIsNoSignal() {
        AccountSnapshot s = quiet();
        s.setNewMarkets90d(List.of());

        assertNotRaised(s, SignalCode.NEW_REGION_OR_DEPARTMENT);
    }

    // ENTERPRISE_COMPLIANCE_INTEREST: >= 2 compliance questions in 90 days; 2 -> 0.5, 6 -> 1.0.

    @Test
    void twoComplianceQuestionsAreEnterpriseComplianceInterest() {
        AccountSnapshot s = quiet();
        s.setComplianceQuestions90d(2);
        s.setComplianceTopics90d(List.of("dpa", "sso"));

        Signal signal = onlySignal(s, SignalCode.ENTERPRISE_COMPLIANCE_INTEREST);

        assertEquals(0.5, signal.getStrength());
        assertEquals("2 compliance questions in 90 days (dpa, sso)", signal.getEvidence());
    }

    @Test
    void fourQuestionsOnOneTopicAreHalfWayToFullStrength() {
        AccountSnapshot s = quiet();
        s.setComplianceQuestions90d(4); // 0.5 + 0.5 * 2 / 4 = 0.75
        s.setComplianceTopics90d(List.of("soc2"));

        Signal signal = onlySignal(s, SignalCode.ENTERPRISE_COMPLIANCE_INTEREST);

        assertEquals(0.75, signal.getStrength());
        assertEquals("4 compliance questions in 90 days (soc2)", signal.getEvidence());
    }

    @Test
    void oneComplianceQuestionIsNotEnterpriseComplianceInterest() {
        AccountSnapshot s = quiet();
        s.setComplianceQuestions90d(1);
        s.setComplianceTopics90d(List.of("sso"));

        assertNotRaised(s, SignalCode.ENTERPRISE_COMPLIANCE_INTEREST);
    }

    /** The quiet PRO account with its catalog neighbour filled in: BUSINESS at $600 a month more. */
    private static AccountSnapshot proWithNextPlan() {
        AccountSnapshot s = quiet();
        s.setNextPlan("BUSINESS");
        s.setNextTierMonthlyStep(600.0);
        return s;
    }

    private static AccountSnapshot quiet() {
        return ShippedRules.quietProAccount();
    }

    /** The account raises exactly this signal, and it is returned. */
    private static Signal onlySignal(AccountSnapshot s, SignalCode code) {
        Decision d = ShippedRules.decide(s);
        assertEquals(List.of(code), d.signals().stream().map(Signal::getCode).toList());
        return d.signals().get(0);
    }

    private static void assertNotRaised(AccountSnapshot s, SignalCode code) {
        Decision d = ShippedRules.decide(s);
        assertFalse(d.signals().stream().anyMatch(x -> x.getCode() == code), () -> code + " raised: " + d.signals());
    }
}
