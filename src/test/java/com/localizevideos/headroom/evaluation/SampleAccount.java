package com.localizevideos.headroom.evaluation;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.restassured.http.ContentType;

/**
 * A BUSINESS account built through the public API: near its minutes quota on day 24 of its cycle, seats up 60% in
 * 90 days, active every day — and one big observation after the evaluation instant that must not count.
 */
public final class SampleAccount {
    /** The evaluation instant the scenario is built around: day 24 of the November cycle. */
    public static final String AS_OF = "2026-11-24T12:00:00Z";

    private final String id = "eval-" + UUID.randomUUID();
    private final List<String> observations = new ArrayList<>();

    public static SampleAccount nearQuota() {
        return nearQuota(true);
    }

    /** The same account; {@code laterEvents} adds the observations dated after {@link #AS_OF}. */
    public static SampleAccount nearQuota(boolean laterEvents) {
        SampleAccount a = new SampleAccount();
        a.put("""
                {"name": "Northwind Media", "plan": "BUSINESS", "seatsLicensed": 20, "arr": 9588,
                 "billingCycleStart": "2026-10-01", "renewalDate": "2027-09-30", "region": "EMEA",
                 "segment": "mid-market", "strategic": false, "doNotContact": false, "inDunning": false,
                 "owner": "csm.anna"}
                """);
        for (LocalDate d = LocalDate.of(2026, 11, 1); !d.isAfter(LocalDate.of(2026, 11, 24)); d = d.plusDays(1)) {
            a.observe("video_minutes", null, 59.375, d + "T10:00:00Z");
        }
        for (LocalDate d = LocalDate.of(2026, 10, 20); !d.isAfter(LocalDate.of(2026, 11, 24)); d = d.plusDays(1)) {
            a.observe("active_users", null, 6, d + "T09:00:00Z");
        }
        a.observe("seats_used", null, 10, "2026-08-20T08:00:00Z");
        a.observe("seats_used", null, 16, "2026-11-20T08:00:00Z");
        a.observe("languages_used", null, 12, "2026-11-20T08:00:00Z");
        if (laterEvents) {
            // After asOf: would push minutes far over quota if the snapshot leaked the future.
            a.observe("video_minutes", null, 5000, "2026-11-25T10:00:00Z");
            a.observe("ticket_opened", "sev1", 1, "2026-11-26T10:00:00Z");
        }
        a.send();
        return a;
    }

    public String id() {
        return id;
    }

    public void put(String body) {
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/accounts/" + id).then().statusCode(
                org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }

    public void observe(String metric, String dimension, double value, String observedAt) {
        observations.add(String.format(Locale.US,
                "{\"id\":\"%s\",\"accountId\":\"%s\",\"metric\":\"%s\",%s\"value\":%s,\"observedAt\":\"%s\"}",
                UUID.randomUUID(), id, metric, dimension == null ? "" : "\"dimension\":\"" + dimension + "\",",
                value, observedAt));
    }

    public void send() {
        if (observations.isEmpty()) {
            return;
        }
        // The test profile caps batches at 50 items.
        for (int from = 0; from < observations.size(); from += 50) {
            List<String> chunk = observations.subList(from, Math.min(observations.size(), from + 50));
            given().contentType(ContentType.JSON).body("{\"observations\":[" + String.join(",", chunk) + "]}")
                    .when().post("/api/v1/observations").then().statusCode(200)
                    .body("accepted", org.hamcrest.Matchers.equalTo(chunk.size()));
        }
        observations.clear();
    }

    /** POSTs an evaluation as of {@code asOf} and checks it was created. */
    public io.restassured.response.Response evaluate(String asOf) {
        io.restassured.response.Response r = given().contentType(ContentType.JSON).body(evaluationBody(asOf))
                .post("/api/v1/evaluations");
        r.then().statusCode(201);
        return r;
    }

    public String evaluationBody(String asOf) {
        return asOf == null ? "{\"accountId\":\"" + id + "\"}"
                : "{\"accountId\":\"" + id + "\",\"asOf\":\"" + asOf + "\"}";
    }

    static String day(LocalDate d) {
        return d.atStartOfDay().atOffset(ZoneOffset.UTC).toString();
    }
}
