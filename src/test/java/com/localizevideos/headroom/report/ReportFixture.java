package com.localizevideos.headroom.report;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.restassured.http.ContentType;

/**
 * Six hand-made accounts in a segment of their own, with decisions, actions, responses and commercial events in the
 * first half of 2025; ReportResourceTest's expected figures are computed by hand from this (see its comments).
 *
 * <pre>
 * account plan      ARR now  cohort   decisions (as_of, tier, signals)                 actions (rule row, channel)
 * (each decision also carries probability / ARR delta / expected value: E1 .5/7,200/3,600, E7 .4/7,200/2,880,
 *  E2 .3/7,200/2,160, E3 .6/30,000/18,000, E4 .5/7,200/3,600, E5 .2/30,000/6,000, E6 .1/1,800/180; human actions are
 *  owned by csm.anna (CS_LED) or sales.emea (SALES_AND_EXEC))
 * A1      PRO        9,588   treated  E1 01-10 HIGH  APPROACHING_QUOTA SEAT_GROWTH    X1 SalesAssisted r16 CS_LED, X2 TierComparison r12 AUTOMATED
 *                                     E7 04-01 HIGH  APPROACHING_QUOTA                 -
 * A2      PRO            0   treated  E2 02-01 HIGH  APPROACHING_QUOTA                 X3 SalesAssisted r16 CS_LED
 * A3      BUSINESS  21,588   treated  E3 03-01 HIGH  SEAT_GROWTH TEAM_GROWTH           X4 ContractExpansion r18 SALES_AND_EXEC
 * A4      PRO       11,988   holdout  E4 01-20 HIGH  APPROACHING_QUOTA                 X5 SalesAssisted r16 CS_LED (held out)
 * A5      BUSINESS   7,588   holdout  E5 02-10 HIGH  SEAT_GROWTH                       X6 ContractExpansion r18 SALES_AND_EXEC (held out)
 * A6      STARTER      588   treated  E6 02-15 MEDIUM CONSISTENT_ACTIVE_USAGE          X7 Educational r5 AUTOMATED
 *
 * responses (API): X1 DEFERRED 01-12 then ACCEPTED 01-20 +7,200 helpful 5; X2 NO_RESPONSE 01-15 helpful 2;
 *                  X3 DECLINED 02-03; X4 ACCEPTED 03-05 +12,000 helpful 4; X7 none
 * events: A1 EXPANSION 01-20 +7,200; A3 EXPANSION 2024-06-01 +1,000 and 03-20 +12,000; A4 EXPANSION 05-01 +9,600;
 *         A2 CHURN 03-15 -2,388; A5 CONTRACTION 06-01 -2,000; CSAT A1 02-01 5, A2 02-10 2, A4 02-01 4
 * </pre>
 */
final class ReportFixture {
    final String segment = "rpt-" + UUID.randomUUID().toString().substring(0, 8);
    final String version = "rpt-" + UUID.randomUUID();
    final Map<String, String> accounts = new HashMap<>();
    final Map<String, UUID> actions = new HashMap<>();
    private int ordinal;

    static ReportFixture create(DataSource dataSource) throws SQLException {
        ReportFixture f = new ReportFixture();
        try (Connection c = dataSource.getConnection()) {
            f.write(c);
        }
        f.respond("X1", "DEFERRED", null, "2025-01-12", null);
        f.respond("X1", "ACCEPTED", "7200.00", "2025-01-20", 5);
        f.respond("X2", "NO_RESPONSE", null, "2025-01-15", 2);
        f.respond("X3", "DECLINED", null, "2025-02-03", null);
        f.respond("X4", "ACCEPTED", "12000.00", "2025-03-05", 4);
        return f;
    }

    String account(String name) {
        return accounts.get(name);
    }

