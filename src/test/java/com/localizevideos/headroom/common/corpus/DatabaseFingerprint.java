package com.localizevideos.headroom.common.corpus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * Row count and content checksum of every table of the current schema (Flyway's history excepted): two equal
 * fingerprints mean nothing was inserted, updated or deleted in between.
 */
public final class DatabaseFingerprint {

    private DatabaseFingerprint() {
    }

    /**
     * table → "rows:md5 of the sorted row hashes". The rule-set audit trail (ruleset_event) is left out on purpose: a
     * refused upload is recorded there (who tried what, and why it was refused), which is the governance record, not data;
     * so are those events' entries in the hash chain's queue (audit_pending rows of kind RULESET_EVENT).
     */
    public static Map<String, String> of(DataSource dataSource) {
        Map<String, String> tables = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet r = s.executeQuery("""
                    select table_name from information_schema.tables
                     where table_schema = current_schema() and table_type = 'BASE TABLE'
                       and table_name not in ('flyway_schema_history', 'ruleset_event') order by table_name""")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            for (String name : names) {
                String where = "audit_pending".equals(name) ? " where t.kind <> 'RULESET_EVENT'" : "";
                try (ResultSet r = s.executeQuery("select count(*), coalesce(md5(string_agg(h, '' order by h)), '-') "
                        + "from (select md5(t::text) h from \"" + name + "\" t" + where + ") rows")) {
                    r.next();
                    tables.put(name, r.getLong(1) + ":" + r.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fingerprint the database", e);
        }
        return tables;
    }

    /** The tables whose fingerprint differs, with before → after; empty when nothing changed. */
    public static List<String> changes(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        var names = new java.util.TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            if (!java.util.Objects.equals(before.get(name), after.get(name))) {
                changed.add(name + " " + before.get(name) + " -> " + after.get(name));
            }
        }
        return changed;
    }
}
