package com.localizevideos.headroom.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.localizevideos.headroom.fact.AccountSnapshot;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * evaluation/SnapshotQuery on the real PostgreSQL: the figures behind the twelve catalog signals, computed from an
 * account built through the public API, with observations placed on and around each window's edges. Windows are
 * (asOf - N days, asOf]; "90 days ago" is the latest level at or before asOf - 90 days; the billing cycle starts at
 * midnight UTC of its first day. Nothing dated after asOf counts.
 */
@QuarkusTest
class SnapshotQueryTest {
    /** Day 24 of the November cycle; 38 days before the customer's January fiscal-year start. */
    private static final Instant AS_OF = Instant.parse("2026-11-24T12:00:00Z");

    @Inject
    SnapshotQuery snapshots;

    @Inject
    ObjectMapper json;

    @Test
    void topWorkflowIsTheMostRunInTheLastTwentyEightDaysAveragedPerWeek() {
        AccountSnapshot s = snapshotOf(catalogAccount());

        // batch_localisation 100 runs in the window (its 1,000 exactly 28 days back are outside); api_jobs has more
        // runs in all, but only 60 in the window.
        assertEquals("batch_localisation", s.getTopWorkflow());
        assertEquals(25.0, s.getTopWorkflowRunsPerWeek());
    }

    @Test
    void advancedFeaturesAreTheFiveKnownOnesUsedInThirtyDays() {
        AccountSnapshot s = snapshotOf(catalogAccount());

        // lip_sync exactly 30 days back and brand_voice at 45 days are too old; subtitles is no advanced feature.
        assertEquals(List.of("glossary", "voice_cloning"), s.getAdvancedFeatures30d());
    }

    @Test
    void workaroundsInThirtyDaysAreCountedAndBrokenDownByKind() {
        AccountSnapshot s = snapshotOf(catalogAccount());

        assertEquals(5, s.getWorkarounds30d());
        assertEquals("split_upload x3, retry_after_throttle x2", s.getWorkaroundBreakdown());
    }

    @Test
    void storageIsTheLatestLevelNowAndAtOrBeforeNinetyDaysAgo() {
        AccountSnapshot s = snapshotOf(catalogAccount());

        assertEquals(160.0, s.getStorageGb());
        assertEquals(120.0, s.getStorageGb90dAgo()); // measured exactly 90 days back
    }

    @Test
    void renderHoursAreSummedOverTheLastThirtyDaysAndTheThirtyBefore() {
        AccountSnapshot s = snapshotOf(catalogAccount());

        assertEquals(50.0, s.getRenderHours30d());
        assertEquals(40.0, s.getRenderHoursPrev30d()); // includes the 7 h exactly 30 days back, not the 100 h at 60
    }

    @Test
    void onboardingMilestonesAreOnlyTheFiveKnownOnesEverReached() {
        AccountSnapshot s = snapshotOf(catalogAccount());

        assertEquals(List.of("first_video", "first_language", "team_invited", "integration_connected"),
                s.getOnboardingMilestones());
    }

    @Test
    void selfServiceAndTicketsAreCountedOverThirtyDays() {
        AccountSnapshot s = snapshotOf(catalogAccount());

        assertAll(
                () -> assertEquals(8, s.getHelpCenterViews30d()), // includes the view at asOf itself
                () -> assertEquals(4, s.getSelfServiceActions30d()),
                () -> assertEquals(1, s.getTickets30d()));
    }

    @Test
    void strategicFiguresAreCountedOverNinetyDays() {
        AccountSnapshot s = snapshotOf(catalogAccount());

        assertAll(
                () -> assertEquals(3, s.getUsersInvited90d()),
                () -> assertEquals(List.of("region LATAM", "department Legal"), s.getNewMarkets90d()),
                () -> assertEquals(List.of("soc2", "sso"), s.getComplianceTopics90d()),
                () -> assertEquals(3, s.getComplianceQuestions90d()));
    }

    @Test
    void commercialFiguresComeFromTheCycleThePlanCatalogAndTheFiscalCalendar() {
        AccountSnapshot s = snapshotOf(catalogAccount());

        assertAll(
                () -> assertEquals(650.0, s.getOverageUsdThisCycle()), // from midnight on 1 November, inclusive
                () -> assertEquals("BUSINESS", s.getNextPlan()),
                () -> assertEquals(600.0, s.getNextTierMonthlyStep()), // $799 - $199
                () -> assertEquals(1, s.getFiscalYearStartMonth()),
                () -> assertEquals(38, s.getDaysToFiscalYearStart()));
    }

