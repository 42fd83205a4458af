package com.localizevideos.headroom.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Bad rows are rejected with their line and every reason; the good rows around them are stored. */
@QuarkusTest
class ImportRejectsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String ACCOUNTS_HEADER = "account_id,account_name,industry,country,signup_date,plan_tier,seats\n";

    /** Test-unique prefix for ids, and the source every import of this test uses. */
    private String p;
    private final String source = "rejects";

    @BeforeEach
    void prefix() {
        p = "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ValidatableResponse post(String kind, String csv) {
        return given().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("source", source)
                .when().post("/api/v1/imports/{kind}", kind).then();
    }

    private void importAccount(String id) {
        post("accounts", ACCOUNTS_HEADER + id + ",Acme,EdTech,US,2024-01-15,Basic,3\n").statusCode(200)
                .body("accepted", equalTo(1));
    }

    @Test
    void badAccountRowsAreRejectedWithLineAndReasonsAndTheOthersAreStored() {
        post("accounts", ACCOUNTS_HEADER + """
                %1$s-ok1,Good One,EdTech,US,2024-01-15,Basic,3
                %1$s-date,Bad Date,EdTech,US,2024-13-45,Pro,3
                %1$s-plan,Bad Plan,EdTech,US,2024-01-15,Gold,3
                %1$s-seats,Bad Seats,EdTech,US,2024-01-15,Pro,-2
                %1$s-cols,Too Few,EdTech,US,2024-01-15,Pro
                %1$s-ok2,"Good, Two",FinTech,DE,2024-02-01,Enterprise,40
                bad id!,Bad Everything,,,,Platinum,many
                """.formatted(p)).statusCode(200).contentType(ContentType.JSON)
                .body("kind", equalTo("accounts"))
                .body("rows", equalTo(7))
                .body("accepted", equalTo(2))
                .body("duplicates", equalTo(0))
                .body("rejectedCount", equalTo(5))
                .body("complete", equalTo(true))
                .body("rejected.line", contains(3, 4, 5, 6, 8))
                .body("rejected.id", contains(p + "-date", p + "-plan", p + "-seats", p + "-cols", "bad id!"))
                .body("rejected[0].reasons", contains("signup_date must be a date YYYY-MM-DD, not '2024-13-45'"))
                .body("rejected[1].reasons", contains("plan_tier 'Gold' is not known; use Basic, Pro or Enterprise"
                        + " (or STARTER, PRO, BUSINESS, ENTERPRISE)"))
                .body("rejected[2].reasons", contains("seats must be a whole number of at least 0, not '-2'"))
                .body("rejected[3].reasons", contains("the row has 6 cells; the header has 7"))
                .body("rejected[4].reasons", contains(
                        "account_id must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-', not 'bad id!'",
                        "signup_date is required",
                        "plan_tier 'Platinum' is not known; use Basic, Pro or Enterprise (or STARTER, PRO, BUSINESS, ENTERPRISE)",
                        "seats must be a whole number of at least 0, not 'many'"))
                .body("stored.accountsCreated", equalTo(2));

        given().get("/api/v1/accounts/{id}", p + "-ok2").then().statusCode(200)
                .body("name", equalTo("Good, Two"))
                .body("plan", equalTo("ENTERPRISE"))
                .body("seatsLicensed", equalTo(40))
                .body("arr", equalTo(0.0f))
                .body("billingCycleStart", equalTo("2024-02-01"))
                .body("renewalDate", nullValue())
                .body("region", equalTo("DE"))
                .body("segment", equalTo("FinTech"));
        given().get("/api/v1/accounts/{id}", p + "-ok1").then().statusCode(200).body("plan", equalTo("STARTER"));
        given().get("/api/v1/accounts/{id}", p + "-date").then().statusCode(404);
        given().get("/api/v1/accounts/{id}", p + "-seats").then().statusCode(404);
    }

    @Test
    void rowsOfUnknownAccountsOrSubscriptionsAreRejectedAndTheOthersStored() {
        importAccount(p + "-acc");
        post("subscriptions", """
                subscription_id,account_id,start_date,end_date,plan_tier,seats,mrr_amount,arr_amount,is_trial,upgrade_flag,downgrade_flag,churn_flag,billing_frequency,auto_renew_flag
                %1$s-s1,%1$s-acc,2024-03-01,,Pro,5,100,1200,False,True,False,False,monthly,True
                %1$s-s2,%1$s-ghost,2024-03-01,,Pro,5,100,1200,False,False,False,False,monthly,True
                %1$s-s3,%1$s-acc,2024-03-01,2024-02-01,Pro,5,100,1200,False,False,False,True,monthly,True
                %1$s-s4,%1$s-acc,2024-03-01,,Pro,5,100,-1200,maybe,False,False,False,weekly,True
                """.formatted(p)).statusCode(200)
                .body("rows", equalTo(4))
                .body("accepted", equalTo(1))
                .body("rejected.line", contains(3, 4, 5))
                .body("rejected[0].reasons", contains("account " + p + "-ghost is not known; import accounts first"))
                .body("rejected[1].reasons", contains("end_date 2024-02-01 is before start_date 2024-03-01"))
                .body("rejected[2].reasons", contains(
                        "arr_amount must be an amount of at least 0 with at most 2 decimals, not '-1200'",
                        "is_trial must be True or False, not 'maybe'",
                        "billing_frequency 'weekly' is not known; use monthly or annual"))
                .body("stored.subscriptions", equalTo(1))
                .body("stored.events", equalTo(1));

        post("feature-usage", """
                usage_id,subscription_id,usage_date,feature_name,usage_count,usage_duration_secs,error_count,is_beta_feature
                %1$s-u1,%1$s-s1,2024-04-02,feature_7,12,600,2,False
                %1$s-u2,%1$s-nosub,2024-04-02,feature_7,12,600,0,False
                %1$s-u3,%1$s-s1,02/04/2024,feature_7,-1,600,0,False
                %1$s-u4,%1$s-s2,2024-04-02,feature_7,3,600,0,False
                """.formatted(p)).statusCode(200)
                .body("accepted", equalTo(1))
                .body("rejected.line", contains(3, 4, 5))
                .body("rejected[0].reasons", contains("subscription " + p + "-nosub is not known; import subscriptions first"))
                .body("rejected[1].reasons", contains("usage_date must be a date YYYY-MM-DD, not '02/04/2024'",
                        "usage_count must be a number from 0 to 1000000000000, not '-1'"))
                .body("rejected[2].reasons", contains("subscription " + p + "-s2 is not known; import subscriptions first"))
                .body("stored.observations", equalTo(1));

        post("support-tickets", """
                ticket_id,account_id,submitted_at,closed_at,resolution_time_hours,priority,first_response_time_minutes,satisfaction_score,escalation_flag
                %1$s-t1,%1$s-acc,2024-05-03,2024-05-05 00:00:00,48.0,urgent,35,5.0,False
                %1$s-t2,%1$s-ghost,2024-05-03,,,low,35,,False
                %1$s-t3,%1$s-acc,2024-05-03,2024-05-01 10:00:00,,critical,35,9,False
                %1$s-t4,%1$s-acc,2024-05-03,,,high,35,,False
                """.formatted(p)).statusCode(200)
                .body("accepted", equalTo(2))
                .body("rejected.line", contains(3, 4))
                .body("rejected[0].reasons", contains("account " + p + "-ghost is not known; import accounts first"))
                .body("rejected[1].reasons", contains(
                        "priority 'critical' is not known; use urgent, high, medium or low (or sev1 … sev4)",
                        "satisfaction_score must be a number from 1 to 5, not '9'",
                        "closed_at 2024-05-01T10:00:00Z is before submitted_at 2024-05-03T00:00:00Z"))
                .body("stored.observations", equalTo(3 + 1));

        post("churn-events", """
                churn_event_id,account_id,churn_date,reason_code,refund_amount_usd,preceding_upgrade_flag,preceding_downgrade_flag,is_reactivation,feedback_text
                %1$s-c1,%1$s-acc,2024-06-30,pricing,12.5,True,False,False,too expensive
                %1$s-c2,%1$s-ghost,2024-06-30,pricing,0.0,False,False,False,
                %1$s-c3,%1$s-acc,June 30,pricing,0.0,False,False,False,
                """.formatted(p)).statusCode(200)
                .body("accepted", equalTo(1))
                .body("rejected.line", contains(3, 4))
                .body("rejected[0].reasons", contains("account " + p + "-ghost is not known; import accounts first"))
                .body("rejected[1].reasons", contains("churn_date must be a date YYYY-MM-DD, not 'June 30'"));

        given().get("/api/v1/accounts/{id}/events", p + "-acc").then().statusCode(200)
                .body("kind", contains("CHURN", "EXPANSION"))
                .body("[0].detail.refundUsd", equalTo(12.5f))
                .body("[0].detail.precedingUpgrade", equalTo(true))
                .body("[0].source", equalTo(source + ":churn_events"))
                .body("[1].id", equalTo(source + ":" + p + "-s1:expansion"))
                .body("[1].occurredAt", equalTo("2024-03-01T00:00:00Z"));
        given().get("/api/v1/accounts/{id}", p + "-acc").then().statusCode(200)
                .body("plan", equalTo("PRO")).body("seatsLicensed", equalTo(5)).body("arr", equalTo(1200.0f))
                .body("renewalDate", nullValue());
    }

    @Test
    void theSameFileTwiceStoresNothingTheSecondTime() {
        importAccount(p + "-acc");
        String csv = """
                ticket_id,account_id,submitted_at,closed_at,resolution_time_hours,priority,first_response_time_minutes,satisfaction_score,escalation_flag
                %1$s-t1,%1$s-acc,2024-05-03,2024-05-05 00:00:00,48.0,medium,35,4.0,False
                %1$s-t1,%1$s-acc,2024-05-03,2024-05-05 00:00:00,48.0,medium,35,4.0,False
                %1$s-t2,%1$s-acc,2024-05-04,,,low,35,,False
                """.formatted(p);
        post("support-tickets", csv).statusCode(200)
                .body("accepted", equalTo(2)).body("duplicates", equalTo(1)).body("stored.observations", equalTo(4));
        post("support-tickets", csv).statusCode(200)
                .body("accepted", equalTo(0)).body("duplicates", equalTo(3)).body("rejected", empty())
                .body("stored.observations", equalTo(0));
    }

    @Test
    void reimportingAccountsKeepsWhatSubscriptionsAndTheApiSet() {
        importAccount(p + "-keep");
        given().contentType(ContentType.JSON).body("""
                {"name": "Acme", "plan": "BUSINESS", "seatsLicensed": 20, "arr": 9588, "billingCycleStart": "2024-01-15",
                 "renewalDate": "2027-01-15", "fiscalYearStartMonth": 4, "region": "US", "segment": "EdTech",
                 "strategic": true, "doNotContact": true, "inDunning": false, "owner": "csm.dana"}
                """).put("/api/v1/accounts/{id}", p + "-keep").then().statusCode(200);

        post("accounts", ACCOUNTS_HEADER + p + "-keep,Acme Renamed,HealthTech,CA,2024-01-15,Basic,3\n")
                .statusCode(200).body("accepted", equalTo(1)).body("stored.accountsUpdated", equalTo(1));
        given().get("/api/v1/accounts/{id}", p + "-keep").then().statusCode(200)
                .body("name", equalTo("Acme Renamed")).body("region", equalTo("CA")).body("segment", equalTo("HealthTech"))
                .body("plan", equalTo("BUSINESS")).body("seatsLicensed", equalTo(20)).body("arr", equalTo(9588.0f))
                .body("renewalDate", equalTo("2027-01-15")).body("fiscalYearStartMonth", equalTo(4))
                .body("strategic", equalTo(true)).body("doNotContact", equalTo(true)).body("owner", equalTo("csm.dana"));

        post("accounts", ACCOUNTS_HEADER + p + "-keep,Acme Renamed,HealthTech,CA,2024-01-15,Basic,3\n")
                .statusCode(200).body("accepted", equalTo(0)).body("duplicates", equalTo(1));
    }

    @Test
    void theCurrentSubscriptionIsTheLatestActivePaidOne() {
        importAccount(p + "-c");
        String header = "subscription_id,account_id,start_date,end_date,plan_tier,seats,arr_amount,is_trial,"
                + "upgrade_flag,downgrade_flag,billing_frequency\n";
        post("subscriptions", header + """
                %1$s-paid,%1$s-c,2020-01-10,,Pro,7,1200,False,False,False,annual
                %1$s-trial,%1$s-c,2023-05-01,,Enterprise,50,0,True,False,False,annual
                %1$s-ended,%1$s-c,2024-01-01,2024-06-30,Basic,2,600,False,False,False,monthly
                """.formatted(p)).statusCode(200).body("accepted", equalTo(3)).body("stored.accountsUpdated", equalTo(1));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        java.time.LocalDate renewal = java.time.LocalDate.of(2021, 1, 10);
        while (renewal.isBefore(today)) {
            renewal = renewal.plusYears(1);
        }
        given().get("/api/v1/accounts/{id}", p + "-c").then().statusCode(200)
                .body("plan", equalTo("PRO")).body("seatsLicensed", equalTo(7)).body("arr", equalTo(1200.0f))
                .body("renewalDate", equalTo(renewal.toString()));

        post("subscriptions", header + p + "-later,%1$s-c,2021-02-01,,Business,12,9588,False,True,False,monthly\n"
                .formatted(p)).statusCode(200).body("accepted", equalTo(1)).body("stored.accountsUpdated", equalTo(1));
        given().get("/api/v1/accounts/{id}", p + "-c").then().statusCode(200)
                .body("plan", equalTo("BUSINESS")).body("seatsLicensed", equalTo(12)).body("arr", equalTo(9588.0f))
                .body("renewalDate", nullValue());

        // a re-export that ends every subscription leaves the account with ARR 0 and the latest paid plan
        post("subscriptions", header + """
                %1$s-paid,%1$s-c,2020-01-10,2021-01-09,Pro,7,1200,False,False,False,annual
                %1$s-trial,%1$s-c,2023-05-01,2023-05-31,Enterprise,50,0,True,False,False,annual
                %1$s-later,%1$s-c,2021-02-01,2024-12-31,Business,12,9588,False,True,False,monthly
                """.formatted(p)).statusCode(200).body("accepted", equalTo(3)).body("duplicates", equalTo(0));
        given().get("/api/v1/accounts/{id}", p + "-c").then().statusCode(200)
                .body("plan", equalTo("STARTER")).body("seatsLicensed", equalTo(2)).body("arr", equalTo(0.0f))
                .body("renewalDate", nullValue());
    }

    @Test
    void headerWithoutARequiredColumnIsA400ProblemNamingIt() {
        post("accounts", """
                account_id,account_name,industry,country,signup_date
                %s-h,Header Co,EdTech,US,2024-01-15
                """.formatted(p)).statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("title", equalTo("CSV header is not usable"))
                .body("detail", equalTo("The header lacks the required columns plan_tier, seats. Required: account_id,"
                        + " account_name, industry, country, signup_date, plan_tier, seats."))
                .body("problems.field", contains("plan_tier", "seats"))
                .body("problems.line", contains(1, 1));
        given().get("/api/v1/accounts/{id}", p + "-h").then().statusCode(404);
    }

    @Test
    void headerColumnsMatchWhateverTheirCaseAndOrderAndExtraColumnsAreIgnored() {
        post("accounts", "Seats,PLAN_TIER,notes,Account_Id,account_name,industry,country,signup_date\n"
                + "4,pro,anything,%s-case,Case Co,EdTech,US,2024-01-15\n".formatted(p))
                .statusCode(200).body("accepted", equalTo(1));
        given().get("/api/v1/accounts/{id}", p + "-case").then().statusCode(200)
                .body("plan", equalTo("PRO")).body("seatsLicensed", equalTo(4));
    }

    @Test
    void duplicateHeaderColumnsAndAnEmptyBodyAre400Problems() {
        post("accounts", "account_id,account_id,account_name,industry,country,signup_date,plan_tier,seats\n")
                .statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("duplicate name: \"account_id\""));
        post("accounts", "").statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("The body is empty"))
                .body("problems.field", hasItems("account_id", "seats"));
    }

    @Test
    void anotherContentTypeIsA415ProblemThatNamesTextCsv() {
        given().contentType(ContentType.JSON).body("{\"account_id\": \"x\"}")
                .when().post("/api/v1/imports/accounts").then().statusCode(415).contentType(PROBLEM)
                .body("status", equalTo(415))
                .body("detail", containsString("send the file as text/csv"));
        given().contentType("text/plain").body(ACCOUNTS_HEADER)
                .when().post("/api/v1/imports/churn-events").then().statusCode(415).contentType(PROBLEM);
        given().contentType("text/csv; charset=klingon").body(ACCOUNTS_HEADER.getBytes(StandardCharsets.US_ASCII))
                .when().post("/api/v1/imports/accounts").then().statusCode(415).contentType(PROBLEM)
                .body("detail", containsString("klingon"));
    }

    @Test
    void anInvalidSourceIsA400ProblemNamingIt() {
        given().contentType("text/csv").body(ACCOUNTS_HEADER).queryParam("source", "Raven Stack!")
                .when().post("/api/v1/imports/accounts").then().statusCode(400).contentType(PROBLEM)
                .body("problems.field", hasItem("source"));
    }

    @Test
    void aFileThatCannotBeReadToItsEndKeepsTheRowsBeforeAndSaysWhere() {
        post("accounts", ACCOUNTS_HEADER + """
                %1$s-before,Before Co,EdTech,US,2024-01-15,Basic,3
                %1$s-broken,"Broken "quote",EdTech,US,2024-01-15,Basic,3
                %1$s-after,After Co,EdTech,US,2024-01-15,Basic,3
                """.formatted(p)).statusCode(200)
                .body("complete", equalTo(false))
                .body("accepted", equalTo(1))
                .body("rejectedCount", equalTo(1))
                .body("rejected[0].line", equalTo(3))
                .body("rejected[0].reasons[0]", containsString("the file cannot be read from this line on"));
        given().get("/api/v1/accounts/{id}", p + "-before").then().statusCode(200);
        given().get("/api/v1/accounts/{id}", p + "-after").then().statusCode(404);
    }

    @Test
    void theCharsetOfContentTypeIsHonouredAndInvalidBytesAreNeverReplaced() {
        byte[] latin1 = (ACCOUNTS_HEADER + p + "-latin,Café Crème,EdTech,FR,2024-01-15,Basic,3\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        given().contentType("text/csv; charset=ISO-8859-1").body(latin1).queryParam("source", source)
                .when().post("/api/v1/imports/accounts").then().statusCode(200).body("accepted", equalTo(1));
        given().get("/api/v1/accounts/{id}", p + "-latin").then().statusCode(200).body("name", equalTo("Café Crème"));

        given().contentType("text/csv; charset=UTF-8").body(latin1).queryParam("source", source)
                .when().post("/api/v1/imports/accounts").then().statusCode(200)
                .body("complete", equalTo(true))
                .body("accepted", equalTo(0))
                .body("rejected[0].line", equalTo(2))
                .body("rejected[0].reasons", contains("the row has bytes that are not valid UTF-8; send the file in"
                        + " UTF-8 or name its charset in Content-Type"));
    }

    @Test
    void eventsOfAnUnknownAccountAreA404Problem() {
        given().get("/api/v1/accounts/{id}/events", p + "-nobody").then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString(p + "-nobody"));
        importAccount(p + "-quiet");
        given().get("/api/v1/accounts/{id}/events", p + "-quiet").then().statusCode(200).body("$", hasSize(0));
    }
}
