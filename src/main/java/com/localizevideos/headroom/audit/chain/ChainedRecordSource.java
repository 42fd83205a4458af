package com.localizevideos.headroom.audit.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A kind of audit record the hash chain covers (a CDI bean per kind: evaluations and rule-set events today;
 * activations would plug in the same way). Its table queues each inserted row with the trigger
 * {@code headroom_audit_enqueue('<KIND>', '<id column>')}; the sealer and verify read the records' canonical content
 * from the live rows through {@link #load}, so a row changed in PostgreSQL no longer matches its sealed hash.
 */
public interface ChainedRecordSource {

    /** The kind as the trigger queues it, e.g. {@code EVALUATION}; at most 32 characters. */
    String kind();

    /**
     * The canonical content of the records among {@code recordIds} that are still stored, by record id; an id whose
     * record is gone is simply absent. Called with pages of at most a few thousand ids, on the caller's connection.
     */
    Map<String, ChainedRecord> load(Connection connection, List<String> recordIds) throws SQLException;

    /** Records stored but neither sealed nor queued: written while the queueing trigger was disabled. */
    long countUnchained(Connection connection) throws SQLException;

    /**
     * Rows of {@code table} (by its {@code id} column) that are neither sealed nor queued as {@code kind}: the usual
     * {@link #countUnchained} of a table whose trigger queues {@code id}. Both names are the source's own constants.
     */
    static long countOutsideTheChain(Connection connection, String table, String kind) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select count(*) from " + table + " e"
                + " where not exists (select 1 from audit_chain a where a.kind = ? and a.record_id = e.id::text)"
                + " and not exists (select 1 from audit_pending p where p.kind = ? and p.record_id = e.id::text)")) {
            s.setString(1, kind);
            s.setString(2, kind);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