    @Test
    void topPlanHasNoNextPlanToStepUpTo() {
        SampleAccount a = new SampleAccount();
        a.put("""
                {"name": "Globex Pictures", "plan": "ENTERPRISE", "seatsLicensed": 100, "arr": 36000,
                 "billingCycleStart": "2026-01-01"}
                """);

        AccountSnapshot s = snapshotOf(a);

        assertNull(s.getNextPlan());
        assertNull(s.getNextTierMonthlyStep());
        assertNull(s.getDaysToFiscalYearStart());
    }

    @Test
    void acceptedOffersAreCountedUpToAsOfButDeclinesAndAcceptedPromptsAreNot() {
        CatalogAccount account = catalogAccount();

        // The upsell accepted on 20 June and at asOf itself; not the July decline, nor the accepted educational prompt.
        assertEquals(2, snapshotOf(account).getPriorExpansionsAccepted());
        assertEquals(1, snapshots.load(account.sample().id(), Instant.parse("2026-11-24T11:59:59Z")).orElseThrow()
                .getPriorExpansionsAccepted());
    }

    @Test
    void handBuiltAccountRaisesEveryCatalogSignalItsFiguresCross() {
        CatalogAccount account = catalogAccount();

        account.sample().evaluate(AS_OF.toString()).then()
                .body("signals.code", hasItems("HIGH_FREQUENCY_WORKFLOW", "ADVANCED_FEATURE_ADOPTION",
                        "WORKAROUND_BEHAVIOR", "STORAGE_OR_PROCESSING_GROWTH", "ONBOARDING_COMPLETE", "SELF_SERVICE",
                        "BUDGET_CYCLE_ALIGNED", "PRIOR_EXPANSION_ACCEPTED", "PRICING_TIER_INEFFICIENCY", "TEAM_GROWTH",
                        "NEW_REGION_OR_DEPARTMENT", "ENTERPRISE_COMPLIANCE_INTEREST"))
                .body("signals.find { it.code == 'PRICING_TIER_INEFFICIENCY' }.evidence",
                        equalTo("$650 overage billed this cycle; BUSINESS costs $600 a month more than PRO"))
                .body("signals.find { it.code == 'STORAGE_OR_PROCESSING_GROWTH' }.evidence",
                        equalTo("storage 160 GB (+33% in 90 days); 50 render hours in 30 days (+25% on the 30 before)"));
    }

    @Test
    void observationsDatedAfterAsOfChangeNoFigure() {
        CatalogAccount account = catalogAccount();
        Map<String, Object> before = figures(snapshotOf(account));

        account.addLaterEvents();

        Map<String, Object> after = figures(snapshotOf(account));
        assertEquals(before.keySet(), after.keySet());
        assertAll(before.keySet().stream().map(figure ->
                () -> assertEquals(before.get(figure), after.get(figure), figure)));
        // The later events are not inert: a week on, they are seen.
        AccountSnapshot weekLater = snapshots.load(account.sample().id(), Instant.parse("2026-12-01T12:00:00Z"))
                .orElseThrow();
        assertAll(
                () -> assertEquals(999.0, weekLater.getStorageGb()),
                () -> assertEquals(DimensionTotals.MILESTONES, weekLater.getOnboardingMilestones()),
                () -> assertEquals(3, weekLater.getPriorExpansionsAccepted()));
    }

    @Test
    void workaroundsAndComplianceQuestionsWithoutAKindStillCount() {
        SampleAccount a = new SampleAccount();
        a.put("""
                {"name": "Hooli Studio", "plan": "STARTER", "seatsLicensed": 2, "arr": 588,
                 "billingCycleStart": "2026-01-01"}
                """);
        a.observe("workaround", "split_upload", 1, daysBefore(3));
        a.observe("workaround", null, 2, daysBefore(4));
        a.observe("compliance_question", "sso", 1, daysBefore(5));
        a.observe("compliance_question", null, 1, daysBefore(6));
        a.send();

        AccountSnapshot s = snapshotOf(a);

        assertAll(
                () -> assertEquals(3, s.getWorkarounds30d()),
                () -> assertEquals("unspecified x2, split_upload x1", s.getWorkaroundBreakdown()),
                () -> assertEquals(2, s.getComplianceQuestions90d()),
                () -> assertEquals(List.of("sso", "unspecified"), s.getComplianceTopics90d()));
    }

    @Test
    void unknownAccountHasNoSnapshot() {
        assertEquals(java.util.Optional.empty(), snapshots.load("no-such-account", AS_OF));
    }

    private AccountSnapshot snapshotOf(CatalogAccount account) {
        return snapshotOf(account.sample());
    }

