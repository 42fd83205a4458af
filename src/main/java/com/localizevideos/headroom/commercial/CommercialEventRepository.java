package com.localizevideos.headroom.commercial;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Appends and reads commercial events. */
@ApplicationScoped
public class CommercialEventRepository implements PanacheRepositoryBase<CommercialEvent, String> {

    /** One statement for the whole batch: update counts of rewritten JDBC batches cannot tell inserts from skips. */
    private static final String INSERT = """
            INSERT INTO commercial_event (id, account_id, kind, occurred_at, arr_delta, source, detail, recorded_at)
            SELECT t.id, t.account_id, t.kind, t.occurred_at, t.arr_delta, t.source, t.detail::jsonb, t.recorded_at
            FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[], ?::numeric[], ?::varchar[],
                        ?::varchar[], ?::timestamptz[])
                 AS t(id, account_id, kind, occurred_at, arr_delta, source, detail, recorded_at)
            ON CONFLICT (id) DO NOTHING
            RETURNING id
            """;

    /** Inserts the events in one statement; an id already stored is skipped. Returns the ids actually inserted. */
    public Set<String> insertIgnoringDuplicates(List<CommercialEvent> events, Instant recordedAt) {
        if (events.isEmpty()) {
            return Set.of();
        }
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            int n = events.size();
            Object[] ids = new Object[n];
            Object[] accounts = new Object[n];
            Object[] kinds = new Object[n];
            Object[] occurred = new Object[n];
            Object[] deltas = new Object[n];
            Object[] sources = new Object[n];
            Object[] details = new Object[n];
            Object[] recorded = new Object[n];
            for (int i = 0; i < n; i++) {
                CommercialEvent e = events.get(i);
                ids[i] = e.getId();
                accounts[i] = e.getAccountId();
                kinds[i] = e.getKind().name();
                occurred[i] = e.getOccurredAt().atOffset(ZoneOffset.UTC);
                deltas[i] = e.getArrDelta();
                sources[i] = e.getSource();
                details[i] = e.getDetail();
                recorded[i] = recordedAt.atOffset(ZoneOffset.UTC);
            }
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                statement.setArray(1, connection.createArrayOf("varchar", ids));
                statement.setArray(2, connection.createArrayOf("varchar", accounts));
                statement.setArray(3, connection.createArrayOf("varchar", kinds));
                statement.setArray(4, connection.createArrayOf("timestamptz", occurred));
                statement.setArray(5, connection.createArrayOf("numeric", deltas));
                statement.setArray(6, connection.createArrayOf("varchar", sources));
                statement.setArray(7, connection.createArrayOf("varchar", details));
                statement.setArray(8, connection.createArrayOf("timestamptz", recorded));
                Set<String> inserted = new HashSet<>();
                try (java.sql.ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        inserted.add(rs.getString(1));
                    }
                }
                return inserted;
            }
        });
    }

    /** The account's events, newest first (ties by id), at most {@code limit}. */
    public List<CommercialEvent> newestFirst(String accountId, int limit) {
        return find("accountId", Sort.descending("occurredAt", "id"), accountId).page(0, limit).list();
    }
}
