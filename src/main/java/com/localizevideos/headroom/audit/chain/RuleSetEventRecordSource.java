package com.localizevideos.headroom.audit.chain;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Rule-set governance events in the chain (uploads accepted or refused, checks, simulations, approvals, rejections,
 * activations, rollbacks, reloads): the {@code ruleset_event} row's columns as one part, and its {@code content} — the
 * event's canonical JSON, written once — as another, byte for byte.
 */
@ApplicationScoped
public class RuleSetEventRecordSource implements ChainedRecordSource {
    public static final String KIND = "RULESET_EVENT";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, ChainedRecord> load(Connection c, List<String> recordIds) throws SQLException {
        Array ids = c.createArrayOf("bigint", recordIds.stream().filter(RuleSetEventRecordSource::isId)
                .map(Long::valueOf).toArray());
        Map<String, ChainedRecord> records = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                select id::text, occurred_at, principal, kind, version, content
                  from ruleset_event where id = any(?)""")) {
            s.setArray(1, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(1);
                    Map<String, Object> row = new TreeMap<>();
                    row.put("id", id);
                    row.put("occurredAt", r.getObject(2, OffsetDateTime.class));
                    row.put("principal", r.getString(3));
                    row.put("kind", r.getString(4));
                    row.put("version", r.getString(5));
                    TreeMap<String, String> parts = new TreeMap<>();
                    parts.put("event", CanonicalJson.of(row));
                    parts.put("content", r.getString(6));
                    records.put(id, new ChainedRecord(KIND, id, parts));
                }
            }
        }
        return records;
    }

    @Override
    public long countUnchained(Connection c) throws SQLException {
        return ChainedRecordSource.countOutsideTheChain(c, "ruleset_event", KIND);
    }

    private static boolean isId(String id) {
        return id.matches("[0-9]{1,18}");
    }
}
