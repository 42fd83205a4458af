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

    private static final String INSERT = """
            INSERT INTO commercial_event (id, account_id, kind, occurred_at, arr_delta, source, detail, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?)
            ON CONFLICT (id) DO NOTHING
            """;

    /** Inserts the events in one JDBC batch; an id already stored is skipped. Returns the ids actually inserted. */
    public Set<String> insertIgnoringDuplicates(List<CommercialEvent> events, Instant recordedAt) {
        if (events.isEmpty()) {
            return Set.of();
        }
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                for (CommercialEvent e : events) {
                    statement.setString(1, e.getId());
                    statement.setString(2, e.getAccountId());
                    statement.setString(3, e.getKind().name());
                    statement.setObject(4, e.getOccurredAt().atOffset(ZoneOffset.UTC));
                    statement.setBigDecimal(5, e.getArrDelta());
                    statement.setString(6, e.getSource());
                    statement.setObject(7, e.getDetail(), Types.VARCHAR);
                    statement.setObject(8, recordedAt.atOffset(ZoneOffset.UTC));
                    statement.addBatch();
                }
                int[] counts = statement.executeBatch();
                Set<String> inserted = new HashSet<>();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] > 0) {
                        inserted.add(events.get(i).getId());
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
