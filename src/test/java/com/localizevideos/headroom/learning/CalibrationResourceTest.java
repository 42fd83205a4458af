package com.localizevideos.headroom.learning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Fitting, storing and reading calibrations on a hand-made segment of accounts with recorded outcomes. */
@QuarkusTest
class CalibrationResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    OutcomeFixture fixture;

    @Inject
    TrainingSetBuilder training;

    private static String segment;

    private String segment() {
        if (segment == null) {
            segment = fixture.create();
        }
        return segment;
    }

    private JsonPath fit(String segment) {
        return given().contentType(ContentType.JSON).body("""
                {"from": "%s", "to": "%s", "segment": "%s"}""".formatted(OutcomeFixture.FROM, OutcomeFixture.TO, segment))
                .post("/api/v1/calibrations").then().statusCode(201)
                .header("Location", containsString("/api/v1/calibrations/platt-"))
                .extract().jsonPath();
    }

    @Inject
    CalibrationRefit refit;

    @Test
    void theScheduledRefitStoresAFitAndSkipsWhenOutcomesAreTooFew() {
        CalibrationView fitted = refit.refit(OutcomeFixture.FROM, OutcomeFixture.TO, segment()).orElseThrow();
        assertEquals(CalibrationRefit.PRINCIPAL, fitted.fittedBy());
        given().get("/api/v1/calibrations/" + fitted.version()).then().statusCode(200)
                .body("fittedBy", equalTo(CalibrationRefit.PRINCIPAL));
        assertTrue(refit.refit(OutcomeFixture.FROM, OutcomeFixture.TO, "no-such-segment-" + UUID.randomUUID()).isEmpty());
    }

    @Test
    void thePriorIsStoredAsDocumented() {
        given().get("/api/v1/calibrations/prior-v1").then().statusCode(200)
                .body("method", equalTo("PRIOR_LOGISTIC"))
                .body("parameters.intercept", equalTo(-3.9f))
                .body("parameters.slope", equalTo(0.043f))
                .body("n", equalTo(0))
                .body("activation.reason", equalTo("no calibration fitted on outcomes yet"));
        given().get("/api/v1/calibrations").then().statusCode(200).body("version", hasItem("prior-v1"));
    }

    @Test
    void aFitOnRecordedOutcomesGivesProbabilitiesThatRiseWithTheScore() {
        JsonPath c = fit(segment());
        assertEquals("PLATT_LOGISTIC", c.getString("method"));
        double intercept = c.getDouble("parameters.intercept");
        double slope = c.getDouble("parameters.slope");
        assertTrue(slope > 0, "slope " + slope);
        Calibration calibration = new Calibration("x", "PLATT_LOGISTIC", intercept, slope, null, null);
        for (int score = 1; score <= 100; score++) {
            assertTrue(calibration.probability(score) > calibration.probability(score - 1));
        }
        // 12 accounts x 7 monthly asOf points from 2026-02-04 to 2026-08-03 (each with 90 days of outcomes after it).
        assertEquals(84, c.getInt("n"));
        assertTrue(c.getInt("positives") >= 10, "positives " + c.getInt("positives"));
        assertEquals(segment(), c.getString("segment"));
        assertEquals(OutcomeFixture.TO.toString(), c.getString("trainingTo"));
        assertTrue(c.getDouble("brier") < 0.25);
        assertTrue(c.getList("reliability").size() >= 2);
        assertTrue(c.getString("notes").startsWith("Activated") || c.getString("notes").startsWith("Not activated"));
        // The hot accounts reached HIGH or expanded; the time from a first HIGH tier is recorded for the forecast.
        assertTrue(c.getInt("timeToExpansion.all.subjects") >= 1, c.prettify());
        given().get("/api/v1/calibrations/" + c.getString("version")).then().statusCode(200)
                .body("parameters.slope", equalTo((float) slope));
    }

    @Test
    void trainingPointsOnlyUseWhatWasKnownAtTheirAsOf() {
        TrainingSet set = training.build(OutcomeFixture.FROM, OutcomeFixture.TO, segment());
        assertEquals(7, set.asOfPoints().size());
        assertEquals(Instant.parse("2026-08-03T00:00:00Z"), set.asOfPoints().get(6));
        // hot account 0 expanded on 2026-03-20: labelled at 2026-02-04 and 2026-03-06, not at 2026-04-05 or later
        List<TrainingPoint> hot0 = set.points().stream().filter(p -> p.accountId().equals(segment() + "-0")).toList();
        assertEquals(List.of(true, true, false, false, false, false, false),
                hot0.stream().map(TrainingPoint::expanded90d).toList());
        assertTrue(hot0.get(3).score() > set.points().stream().filter(p -> p.accountId().equals(segment() + "-7"))
                .toList().get(3).score(), "a hot account scores above a cold one");
    }

    @Test
    void anExpansionAfterTheWindowDoesNotChangeTheFit() {
        String own = fixture.create();
        JsonPath before = fit(own);
        fixture.expand(own + "-9", Instant.parse("2026-11-10T12:00:00Z"));
        fixture.expand(own + "-10", OutcomeFixture.TO.plusSeconds(1));
        JsonPath after = fit(own);
        for (String field : List.of("parameters.intercept", "parameters.slope", "n", "positives", "brier")) {
            assertEquals((Object) before.get(field), after.get(field), field);
        }
        assertEquals((Map<?, ?>) before.getMap("timeToExpansion"), after.getMap("timeToExpansion"));
        assertTrue(!before.getString("version").equals(after.getString("version")));
    }

    @Test
    void withoutEnoughOutcomesTheFitIsRefusedAndTheActiveCalibrationStays() {
        String active = activeVersion();
        given().contentType(ContentType.JSON).body("""
                {"from": "2026-02-01T00:00:00Z", "to": "2026-11-01T00:00:00Z", "segment": "nobody-%s"}"""
                        .formatted(UUID.randomUUID()))
                .post("/api/v1/calibrations").then().statusCode(422).contentType(PROBLEM)
                .body("title", equalTo("Not enough recorded outcomes"))
                .body("detail", containsString("0 training points"))
                .body("problems.field", hasItem("from"));
        assertEquals(active, activeVersion());
    }

    @Test
    void aWindowTooShortOrInTheFutureIsA400NamingTheField() {
        given().contentType(ContentType.JSON).body("""
                {"from": "2026-09-01T00:00:00Z", "to": "2026-11-01T00:00:00Z"}""")
                .post("/api/v1/calibrations").then().statusCode(400).contentType(PROBLEM)
                .body("problems.field", hasItems("from"));
        given().contentType(ContentType.JSON).body("""
                {"from": "2026-01-01T00:00:00Z", "to": "2999-01-01T00:00:00Z"}""")
                .post("/api/v1/calibrations").then().statusCode(400).contentType(PROBLEM)
                .body("problems.field", hasItems("to"));
        given().contentType(ContentType.JSON).body("""
                {"from": "yesterday"}""").post("/api/v1/calibrations").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void anUnknownVersionIsA404Problem() {
        given().get("/api/v1/calibrations/platt-nope").then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("platt-nope"));
    }

    private static String activeVersion() {
        return given().get("/api/v1/calibrations").then().statusCode(200).extract().jsonPath()
                .getString("find { it.active }.version");
    }
}
