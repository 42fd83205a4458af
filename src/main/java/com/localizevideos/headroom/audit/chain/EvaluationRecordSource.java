package com.localizevideos.headroom.audit.chain;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Evaluations in the chain: the evaluation row (facts as asserted and the decision as answered included; the
 * scoring columns and inputs as a part of their own), its fired rules in order and its actions as created. Columns are listed by name, so a column added later changes no hash;
 * a feature that updates an action after creation must leave its column out of {@link #ACTION_COLUMNS}.
 */
@ApplicationScoped
public class EvaluationRecordSource implements ChainedRecordSource {
    public static final String KIND = "EVALUATION";

    static final String ACTION_COLUMNS = "id, account_id, playbook, channel, reason, owner, rule_name, rule_file, "
            + "rule_sheet, rule_row, created_at";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, ChainedRecord> load(Connection c, List<String> recordIds) throws SQLException {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        Map<String, String> facts = new HashMap<>();
        Map<String, String> decisions = new HashMap<>();
        Map<String, String> scores = new HashMap<>();
        Array ids = c.createArrayOf("uuid", recordIds.stream().filter(EvaluationRecordSource::isUuid).toArray());
        try (PreparedStatement s = c.prepareStatement("""
                select id::text, account_id, as_of, ruleset_version, created_at, score, tier, batch_run_id::text,
                       principal, facts::text, decision::text, calibration_version, probability, arr_delta,
                       expected_value, days_to_expansion, forecast_method, upsell_likelihood_90d, scoring_inputs::text
                  from evaluation where id = any(?)""")) {
            s.setArray(1, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(1);
                    Map<String, Object> row = new TreeMap<>();
                    row.put("id", id);
                    row.put("accountId", r.getString(2));
                    row.put("asOf", r.getObject(3, OffsetDateTime.class));
                    row.put("rulesetVersion", r.getString(4));
                    row.put("createdAt", r.getObject(5, OffsetDateTime.class));
                    row.put("score", r.getInt(6));
                    row.put("tier", r.getString(7));
                    row.put("batchRunId", r.getString(8));
                    row.put("principal", r.getString(9));
                    rows.put(id, row);
                    facts.put(id, CanonicalJson.ofJsonText(r.getString(10)));
                    decisions.put(id, CanonicalJson.ofJsonText(r.getString(11)));
                    Map<String, Object> score = new TreeMap<>();
                    score.put("calibrationVersion", r.getString(12));
                    score.put("probability", r.getObject(13));
                    score.put("arrDelta", r.getObject(14));
                    score.put("expectedValue", r.getObject(15));
                    score.put("daysToExpansion", r.getObject(16));
                    score.put("forecastMethod", r.getString(17));
                    score.put("upsellLikelihood90d", r.getObject(18));
                    score.put("inputs", CanonicalJson.tree(r.getString(19)));
                    scores.put(id, CanonicalJson.of(score));
                }
            }
        }
        Map<String, List<Map<String, Object>>> fired = children(c, ids, """
                select evaluation_id::text, ordinal, rule_name, rule_package, file, sheet, row_number, line_number
                  from fired_rule where evaluation_id = any(?) order by evaluation_id, ordinal""");
        Map<String, List<Map<String, Object>>> actions = children(c, ids,
                "select evaluation_id::text, " + ACTION_COLUMNS + " from expansion_action where evaluation_id = any(?)"
                        + " order by evaluation_id, id");
        Map<String, ChainedRecord> records = new HashMap<>();
        rows.forEach((id, row) -> {
            TreeMap<String, String> parts = new TreeMap<>();
            parts.put("evaluation", CanonicalJson.of(row));
            parts.put("facts", facts.get(id));
            parts.put("decision", decisions.get(id));
            parts.put("scoring", scores.get(id));
            parts.put("firedRules", CanonicalJson.of(fired.getOrDefault(id, List.of())));
            parts.put("actions", CanonicalJson.of(actions.getOrDefault(id, List.of())));
            records.put(id, new ChainedRecord(KIND, id, parts));
        });
        return records;
    }

    @Override
    public long countUnchained(Connection c) throws SQLException {
        return ChainedRecordSource.countOutsideTheChain(c, "evaluation", KIND);
    }

    /** Rows of a child table by evaluation id (first column), each as a map of its other columns by name. */
    private static Map<String, List<Map<String, Object>>> children(Connection c, Array ids, String sql)
            throws SQLException {
        Map<String, List<Map<String, Object>>> byParent = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, ids);
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    Map<String, Object> row = new TreeMap<>();
                    for (int i = 2; i <= columns; i++) {
                        Object value = r.getObject(i);
                        if (value instanceof java.sql.Timestamp) {
                            value = r.getObject(i, OffsetDateTime.class);
                        } else if (value instanceof java.util.UUID u) {
                            value = u.toString();
                        }
                        row.put(r.getMetaData().getColumnLabel(i), value);
                    }
                    byParent.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(row);
                }
            }
        }
        return byParent;
    }

    private static boolean isUuid(String id) {
        try {
            java.util.UUID.fromString(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