    private AccountSnapshot snapshotOf(SampleAccount account) {
        return snapshots.load(account.id(), AS_OF).orElseThrow();
    }

    /** Every getter of the snapshot, derived ones included. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> figures(AccountSnapshot s) {
        return json.convertValue(s, Map.class);
    }

    private static String daysBefore(double days) {
        return AS_OF.minus(Duration.ofMinutes(Math.round(days * 24 * 60))).toString();
    }

    private static CatalogAccount catalogAccount() {
        return new CatalogAccount();
    }

    /**
     * A PRO account (8 seats, cycles from the 1st, fiscal year from January) with observations of every figure
     * the catalog signals read, several of them exactly on a window's edge, a busy June that earned an upsell offer,
     * and the customer's responses to a June prompt and to that offer.
     */
    private static final class CatalogAccount {
        private final SampleAccount a = new SampleAccount();
        private final String offerId;

        CatalogAccount() {
            a.put("""
                    {"name": "Initech Video", "plan": "PRO", "seatsLicensed": 8, "arr": 2388,
                     "billingCycleStart": "2026-01-01", "renewalDate": "2027-06-30", "fiscalYearStartMonth": 1,
                     "region": "NA", "segment": "smb"}
                    """);
            // Workflows: 100 batch runs in the last 28 days, 1,000 exactly 28 days back; api_jobs 60 recent, 2,000 old.
            a.observe("workflow_runs", "batch_localisation", 30, daysBefore(2));
            a.observe("workflow_runs", "batch_localisation", 25, daysBefore(9));
            a.observe("workflow_runs", "batch_localisation", 25, daysBefore(16));
            a.observe("workflow_runs", "batch_localisation", 20, daysBefore(27));
            a.observe("workflow_runs", "batch_localisation", 1000, daysBefore(28));
            a.observe("workflow_runs", "api_jobs", 60, daysBefore(5));
            a.observe("workflow_runs", "api_jobs", 2000, daysBefore(40));
            // Features.
            a.observe("feature_use", "voice_cloning", 3, daysBefore(1));
            a.observe("feature_use", "glossary", 1, daysBefore(29));
            a.observe("feature_use", "lip_sync", 5, daysBefore(30));
            a.observe("feature_use", "brand_voice", 2, daysBefore(45));
            a.observe("feature_use", "subtitles", 10, daysBefore(1));
            // Workarounds.
            a.observe("workaround", "split_upload", 2, daysBefore(3));
            a.observe("workaround", "split_upload", 1, daysBefore(20));
            a.observe("workaround", "retry_after_throttle", 2, daysBefore(10));
            a.observe("workaround", "manual_reimport", 4, daysBefore(30));
            // Storage levels.
            a.observe("storage_gb", null, 100, daysBefore(120));
            a.observe("storage_gb", null, 120, daysBefore(90));
            a.observe("storage_gb", null, 140, daysBefore(60));
            a.observe("storage_gb", null, 160, daysBefore(2));
            // Render hours: 50 in the last 30 days, 40 in the 30 before.
            a.observe("render_hours", null, 30, daysBefore(1));
            a.observe("render_hours", null, 20, daysBefore(29));
            a.observe("render_hours", null, 7, daysBefore(30));
            a.observe("render_hours", null, 33, daysBefore(45));
            a.observe("render_hours", null, 100, daysBefore(60));
            a.observe("render_hours", null, 100, daysBefore(75));
            // Onboarding: four known milestones, long ago or recently, and one the catalog does not know.
            a.observe("onboarding", "first_video", 1, daysBefore(200));
            a.observe("onboarding", "first_language", 1, daysBefore(199));
            a.observe("onboarding", "team_invited", 1, daysBefore(150));
            a.observe("onboarding", "integration_connected", 1, daysBefore(20));
            a.observe("onboarding", "watched_tutorial", 1, daysBefore(10));
            // Self-service and tickets.
            a.observe("help_center_view", null, 3, daysBefore(2));
            a.observe("help_center_view", null, 4, daysBefore(12));
            a.observe("help_center_view", null, 1, daysBefore(0));
            a.observe("help_center_view", null, 5, daysBefore(30));
            a.observe("self_service_action", null, 4, daysBefore(5));
            a.observe("self_service_action", null, 6, daysBefore(40));
            a.observe("ticket_opened", "sev3", 1, daysBefore(15));
            a.observe("ticket_opened", "sev3", 2, daysBefore(40));
            // Strategic.
            a.observe("users_invited", null, 2, daysBefore(10));
            a.observe("users_invited", null, 1, daysBefore(89));
            a.observe("users_invited", null, 5, daysBefore(90));
            a.observe("region_added", "LATAM", 1, daysBefore(20));
            a.observe("department_added", "Legal", 1, daysBefore(60));
            a.observe("region_added", "APAC", 1, daysBefore(90));
            a.observe("compliance_question", "sso", 1, daysBefore(10));
            a.observe("compliance_question", "soc2", 2, daysBefore(50));
            a.observe("compliance_question", "dpa", 1, daysBefore(95));
            // Overage: 650 this cycle (the first at its very start), 500 in the last second of October.
            a.observe("overage_usd", null, 250, "2026-11-01T00:00:00Z");
            a.observe("overage_usd", null, 400, "2026-11-20T10:00:00Z");
            a.observe("overage_usd", null, 500, "2026-10-31T23:59:59Z");
            // June: a busy cycle (165 of 300 minutes by day 15, all 10 languages, active every day since 18 May).
            for (int day = 1; day <= 15; day++) {
                a.observe("video_minutes", null, 11, String.format("2026-06-%02dT10:00:00Z", day));
            }
            a.observe("languages_used", null, 10, "2026-06-10T10:00:00Z");
            for (int day = 0; day <= 28; day++) {
                a.observe("active_users", null, 3, Instant.parse("2026-05-18T09:00:00Z")
                        .plus(Duration.ofDays(day)).toString());
            }
            a.send();

            // On 1 June nothing is notable yet: a LOW-tier prompt, which the customer accepts.
            String promptId = a.evaluate("2026-06-01T12:00:00Z").path("actions[0].id");
            respond(promptId, "ACCEPTED", "2026-06-02T09:00:00Z");
            // On 15 June the account is near its quota: an upsell offer, accepted, declined, then accepted at asOf.
            offerId = a.evaluate("2026-06-15T12:00:00Z")
                    .path("actions.find { it.playbook == 'SALES_ASSISTED_UPSELL' }.id");
            respond(offerId, "ACCEPTED", "2026-06-20T09:00:00Z");
            respond(offerId, "DECLINED", "2026-07-01T09:00:00Z");
            respond(offerId, "ACCEPTED", AS_OF.toString());
        }

