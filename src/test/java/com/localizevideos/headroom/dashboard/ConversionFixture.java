package com.localizevideos.headroom.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Seven BUSINESS accounts in a segment of their own, built only through the public API (accounts, observations,
 * evaluations, outcomes, CSV imports of subscriptions and churn events). Each is near its minutes quota on day 24 of
 * its April 2026 cycle with seats up 60 % in 90 days, so its decision as of {@link #AS_OF} is HIGH and starts offers;
 * the holdout policy of the test profile picks which are held out.
 *
 * <pre>
 * name region cohort   responses to its actions (2026-05-01)               what followed
 * T1   EMEA   treated  first ACCEPTED +12,000 helpful 5, others NO_RESPONSE  EXPANSION 05-10, CSAT 5 on 05-05
 * T2   EMEA   treated  all DECLINED                                         CHURN 06-15, CSAT 2 on 05-20
 * T3   NA     treated  first ACCEPTED +7,200, others DEFERRED               EXPANSION 06-20
 * T4   NA     treated  none                                                 -
 * H1   EMEA   holdout  (nothing delivered)                                  EXPANSION 08-30 (after 90 days)
 * H2   NA     holdout                                                       EXPANSION 05-30
 * H3   EMEA   holdout                                                       CSAT 4 on 05-15
 * </pre>
 */
final class ConversionFixture {
    static final String AS_OF = "2026-04-24T12:00:00Z";
    private static final String SOURCE = "conversion-test";

    final String segment = "conv-" + UUID.randomUUID().toString().substring(0, 8);
    final Map<String, String> accounts = new LinkedHashMap<>();
    final Map<String, JsonPath> decisions = new LinkedHashMap<>();
    private final List<String> observations = new ArrayList<>();

    /** Builds the segment; {@code heldOut} tells which account ids the holdout policy holds out. */
    static ConversionFixture create(Predicate<String> heldOut) {
        ConversionFixture f = new ConversionFixture();
        f.account("T1", "EMEA", false, heldOut);
        f.account("T2", "EMEA", false, heldOut);
        f.account("T3", "NA", false, heldOut);
        f.account("T4", "NA", false, heldOut);
        f.account("H1", "EMEA", true, heldOut);
        f.account("H2", "NA", true, heldOut);
        f.account("H3", "EMEA", true, heldOut);
        f.respond("T1", "ACCEPTED", "12000", 5, "NO_RESPONSE");
        f.respond("T2", "DECLINED", null, null, "DECLINED");
        f.respond("T3", "ACCEPTED", "7200", null, "DEFERRED");
        f.csat("T1", 5, "2026-05-05");
        f.csat("T2", 2, "2026-05-20");
        f.csat("H3", 4, "2026-05-15");
        f.send();
        f.upgrades(Map.of("T1", "2026-05-10", "T3", "2026-06-20", "H1", "2026-08-30", "H2", "2026-05-30"));
        f.churn("T2", "2026-06-15");
        return f;
    }

    String id(String name) {
        return accounts.get(name);
    }

    private void account(String name, String region, boolean wantHeldOut, Predicate<String> heldOut) {
        String id = null;
        for (int n = 0; id == null; n++) {
            String candidate = segment + "-" + name + "-" + n;
            if (heldOut.test(candidate) == wantHeldOut) {
                id = candidate;
            }
        }
        accounts.put(name, id);
        given().contentType(ContentType.JSON).body("""
                {"name": "Conversion %s", "plan": "BUSINESS", "seatsLicensed": 20, "arr": 9588,
                 "billingCycleStart": "2026-04-01", "renewalDate": "2027-03-31", "region": "%s", "segment": "%s",
                 "strategic": false, "doNotContact": false, "inDunning": false, "owner": "csm.anna"}
                """.formatted(name, region, segment)).put("/api/v1/accounts/" + id)
                .then().statusCode(anyOf(is(200), is(201)));
        for (LocalDate d = LocalDate.of(2026, 4, 1); !d.isAfter(LocalDate.of(2026, 4, 24)); d = d.plusDays(1)) {
            observe(id, "video_minutes", 59.375, d + "T10:00:00Z");
        }
        for (LocalDate d = LocalDate.of(2026, 3, 20); !d.isAfter(LocalDate.of(2026, 4, 24)); d = d.plusDays(1)) {
            observe(id, "active_users", 6, d + "T09:00:00Z");
        }
        observe(id, "seats_used", 10, "2026-01-20T08:00:00Z");
        observe(id, "seats_used", 16, "2026-04-20T08:00:00Z");
        observe(id, "languages_used", 12, "2026-04-20T08:00:00Z");
        send();
        JsonPath decision = given().contentType(ContentType.JSON)
                .body("{\"accountId\": \"" + id + "\", \"asOf\": \"" + AS_OF + "\"}").post("/api/v1/evaluations")
                .then().statusCode(201).body("readiness.tier", equalTo("HIGH")).body("heldOut", equalTo(wantHeldOut))
                .extract().jsonPath();
        decisions.put(name, decision);
    }

    /** The first action gets {@code first} (with its ARR and rating), the others {@code others}. */
    private void respond(String name, String first, String arrDelta, Integer helpful, String others) {
        List<String> actions = decisions.get(name).getList("actions.id");
        for (int i = 0; i < actions.size(); i++) {
            boolean isFirst = i == 0;
            given().contentType(ContentType.JSON).body("""
                    {"response": "%s", "arrDelta": %s, "respondedAt": "2026-05-01T09:00:00Z", "helpfulRating": %s}
                    """.formatted(isFirst ? first : others, isFirst ? arrDelta : null,
                            isFirst ? helpful : Integer.valueOf(4)))
                    .post("/api/v1/actions/" + actions.get(i) + "/outcome").then().statusCode(201);
        }
    }

    private void csat(String name, int score, String day) {
        observe(id(name), "csat", score, day + "T12:00:00Z");
    }

    /** A Business subscription with the upgrade flag per account: an EXPANSION event on its start date. */
    private void upgrades(Map<String, String> startDates) {
        StringBuilder csv = new StringBuilder("subscription_id,account_id,start_date,end_date,plan_tier,seats,arr_amount,"
                + "is_trial,upgrade_flag,downgrade_flag,billing_frequency\n");
        startDates.forEach((name, day) -> csv.append(id(name)).append("-sub,").append(id(name)).append(',').append(day)
                .append(",,Business,20,21588,False,True,False,annual\n"));
        given().contentType("text/csv").body(csv.toString()).queryParam("source", SOURCE)
                .post("/api/v1/imports/subscriptions").then().statusCode(200)
                .body("accepted", equalTo(startDates.size())).body("rejectedCount", equalTo(0));
    }

    private void churn(String name, String day) {
        given().contentType("text/csv").body("churn_event_id,account_id,churn_date,reason_code,feedback_text\n"
                        + id(name) + "-churn," + id(name) + "," + day + ",pricing,too expensive after the offer\n")
                .queryParam("source", SOURCE).post("/api/v1/imports/churn-events").then().statusCode(200)
                .body("accepted", equalTo(1));
    }

    private void observe(String accountId, String metric, double value, String observedAt) {
        observations.add(String.format(Locale.US,
                "{\"id\":\"%s\",\"accountId\":\"%s\",\"metric\":\"%s\",\"value\":%s,\"observedAt\":\"%s\"}",
                UUID.randomUUID(), accountId, metric, value, observedAt));
    }

    /** The test profile caps a batch at 50 observations. */
    private void send() {
        for (int from = 0; from < observations.size(); from += 50) {
            List<String> chunk = observations.subList(from, Math.min(observations.size(), from + 50));
            given().contentType(ContentType.JSON).body("{\"observations\":[" + String.join(",", chunk) + "]}")
                    .post("/api/v1/observations").then().statusCode(200).body("accepted", equalTo(chunk.size()));
        }
        observations.clear();
    }
}