    private void write(Connection c) throws SQLException {
        exec(c, "insert into ruleset_version (version, first_loaded_at, rule_count, file_count) values (?, now(), 0, 0)",
                version);
        account(c, "A1", "PRO", "9588");
        account(c, "A2", "PRO", "0");
        account(c, "A3", "BUSINESS", "21588");
        account(c, "A4", "PRO", "11988");
        account(c, "A5", "BUSINESS", "7588");
        account(c, "A6", "STARTER", "588");
        UUID e1 = evaluation(c, "A1", "2025-01-10", "HIGH", false, 0.5, 7200, 3600, "APPROACHING_QUOTA", "SEAT_GROWTH");
        action(c, "X1", e1, "A1", "SALES_ASSISTED_UPSELL", "CS_LED", "SalesAssistedUpsellOnCapacity", 16, false);
        action(c, "X2", e1, "A1", "TIER_COMPARISON_INSIGHT", "AUTOMATED", "TierComparisonNearQuota", 12, false);
        evaluation(c, "A1", "2025-04-01", "HIGH", false, 0.4, 7200, 2880, "APPROACHING_QUOTA");
        UUID e2 = evaluation(c, "A2", "2025-02-01", "HIGH", false, 0.3, 7200, 2160, "APPROACHING_QUOTA");
        action(c, "X3", e2, "A2", "SALES_ASSISTED_UPSELL", "CS_LED", "SalesAssistedUpsellOnCapacity", 16, false);
        UUID e3 = evaluation(c, "A3", "2025-03-01", "HIGH", false, 0.6, 30000, 18000, "SEAT_GROWTH", "TEAM_GROWTH");
        action(c, "X4", e3, "A3", "CONTRACT_EXPANSION", "SALES_AND_EXEC", "ContractExpansionAtRenewal", 18, false);
        UUID e4 = evaluation(c, "A4", "2025-01-20", "HIGH", true, 0.5, 7200, 3600, "APPROACHING_QUOTA");
        action(c, "X5", e4, "A4", "SALES_ASSISTED_UPSELL", "CS_LED", "SalesAssistedUpsellOnCapacity", 16, true);
        UUID e5 = evaluation(c, "A5", "2025-02-10", "HIGH", true, 0.2, 30000, 6000, "SEAT_GROWTH");
        action(c, "X6", e5, "A5", "CONTRACT_EXPANSION", "SALES_AND_EXEC", "ContractExpansionAtRenewal", 18, true);
        UUID e6 = evaluation(c, "A6", "2025-02-15", "MEDIUM", false, 0.1, 1800, 180, "CONSISTENT_ACTIVE_USAGE");
        action(c, "X7", e6, "A6", "EDUCATIONAL_PROMPT", "AUTOMATED", "EducationalPromptForNewAccounts", 5, false);
        event(c, "A1", "EXPANSION", "2025-01-20", "7200", null);
        event(c, "A3", "EXPANSION", "2024-06-01", "1000", null);
        event(c, "A3", "EXPANSION", "2025-03-20", "12000", null);
        event(c, "A4", "EXPANSION", "2025-05-01", "9600", null);
        event(c, "A2", "CHURN", "2025-03-15", "-2388", null);
        event(c, "A5", "CONTRACTION", "2025-06-01", "-2000", null);
        event(c, "A1", "CSAT", "2025-02-01", null, "{\"score\": 5}");
        event(c, "A2", "CSAT", "2025-02-10", null, "{\"score\": 2}");
        event(c, "A4", "CSAT", "2025-02-01", null, "{\"score\": 4}");
    }

    private void account(Connection c, String name, String plan, String arr) throws SQLException {
        String id = segment + "-" + name;
        accounts.put(name, id);
        exec(c, """
                insert into account (id, name, plan, seats_licensed, arr, billing_cycle_start, region, segment,
                                     created_at, updated_at)
                values (?, ?, ?, 5, cast(? as numeric), date '2024-01-01', 'EMEA', ?, now(), now())""",
                id, "Report " + name, plan, arr, segment);
    }

    private UUID evaluation(Connection c, String account, String day, String tier, boolean heldOut, double probability,
                            int arrDelta, int expectedValue, String... signals) throws SQLException {
        UUID id = UUID.randomUUID();
        exec(c, """
                insert into evaluation (id, account_id, as_of, ruleset_version, created_at, score, tier, facts, decision,
                                        held_out, probability, arr_delta, expected_value)
                values (?, ?, ?, ?, now(), 80, ?, '{}', '{}', ?, ?, ?, ?)""",
                id, accounts.get(account), at(day), version, tier, heldOut, probability, arrDelta, expectedValue);
        for (int i = 0; i < signals.length; i++) {
            exec(c, "insert into evaluation_signal (evaluation_id, ordinal, code, strength) values (?, ?, ?, 0.8)",
                    id, i + 1, signals[i]);
        }
        return id;
    }

    /** Action ids start with their ordinal, so actions of one decision sort in the order written. */
    private void action(Connection c, String name, UUID evaluation, String account, String playbook, String channel,
                        String rule, int row, boolean heldOut) throws SQLException {
        UUID id = UUID.fromString(String.format("%08x", ++ordinal) + UUID.randomUUID().toString().substring(8));
        actions.put(name, id);
        exec(c, """
                insert into expansion_action (id, evaluation_id, account_id, playbook, channel, reason, rule_name,
                                              rule_file, rule_sheet, rule_row, created_at, held_out, owner)
                values (?, ?, ?, ?, ?, 'fixture', ?, 'decision-tables/playbooks.drl.xlsx', 'Playbooks', ?, now(), ?, ?)""",
                id, evaluation, accounts.get(account), playbook, channel, rule, row, heldOut,
                channel.equals("AUTOMATED") ? null : channel.equals("CS_LED") ? "csm.anna" : "sales.emea");
    }

    private void event(Connection c, String account, String kind, String day, String arrDelta, String detail)
            throws SQLException {
        exec(c, """
                insert into commercial_event (id, account_id, kind, occurred_at, arr_delta, source, detail, recorded_at)
                values (?, ?, ?, ?, cast(? as numeric), 'fixture', cast(? as jsonb), now())""",
                accounts.get(account) + ":" + kind + ":" + day, accounts.get(account), kind, at(day), arrDelta, detail);
    }

    private void respond(String action, String response, String arrDelta, String day, Integer helpful) {
        given().contentType(ContentType.JSON)
                .body("""
                        {"response": "%s", "arrDelta": %s, "respondedAt": "%sT00:00:00Z", "helpfulRating": %s}
                        """.formatted(response, arrDelta, day, helpful))
                .post("/api/v1/actions/" + actions.get(action) + "/outcome")
                .then().statusCode(201);
    }

    static OffsetDateTime at(String day) {
        return Instant.parse(day + "T00:00:00Z").atOffset(ZoneOffset.UTC);
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    static List<String> names() {
        return List.of("A1", "A2", "A3", "A4", "A5", "A6");
    }
}