        SampleAccount sample() {
            return a;
        }

        /** One observation of every metric after asOf (the first a millisecond after), and a later acceptance. */
        void addLaterEvents() {
            String justAfter = AS_OF.plusMillis(1).toString();
            a.observe("video_minutes", null, 5000, justAfter);
            a.observe("languages_used", null, 10, justAfter);
            a.observe("seats_used", null, 8, justAfter);
            a.observe("active_users", null, 8, justAfter);
            a.observe("workflow_runs", "batch_localisation", 500, justAfter);
            a.observe("workflow_runs", "zz_new_workflow", 900, justAfter);
            a.observe("feature_use", "lip_sync", 1, justAfter);
            a.observe("feature_use", "brand_voice", 1, justAfter);
            a.observe("workaround", "manual_reimport", 9, justAfter);
            a.observe("workaround", null, 3, justAfter);
            a.observe("api_calls", null, 1000, justAfter);
            a.observe("api_throttled", null, 100, justAfter);
            a.observe("storage_gb", null, 999, justAfter);
            a.observe("render_hours", null, 500, justAfter);
            a.observe("onboarding", "glossary_created", 1, justAfter);
            a.observe("ticket_opened", "sev1", 3, justAfter);
            a.observe("ticket_resolved", "sev3", 1, justAfter);
            a.observe("csat", null, 1, justAfter);
            a.observe("help_center_view", null, 50, justAfter);
            a.observe("self_service_action", null, 50, justAfter);
            a.observe("users_invited", null, 20, justAfter);
            a.observe("department_added", "Sales", 1, justAfter);
            a.observe("region_added", "APAC", 1, justAfter);
            a.observe("compliance_question", "dpa", 5, justAfter);
            a.observe("compliance_question", null, 2, justAfter);
            a.observe("overage_usd", null, 5000, justAfter);
            a.observe("video_minutes", null, 1000, "2026-11-30T10:00:00Z");
            a.observe("storage_gb", null, 999, "2026-11-30T10:00:00Z");
            a.send();
            respond(offerId, "ACCEPTED", AS_OF.plusSeconds(1).toString());
        }

        private static void respond(String actionId, String response, String respondedAt) {
            given().contentType(ContentType.JSON)
                    .body("{\"response\": \"" + response + "\", \"respondedAt\": \"" + respondedAt + "\"}")
                    .post("/api/v1/actions/" + actionId + "/outcome")
                    .then().statusCode(201);
        }
    }
}
