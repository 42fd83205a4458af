package com.localizevideos.headroom.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.sql.SQLException;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;

/**
 * Every report against {@link ReportFixture}: the expected numbers are worked out by hand in the comments. The
 * fixture lives in a segment of its own and in the first half of 2025, so other tests' data cannot leak in.
 */
@QuarkusTest
class ReportResourceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final double EPS = 1e-9;
    private static final double Z = 1.959963984540054;
    private static ReportFixture fixture;
    /** Numbers as doubles, so rates can be checked to 1e-9. */
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    @Inject
    DataSource dataSource;

    @BeforeEach
    void fixture() throws SQLException {
        synchronized (ReportResourceTest.class) {
            if (fixture == null) {
                fixture = ReportFixture.create(dataSource);
            }
        }
    }

    private ValidatableResponse report(String name, String extra) {
        return given().config(DOUBLES).get("/api/v1/reports/" + name + "?from=2025-01-01&to=2025-07-01&segment=" + fixture.segment
                + extra).then().statusCode(200).contentType(ContentType.JSON);
    }

    @Test
    void conversionBySignalFollowsEachSignalToAcceptedActions() {
        report("conversion-by-signal", "")
                .body("filter.segment", equalTo(fixture.segment))
                .body("filter.from", equalTo("2025-01-01"))
                // APPROACHING_QUOTA: E1 E2 E4 E7 (accounts A1 A2 A4); actions X1 X2 X3, X5 held out;
                // latest responses ACCEPTED, NO_RESPONSE, DECLINED -> 1 of 3 converted.
                .body("signals.find { it.signal == 'APPROACHING_QUOTA' }.evaluations", equalTo(4))
                .body("signals.find { it.signal == 'APPROACHING_QUOTA' }.accounts", equalTo(3))
                .body("signals.find { it.signal == 'APPROACHING_QUOTA' }.actions", equalTo(3))
                .body("signals.find { it.signal == 'APPROACHING_QUOTA' }.heldOutActions", equalTo(1))
                .body("signals.find { it.signal == 'APPROACHING_QUOTA' }.responded", equalTo(3))
                .body("signals.find { it.signal == 'APPROACHING_QUOTA' }.accepted", equalTo(1))
                .body("signals.find { it.signal == 'APPROACHING_QUOTA' }.declined", equalTo(1))
                .body("signals.find { it.signal == 'APPROACHING_QUOTA' }.conversionRate", closeTo(1 / 3.0, EPS))
                // SEAT_GROWTH: E1 E3 E5; actions X1 X2 X4 (X6 held out); X1 and X4 accepted.
                .body("signals.find { it.signal == 'SEAT_GROWTH' }.evaluations", equalTo(3))
                .body("signals.find { it.signal == 'SEAT_GROWTH' }.actions", equalTo(3))
                .body("signals.find { it.signal == 'SEAT_GROWTH' }.heldOutActions", equalTo(1))
                .body("signals.find { it.signal == 'SEAT_GROWTH' }.accepted", equalTo(2))
                .body("signals.find { it.signal == 'SEAT_GROWTH' }.conversionRate", closeTo(2 / 3.0, EPS))
                .body("signals.find { it.signal == 'TEAM_GROWTH' }.conversionRate", closeTo(1.0, EPS))
                // X7 has no response: converted 0 of 1, acceptance undefined.
                .body("signals.find { it.signal == 'CONSISTENT_ACTIVE_USAGE' }.actions", equalTo(1))
                .body("signals.find { it.signal == 'CONSISTENT_ACTIVE_USAGE' }.conversionRate", closeTo(0.0, EPS))
                .body("signals.find { it.signal == 'CONSISTENT_ACTIVE_USAGE' }.acceptanceRate", nullValue())
                .body("signals.find { it.signal == 'SELF_SERVICE' }.evaluations", equalTo(0))
                .body("signals", hasSize(com.localizevideos.headroom.fact.SignalCode.values().length));
    }

    @Test
    void conversionByRuleReadsEachTableRow() {
        report("conversion-by-rule", "&rulesetVersion=" + fixture.version)
                .body("rules", hasSize(4))
                .body("rules[0].rule", equalTo("SalesAssistedUpsellOnCapacity"))
                .body("rules[0].rulesetVersion", equalTo(fixture.version))
                .body("rules[0].file", equalTo("decision-tables/playbooks.drl.xlsx"))
                .body("rules[0].sheet", equalTo("Playbooks"))
                .body("rules[0].row", equalTo(16))
                // X1 (DEFERRED, then ACCEPTED +7,200, helpful 5) and X3 (DECLINED); X5 held out.
                .body("rules[0].actions", equalTo(2))
                .body("rules[0].heldOutActions", equalTo(1))
                .body("rules[0].accepted", equalTo(1))
                .body("rules[0].declined", equalTo(1))
                .body("rules[0].deferred", equalTo(0))
                .body("rules[0].pending", equalTo(0))
                .body("rules[0].acceptanceRate", closeTo(0.5, EPS))
                .body("rules[0].realisedArr", equalTo(7200.0))
                .body("rules[0].meanHelpfulRating", closeTo(5.0, EPS))
                .body("rules.find { it.rule == 'ContractExpansionAtRenewal' }.realisedArr", equalTo(12000.0))
                .body("rules.find { it.rule == 'ContractExpansionAtRenewal' }.heldOutActions", equalTo(1))
                .body("rules.find { it.rule == 'TierComparisonNearQuota' }.noResponse", equalTo(1))
                .body("rules.find { it.rule == 'TierComparisonNearQuota' }.acceptanceRate", closeTo(0.0, EPS))
                .body("rules.find { it.rule == 'TierComparisonNearQuota' }.meanHelpfulRating", closeTo(2.0, EPS))
                .body("rules.find { it.rule == 'EducationalPromptForNewAccounts' }.pending", equalTo(1))
                .body("rules.find { it.rule == 'EducationalPromptForNewAccounts' }.acceptanceRate", nullValue());
        // Filtered to BUSINESS: only A3's and A5's decisions.
        report("conversion-by-rule", "&plan=business")
                .body("rules.rule", contains("ContractExpansionAtRenewal"))
                .body("rules[0].actions", equalTo(1))
                .body("rules[0].heldOutActions", equalTo(1));
    }

    @Test
    void timeToExpansionIsAKaplanMeierCurveFromTheFirstHigh() {
        // First HIGH -> first expansion: A1 10 d, A3 19 d, A4 101 d; A2 (150 d) and A5 (141 d) censored at 2025-07-01.
        // S(10) = 4/5, S(19) = 4/5 * 3/4 = 0.6, S(101) = 0.6 * 2/3 = 0.4 -> median 101 d.
        report("time-to-expansion", "")
                .body("censoredAt", equalTo("2025-07-01T00:00:00Z"))
                .body("all.subjects", equalTo(5))
                .body("all.expansions", equalTo(3))
                .body("all.censored", equalTo(2))
                .body("all.medianDays", closeTo(101.0, EPS))
                .body("all.curve.days", contains(10.0, 19.0, 101.0, 141.0, 150.0))
                .body("all.curve.atRisk", contains(5, 4, 3, 2, 1))
                .body("all.curve.notYetExpanded[1]", closeTo(0.6, EPS))
                .body("all.curve.notYetExpanded[4]", closeTo(0.4, EPS))
                // Treated A1 A2 A3: S(10) = 2/3, S(19) = 1/3 -> median 19. Holdout A4 A5: S(101) = 1/2 -> median 101.
                .body("treated.subjects", equalTo(3))
                .body("treated.medianDays", closeTo(19.0, EPS))
                .body("holdout.subjects", equalTo(2))
                .body("holdout.medianDays", closeTo(101.0, EPS));
        // Until 2025-03-01 only A1, A4, A2 and A5 had a first HIGH; A1 expanded on day 10, the rest are censored.
        given().config(DOUBLES).get("/api/v1/reports/time-to-expansion?from=2025-01-01&to=2025-03-01&segment=" + fixture.segment)
                .then().statusCode(200)
                .body("all.subjects", equalTo(4))
                .body("all.expansions", equalTo(1))
                .body("all.medianDays", nullValue());
    }

    @Test
    void upliftIsTreatedMinusHoldoutWithANewcombeInterval() {
        // Expanded within 90 days of the first HIGH: A1 (PRO, treated) and A3 (BUSINESS, treated);
        // not A2 (PRO, treated), A4 (PRO, holdout: 101 days) or A5 (BUSINESS, holdout).
        report("uplift-by-cohort", "")
                .body("by", equalTo("plan"))
                .body("horizonDays", equalTo(90))
                .body("openWindowsExcluded", equalTo(0))
                .body("overall.treated.trials", equalTo(3))
                .body("overall.treated.successes", equalTo(2))
                .body("overall.holdout.trials", equalTo(2))
                .body("overall.holdout.successes", equalTo(0))
                .body("overall.uplift.difference", closeTo(2 / 3.0, EPS))
                .body("overall.uplift.low", closeTo(newcombeLow(2, 3, 0, 2), 1e-9))
                .body("overall.uplift.high", closeTo(newcombeHigh(2, 3, 0, 2), 1e-9))
                .body("overall.treated.low", closeTo(wilson(2, 3)[0], 1e-9))
                .body("cohorts.cohort", contains("BUSINESS", "PRO"))
                .body("cohorts.find { it.cohort == 'PRO' }.uplift.difference", closeTo(0.5, EPS))
                .body("cohorts.find { it.cohort == 'PRO' }.uplift.low", closeTo(newcombeLow(1, 2, 0, 1), 1e-9))
                .body("cohorts.find { it.cohort == 'BUSINESS' }.uplift.difference", closeTo(1.0, EPS));
        // With 120 days A4's expansion (day 101) counts: PRO holdout 1 of 1, uplift 1/2 - 1 = -1/2.
        report("uplift-by-cohort", "&horizonDays=120")
                .body("cohorts.find { it.cohort == 'PRO' }.holdout.successes", equalTo(1))
                .body("cohorts.find { it.cohort == 'PRO' }.uplift.difference", closeTo(-0.5, EPS));
        // By month of the first HIGH: March has no held-out account, so no uplift there.
        report("uplift-by-cohort", "&by=month")
                .body("cohorts.cohort", contains("2025-01", "2025-02", "2025-03"))
                .body("cohorts.find { it.cohort == '2025-03' }.holdout.trials", equalTo(0))
                .body("cohorts.find { it.cohort == '2025-03' }.uplift.difference", nullValue());
    }

    @Test
    void churnImpactComparesTheNinetyDaysAfterAnOfferWithTheHoldout() {
        // First offers: A1 X1 (accepted), A2 X3 (declined; churned 42 days later), A3 X4 (accepted);
        // held out A4 X5 and A5 X6. CSAT within 90 days: A1 5, A2 2 (treated, mean 3.5); A4 4 (holdout).
        report("churn-impact", "")
                .body("windowDays", equalTo(90))
                .body("treated.accounts", equalTo(3))
                .body("treated.churn.successes", equalTo(1))
                .body("treated.churn.rate", closeTo(1 / 3.0, EPS))
                .body("treated.csatResponses", equalTo(2))
                .body("treated.meanCsat", closeTo(3.5, EPS))
                .body("holdout.accounts", equalTo(2))
                .body("holdout.churn.successes", equalTo(0))
                .body("holdout.meanCsat", closeTo(4.0, EPS))
                .body("excessChurn.difference", closeTo(1 / 3.0, EPS))
                .body("excessChurn.low", closeTo(newcombeLow(1, 3, 0, 2), 1e-9))
                .body("excessChurn.high", closeTo(newcombeHigh(1, 3, 0, 2), 1e-9))
                .body("csatDifference", closeTo(-0.5, EPS))
                // Helpful ratings given in the period: 5, 2 and 4.
                .body("meanHelpfulRating", closeTo(11 / 3.0, EPS))
                .body("treatedByResponse.response", contains("ACCEPTED", "DECLINED"))
                .body("treatedByResponse.find { it.response == 'DECLINED' }.churnRate", closeTo(1.0, EPS))
                .body("treatedByResponse.find { it.response == 'ACCEPTED' }.accounts", equalTo(2))
                .body("treatedByResponse.find { it.response == 'ACCEPTED' }.meanCsat", closeTo(5.0, EPS));
    }

    @Test
    void nrrRebuildsEachMonthsStartingArrFromTheEvents() {
        // ARR on 1 Jan (current ARR minus later deltas; A3's 2024 expansion is before the period and stays in):
        // A1 2,388 A2 2,388 A3 9,588 A4 2,388 A5 9,588 A6 588 = 26,928. January: A1 +7,200.
        // March starts at 34,128: A3 +12,000, A2 churns -2,388. April: A2 is gone (5 customers, 43,740).
        report("nrr", "")
                .body("months.key", contains("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"))
                .body("months[0].customers", equalTo(6))
                .body("months[0].startArr", equalTo(26928.0))
                .body("months[0].expansion", equalTo(7200.0))
                .body("months[0].nrr", closeTo(34128 / 26928.0, 1e-6))
                .body("months[0].grr", closeTo(1.0, 1e-6))
                .body("months[1].nrr", closeTo(1.0, 1e-6))
                .body("months[2].startArr", equalTo(34128.0))
                .body("months[2].churn", equalTo(-2388.0))
                .body("months[2].nrr", closeTo(43740 / 34128.0, 1e-6))
                .body("months[2].grr", closeTo(31740 / 34128.0, 1e-6))
                .body("months[3].customers", equalTo(5))
                .body("months[3].startArr", equalTo(43740.0))
                .body("months[4].nrr", closeTo(53340 / 43740.0, 1e-6))
                .body("months[5].startArr", equalTo(53340.0))
                .body("months[5].contraction", equalTo(-2000.0))
                .body("months[5].nrr", closeTo(51340 / 53340.0, 1e-6))
                // Over the half-year by plan: PRO starts at 7,164 (A1 A2 A4), +7,200 +9,600 -2,388.
                .body("by", equalTo("plan"))
                .body("cohorts.key", containsInAnyOrder("BUSINESS", "PRO", "STARTER"))
                .body("cohorts.find { it.key == 'PRO' }.startArr", equalTo(7164.0))
                .body("cohorts.find { it.key == 'PRO' }.nrr", closeTo(21576 / 7164.0, 1e-6))
                .body("cohorts.find { it.key == 'PRO' }.grr", closeTo(4776 / 7164.0, 1e-6))
                .body("cohorts.find { it.key == 'BUSINESS' }.nrr", closeTo(29176 / 19176.0, 1e-6))
                .body("cohorts.find { it.key == 'STARTER' }.nrr", closeTo(1.0, 1e-6));
        // The test profile holds nobody out, so by holdout cohort every account is TREATED.
        report("nrr", "&by=holdout").body("cohorts.key", contains("TREATED"))
                .body("cohorts[0].startArr", equalTo(26928.0));
    }

    @Test
    void growthEfficiencyIsExpansionArrPerHumanContact() {
        // Human contacts (held out excluded): X1 X3 (CS_LED), X4 (SALES_AND_EXEC) = 3 on A1 A2 A3; prompts X2 X7.
        // Expansions of the period: 7,200 + 12,000 + 9,600 = 28,800 -> 9,600 per contact.
        // Accepted contacts X1 +7,200 and X4 +12,000 = 19,200 -> 6,400 per contact; 3 contacts per yes / 2 = 1.5.
        report("growth-efficiency", "")
                .body("humanContacts", equalTo(3))
                .body("accountsContacted", equalTo(3))
                .body("automatedPrompts", equalTo(2))
                .body("expansionEvents", equalTo(3))
                .body("expansionArr", equalTo(28800.0))
                .body("expansionArrPerHumanContact", equalTo(9600.0))
                .body("acceptedHumanContacts", equalTo(2))
                .body("realisedArrFromHumanContacts", equalTo(19200.0))
                .body("realisedArrPerHumanContact", equalTo(6400.0))
                .body("contactsPerAcceptedExpansion", closeTo(1.5, EPS))
                .body("byChannel.channel", contains("AUTOMATED", "CS_LED", "SALES_AND_EXEC"))
                .body("byChannel.find { it.channel == 'CS_LED' }.realisedArrPerAction", equalTo(3600.0));
    }

    @Test
    void pipelineSumsTheLatestOfferingDecisionsExpectedValue() {
        // Latest decision per account in the period with an offer: A2 (E2, CS_LED, csm.anna, 2,160 of 7,200 at .3) and
        // A3 (E3, SALES_AND_EXEC, sales.emea, 18,000 of 30,000 at .6); A1's latest (E7) started nothing; A6's
        // (E6) no offer; A4 and A5 are held out: 3,600 + 6,000 "would have been" pipeline.
        report("pipeline", "")
                .body("total.accounts", equalTo(2))
                .body("total.arrDelta", equalTo(37200.0))
                .body("total.expectedValue", equalTo(20160.0))
                .body("total.meanProbability", closeTo(0.45, EPS))
                .body("heldOutExpectedValue", equalTo(9600.0))
                .body("byTier.key", contains("HIGH"))
                .body("byChannel.key", contains("SALES_AND_EXEC", "CS_LED"))
                .body("byChannel[1].expectedValue", equalTo(2160.0))
                .body("byOwner.key", contains("sales.emea", "csm.anna"))
                .body("byOwner[0].expectedValue", equalTo(18000.0))
                // Tier and channel together (the overview's stacked bars): both HIGH, one per channel.
                .body("byTierAndChannel", hasSize(2))
                .body("byTierAndChannel.tier", contains("HIGH", "HIGH"))
                .body("byTierAndChannel.channel", contains("SALES_AND_EXEC", "CS_LED"))
                .body("byTierAndChannel[0].accounts", equalTo(1))
                .body("byTierAndChannel[0].arrDelta", equalTo(30000.0))
                .body("byTierAndChannel[0].expectedValue", equalTo(18000.0))
                .body("byTierAndChannel[1].expectedValue", equalTo(2160.0))
                .body("byTierAndChannel[1].meanProbability", closeTo(0.3, EPS));
        // A6's MEDIUM decision started no offer, so STARTER has no pipeline; PRO keeps A2 only.
        report("pipeline", "&plan=STARTER").body("total.accounts", equalTo(0)).body("byTierAndChannel", hasSize(0));
        report("pipeline", "&plan=PRO").body("byTierAndChannel.channel", contains("CS_LED"))
                .body("byTierAndChannel[0].accounts", equalTo(1));
    }

    @Test
    void forecastAccuracySetsEachMonthsExpectedValueAgainstTheExpansionsThatFollowed() {
        // Treated decisions, the latest per account and month: January A1 3,600 -> 7,200 expanded within 90 days;
        // February A2 2,160 and A6 180 -> nothing; March A3 18,000 -> 12,000; April A1 2,880 -> nothing.
        report("forecast-accuracy", "")
                .body("horizonDays", equalTo(90))
                .body("months.month", contains("2025-01", "2025-02", "2025-03", "2025-04"))
                .body("months[0].predicted", equalTo(3600.0))
                .body("months[0].realised", equalTo(7200.0))
                .body("months[0].realisedToPredicted", closeTo(2.0, EPS))
                .body("months[1].accounts", equalTo(2))
                .body("months[1].predicted", equalTo(2340.0))
                .body("months[1].realised", equalTo(0.0))
                .body("months[2].absoluteError", equalTo(6000.0))
                .body("total.accounts", equalTo(5))
                .body("total.predicted", equalTo(26820.0))
                .body("total.realised", equalTo(19200.0))
                .body("total.expandedAccounts", equalTo(2))
                .body("total.realisedToPredicted", closeTo(19200 / 26820.0, 1e-6))
                .body("total.complete", equalTo(true));
    }

    @Test
    void anOutcomeForAHeldOutActionIsRefused() {
        given().contentType(ContentType.JSON).body("{\"response\": \"ACCEPTED\", \"respondedAt\": \"2025-01-25T00:00:00Z\"}")
                .post("/api/v1/actions/" + fixture.actions.get("X5") + "/outcome")
                .then().statusCode(409).contentType(PROBLEM).body("problems.field", hasItem("id"));
    }

    @Test
    void badParametersAreEachNamed() {
        given().get("/api/v1/reports/uplift-by-cohort?from=2025-13-01&plan=GOLD&by=colour&horizonDays=0&segment=" + "s".repeat(65))
                .then().statusCode(400).contentType(PROBLEM)
                .body("problems.field", containsInAnyOrder("from", "plan", "by", "horizonDays", "segment"));
        given().get("/api/v1/reports/nrr?from=2025-07-01&to=2025-01-01&by=month")
                .then().statusCode(400).contentType(PROBLEM)
                .body("problems.field", containsInAnyOrder("from", "by"));
        given().get("/api/v1/reports/conversion-by-signal?to=yesterday")
                .then().statusCode(400).contentType(PROBLEM).body("problems.field", contains("to"));
    }

    @Test
    void everyReportReadsTheSameFilterParameters() {
        for (String report : java.util.List.of("conversion-by-signal", "conversion-by-rule", "time-to-expansion",
                "uplift-by-cohort", "churn-impact", "nrr", "pipeline", "forecast-accuracy", "growth-efficiency")) {
            given().get("/api/v1/reports/" + report + "?from=2025-02-01&to=2025-03-01&plan=pro&segment=smb&region=EMEA")
                    .then().statusCode(200)
                    .body("filter.from", equalTo("2025-02-01"))
                    .body("filter.to", equalTo("2025-03-01"))
                    .body("filter.plan", equalTo("PRO"))
                    .body("filter.segment", equalTo("smb"))
                    .body("filter.region", equalTo("EMEA"));
            given().get("/api/v1/reports/" + report + "?from=2025-02-30&to=someday&plan=GOLD&segment="
                            + "s".repeat(65) + "&region=" + "r".repeat(65))
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("problems.field", contains("to", "from", "plan", "segment", "region"));
        }
    }

    @Test
    void aHelpfulRatingOutsideOneToFiveIsRefused() {
        given().contentType(ContentType.JSON).body("{\"response\": \"ACCEPTED\", \"helpfulRating\": 6}")
                .post("/api/v1/actions/" + fixture.actions.get("X7") + "/outcome")
                .then().statusCode(400).contentType(PROBLEM)
                .body("problems.field", hasItem(org.hamcrest.Matchers.containsString("helpfulRating")));
    }

    /** Wilson score interval at 95 %, written out from the formula. */
    static double[] wilson(int successes, int n) {
        double p = (double) successes / n;
        double denominator = 1 + Z * Z / n;
        double centre = (p + Z * Z / (2.0 * n)) / denominator;
        double half = Z / denominator * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    static double newcombeLow(int s1, int n1, int s2, int n2) {
        double p1 = (double) s1 / n1;
        double p2 = (double) s2 / n2;
        return p1 - p2 - Math.sqrt(Math.pow(p1 - wilson(s1, n1)[0], 2) + Math.pow(wilson(s2, n2)[1] - p2, 2));
    }

    static double newcombeHigh(int s1, int n1, int s2, int n2) {
        double p1 = (double) s1 / n1;
        double p2 = (double) s2 / n2;
        return p1 - p2 + Math.sqrt(Math.pow(wilson(s1, n1)[1] - p1, 2) + Math.pow(p2 - wilson(s2, n2)[0], 2));
    }
}
